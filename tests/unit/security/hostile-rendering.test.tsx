// Hostile page content in every place PostLens shows it: post text, author names and handles
// carrying HTML and script payloads, and stored urls that are not the post's own https permalink
// (written by an older version or a tampered database). The badge, its card, the popup and the
// dashboard render all of it as text: no element, attribute, handler or link comes from the page,
// and the only links are https permalinks on the post's own platform and PostLens's own pages.

import { browser } from 'wxt/browser';
import { BadgeLayer } from '@/components/badge/badge-layer';
import { App as DashboardApp } from '@/entrypoints/dashboard/App';
import { App as PopupApp } from '@/entrypoints/popup/App';
import { buildBadgeChip } from '@/lib/metrics/badge-chip';
import { DEFAULT_BANDS, hostBelongs } from '@/lib/platforms';
import { getDb } from '@/lib/store/db';
import type { Platform } from '@/lib/types';
import { clock, HOUR, reading, record, resetAll, tab } from '../components/helpers';
import { storedReading } from '../fixtures/reading';
import { fireEvent, render, screen, waitFor } from '../testing-library';

vi.mock('@/lib/messaging/protocol', async () => (await import('../components/helpers')).protocolMock);
vi.mock('@/lib/platforms/mastodon/site-access', async (original) => ({
  ...(await original<typeof import('@/lib/platforms/mastodon/site-access')>()),
  siteStatus: vi.fn(async () => 'builtin'),
}));
// uPlot draws on a canvas, which the test DOM lacks; the chart's labels are not page text.
vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload="window.__pwned=2">',
  "'><script>window.__pwned=3</script>",
  '<a href="javascript:window.__pwned=4">click</a>',
  '<iframe srcdoc="<script>parent.__pwned=5</script>"></iframe>',
  '{{constructor.constructor("window.__pwned=6")()}}',
];
// Elements PostLens never renders itself, so any of them came from the page.
const FORBIDDEN_TAGS =
  'script, iframe, object, embed, img, frame, foreignObject, base, meta, link, a[srcdoc]';
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'poster', 'data'];

/** The page's content must arrive as text only. Returns what went wrong, for one clear failure. */
function injected(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const el of root.querySelectorAll(FORBIDDEN_TAGS)) problems.push(`<${el.tagName.toLowerCase()}>`);
  for (const el of root.querySelectorAll('*')) {
    for (const attr of el.getAttributeNames()) {
      const value = el.getAttribute(attr) ?? '';
      if (/^on/i.test(attr)) problems.push(`${el.tagName} ${attr}="${value}"`);
      if (URL_ATTRIBUTES.includes(attr.toLowerCase()) && /^\s*(javascript|data|vbscript):/i.test(value)) {
        problems.push(`${el.tagName} ${attr}="${value}"`);
      }
    }
  }
  return problems;
}

/** Every link goes to the post's own platform over https, or stays inside PostLens. */
function foreignLinks(root: ParentNode, platform: Platform): string[] {
  const ours = browser.runtime.getURL('/');
  return [...root.querySelectorAll('a[href]')]
    .map((a) => a.getAttribute('href')!)
    .filter((href) => {
      if (href.startsWith('#/') || href.startsWith(ours) || href === '/options.html') return false;
      try {
        const u = new URL(href);
        return !(u.protocol === 'https:' && hostBelongs(platform, u.hostname));
      } catch {
        return true;
      }
    });
}

const pwned = () => (window as unknown as { __pwned?: unknown }).__pwned;

/** Stored stand-ins for what an older version or a tampered database might hold. */
const TAMPERED_URLS = [
  'javascript:window.__pwned=7',
  'data:text/html,<script>window.__pwned=8</script>',
  'https://evil.example/x/status/1',
  'https://x.com.evil.example/a/status/1',
  'http://x.com/a/status/1',
];

async function seedHostile(): Promise<string[]> {
  const keys: string[] = [];
  const posts = PAYLOADS.map((p, i) =>
    reading({
      postId: `h${i}`,
      text: p,
      likes: 10 + i,
      views: 1000,
      author: { handle: `evil${i}`, name: p, followers: 500 },
      // Valid https on x.com, with the payload in its path: the URL parser escapes it.
      url: `https://x.com/${encodeURIComponent(p)}/status/${i}`,
    }),
  );
  await record(posts, { platform: 'x', handle: 'evil0', name: PAYLOADS[1]!, followers: 500 });
  await record(
    posts.map((p) => ({ ...p, likes: (p.likes ?? 0) + 5 })),
    null,
    clock.now + HOUR,
  );
  keys.push(...posts.map((p) => `x:${p.postId}`));
  const db = await getDb();
  for (const [i, url] of TAMPERED_URLS.entries()) {
    const key = `x:t${i}`;
    await record([reading({ postId: `t${i}`, text: `tampered ${i}`, likes: 1 })]);
    const rec = (await db.get('posts', key))!;
    await db.put('posts', { ...rec, url });
    keys.push(key);
  }
  return keys;
}

beforeEach(async () => {
  await resetAll();
  delete (window as unknown as { __pwned?: unknown }).__pwned;
  location.hash = '';
});

describe('hostile content is shown as text', () => {
  it('in the badge chip and its card', async () => {
    document.body.innerHTML = '<article><p>post</p><div class="actions"></div></article>';
    const post = document.querySelector('article')!;
    const layer = new BadgeLayer(document, '');
    for (const p of PAYLOADS) {
      const view = buildBadgeChip({
        reading: reading({ postId: p, text: p, author: { handle: p, name: p, followers: 100 }, likes: 5 }),
        knowledge: {
          firstSeen: clock.now,
          lastSeen: clock.now,
          history: [storedReading(clock.now, 5)],
          authorFollowers: 100,
          authorMedianEr: 0.01,
          authorPostCount: 4,
        },
        bands: DEFAULT_BANDS.x,
        preference: 'auto',
        locale: 'en',
      });
      layer.show(post, post.querySelector('.actions'), view);
      const shadow = document.querySelector('postlens-badge')!.shadowRoot!;
      fireEvent.focus(shadow.querySelector('button')!);
      await waitFor(() => expect(shadow.querySelector('.card')).not.toBeNull());
      expect(shadow.querySelector('.author')!.textContent).toContain(p);
      expect(injected(shadow)).toEqual([]);
      expect(injected(document)).toEqual([]);
      expect(foreignLinks(shadow, 'x')).toEqual([]);
    }
    expect(pwned()).toBeUndefined();
  });

  it('in the popup: post list and author summary', async () => {
    const keys = await seedHostile();
    vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [
      { id: 7, url: 'https://x.com/evil0' },
    ]) as never);
    tab.answer = { keys, profileKey: 'x:evil0', platform: 'x' };
    const { container } = render(<PopupApp />);
    await screen.findByText(`${keys.length} posts on this page`);
    await screen.findByRole('region', { name: 'Author summary' });
    for (const p of PAYLOADS) expect(container.textContent).toContain(p);
    expect(injected(container)).toEqual([]);
    expect(foreignLinks(container, 'x')).toEqual([]);
    // The tampered urls are not links; the good ones are, to x.com only.
    const opens = screen.getAllByRole('link', { name: /^Open post by/ }).map((a) => a.getAttribute('href'));
    expect(opens).toHaveLength(PAYLOADS.length);
    expect(pwned()).toBeUndefined();
  });

  it('in the dashboard: posts table, a post’s page, and the author comparison', async () => {
    const keys = await seedHostile();
    location.hash = '#/posts';
    const { container } = render(<DashboardApp />);
    await waitFor(() => expect(container.textContent).toContain(PAYLOADS[0]));
    expect(injected(container)).toEqual([]);
    expect(foreignLinks(container, 'x')).toEqual([]);

    // A hostile post's page, and each tampered url's: the url shows as text, never as a link.
    const pages: Array<[string, string]> = [
      [keys[1]!, PAYLOADS[1]!],
      ...TAMPERED_URLS.map((url, i): [string, string] => [keys[PAYLOADS.length + i]!, url]),
    ];
    for (const [key, shown] of pages) {
      location.hash = `#/post/${encodeURIComponent(key)}`;
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      await waitFor(() => expect(container.querySelector('.post-detail')?.textContent).toContain(shown));
      expect(injected(container)).toEqual([]);
      expect(foreignLinks(container, 'x')).toEqual([]);
    }

    location.hash = '#/authors';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    const boxes = await screen.findAllByRole('checkbox');
    for (const box of boxes) fireEvent.click(box);
    await waitFor(() => expect(container.querySelector('table')).not.toBeNull());
    for (const p of PAYLOADS) expect(container.textContent).toContain(p);
    expect(injected(container)).toEqual([]);
    expect(foreignLinks(container, 'x')).toEqual([]);
    expect(pwned()).toBeUndefined();
  });
});
