// A reading the background refuses at its check (a post whose link is not on the platform's site,
// say an x post linking to https://evil.example/…) is never stored. The popup only told such posts
// apart by their id (empty or too long), so it counted the rest as "not saved yet: open PostLens
// again in a moment" for as long as the page stayed open. The background's answer now names the
// keys it refused, the content script keeps them while it shows the post, and `tabPosts` carries
// them to the popup, which says they will not be saved.
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BadgeLayer } from '@/components/badge/badge-layer';
import { App } from '@/entrypoints/popup/App';
import { PostStates } from '@/lib/content/post-states';
import { runContentScript } from '@/lib/content/run';
import { LIMITS } from '@/lib/limits';
import { sendMessage } from '@/lib/messaging';
import { type SiteStatus, siteStatus } from '@/lib/platforms/mastodon/site-access';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { settingsItem } from '@/lib/settings-item';
import type { PlatformAdapter, PostReading } from '@/lib/types';
import { render, screen } from '../testing-library';
import { backend, reading, record, resetAll } from './helpers';

const CONTENT = { id: 'test-extension', url: 'https://x.com/home', tab: { id: 7 } };

// One runtime for both sides: the content script's messages go to the real background handlers
// (as a content script), the popup's to them as an extension page, and the popup's `tabPosts` to
// the handler the content script registered.
const tabHandlers = new Map<string, (m: { data: unknown }) => unknown>();
vi.mock('@/lib/messaging/protocol', async (orig) => {
  const real = await orig<typeof import('@/lib/messaging/protocol')>();
  const { protocolMock } = await import('./helpers');
  return {
    ...real,
    sendMessage: vi.fn(async (type: string, data: unknown, tabId?: number) => {
      if (tabId !== undefined) {
        const h = tabHandlers.get(type);
        if (!h) throw new Error('Could not establish connection. Receiving end does not exist.');
        return h({ data });
      }
      if (type === 'recordReadings' || type === 'knownPosts' || type === 'reportUnsaved') {
        const h = backend() as unknown as Record<string, (d: unknown, s: unknown) => Promise<unknown>>;
        return h[type]!(data, CONTENT);
      }
      return protocolMock.sendMessage(type as never, data as never);
    }),
    onMessage: vi.fn((type: string, cb: (m: { data: unknown }) => unknown) => {
      tabHandlers.set(type, cb);
      return () => tabHandlers.delete(type);
    }),
  };
});
vi.mock('@/lib/platforms/mastodon/site-access', async (original) => ({
  ...(await original<typeof import('@/lib/platforms/mastodon/site-access')>()),
  siteStatus: vi.fn(async (): Promise<SiteStatus> => 'builtin'),
}));
vi.mock('@/components/common/storage-warning', () => ({ StorageWarning: () => null }));

const WAITING = /not saved yet/;

beforeAll(() => {
  const g = globalThis as { requestIdleCallback?: unknown; cancelIdleCallback?: unknown };
  g.requestIdleCallback ??= (cb: () => void) => setTimeout(cb, 0);
  g.cancelIdleCallback ??= (id: number) => clearTimeout(id);
});

let ctx: ContentScriptContext | null = null;
beforeEach(async () => {
  await resetAll();
  vi.mocked(siteStatus).mockResolvedValue('builtin');
  vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [
    { id: 7, url: 'https://x.com/home' },
  ]) as never);
});
afterEach(() => {
  ctx?.abort();
  ctx = null;
  tabHandlers.clear();
  document.body.innerHTML = '';
});

/** A batch as a content script sends it. */
const send = (posts: unknown[], batchId = 'b1') =>
  backend().recordReadings({ batchId, pageUrl: 'https://x.com/home', posts, profile: null }, CONTENT);

describe("the background's answer names the readings its check refused", () => {
  it.each([
    ['a link on another host', { url: 'https://evil.example/a/status/bad' }, 'x:bad'],
    ['a link that is not https', { url: 'http://x.com/a/status/bad' }, 'x:bad'],
    ['a link with credentials', { url: 'https://u:p@x.com/a/status/bad' }, 'x:bad'],
    ['no link', { url: 42 }, 'x:bad'],
    ['an id too long', { postId: '9'.repeat(LIMITS.postId + 1) }, `x:${'9'.repeat(LIMITS.postId + 1)}`],
  ])('%s', async (_, change, key) => {
    const result = await send([
      reading({ postId: 'good', likes: 1 }),
      { ...reading({ postId: 'bad' }), ...change },
    ]);
    expect(result).toMatchObject({ ok: true, stored: 1, dropped: 1, refused: [key] });
  });

  it('names none when every reading passes (a field stored as unknown is not a refusal)', async () => {
    const result = await send([reading({ postId: 'good', likes: -3 })]);
    expect(result).toMatchObject({ ok: true, stored: 1, dropped: 0, nulled: 1 });
    expect(result.ok && result.refused).toBeFalsy();
  });

  it('names them again to a batch sent twice (the first answer lost on the way)', async () => {
    const posts = [
      reading({ postId: 'good' }),
      { ...reading({ postId: 'bad' }), url: 'https://evil.example/x' },
    ];
    await send(posts);
    expect(await send(posts)).toMatchObject({ ok: true, duplicate: true, refused: ['x:bad'] });
  });
});

describe('the content script keeps the refused keys while it shows the post', () => {
  const r = (id: string): PostReading => reading({ postId: id });
  it('forgets a refused key with its post, and keeps none of a post it does not hold', () => {
    const states = new PostStates();
    const el = document.body.appendChild(document.createElement('article'));
    states.hold(el, r('bad'));
    states.answered('x:bad', true);
    states.answered('x:gone', true);
    expect(states.refusedKeys()).toEqual(['x:bad']);
    states.unhold(el);
    expect(states.refusedKeys()).toEqual([]);
  });

  it('forgets a refusal once a later reading of the post is taken (read again with a valid link)', () => {
    const states = new PostStates();
    const el = document.body.appendChild(document.createElement('article'));
    states.hold(el, r('bad'));
    states.answered('x:bad', true);
    expect(states.refusedKeys()).toEqual(['x:bad']);
    states.answered('x:bad', false);
    expect(states.refusedKeys()).toEqual([]);
  });
});

// The post's link is on another host: the page's markup says so (an adapter reads what it finds).
const adapter: PlatformAdapter = {
  id: 'x',
  name: 'Test',
  matches: () => true,
  findPosts: (root) => Array.from(root.querySelectorAll('article.post')),
  readPost: (el) => {
    const id = el.getAttribute('data-id');
    if (!id) return null;
    return reading({
      postId: id,
      likes: 5,
      url: el.getAttribute('data-url') ?? `https://x.com/a/status/${id}`,
    });
  },
  readProfile: () => null,
};

it('the popup tells a post the background refused for its link apart from the posts still on their way', async () => {
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, enabled: true });
  document.body.innerHTML =
    '<article class="post" data-id="good"></article>' +
    '<article class="post" data-id="bad" data-url="https://evil.example/a/status/bad"></article>';
  ctx = new ContentScriptContext(`review-refused-${Math.random()}`);
  await runContentScript(
    ctx,
    { adapter, bands: { typical: 0.01, strong: 0.02, viral: 0.03 }, profileFollowers: false },
    () => new BadgeLayer(document, ''),
  );
  // The batch stored, and the page asked what the background knows of its posts (after the answer).
  await vi.waitFor(() =>
    expect(vi.mocked(sendMessage).mock.calls.some(([type]) => type === 'knownPosts')).toBe(true),
  );
  await backend().settled();
  render(<App />);
  expect(
    await screen.findByText(
      "1 post read on this page has a link PostLens cannot store (it stores only https links on the platform's site, without a user name or password, of at most 2,048 characters): it will not be saved.",
    ),
  ).toBeTruthy();
  expect(screen.queryByText(WAITING)).toBeNull();
});

it('a post the tab read that is not stored yet is still waiting, beside a refused one', async () => {
  await record([reading({ postId: 'p1', likes: 3 })]);
  tabHandlers.set('tabPosts', () => ({
    keys: ['x:p1', 'x:p2', 'x:bad'],
    refused: ['x:bad'],
    profileKey: null,
    platform: 'x',
  }));
  render(<App />);
  expect(
    await screen.findByText(
      '1 more post read on this page is not saved yet: open PostLens again in a moment.',
    ),
  ).toBeTruthy();
  expect(screen.getByText(/1 post read on this page has a link PostLens cannot store/)).toBeTruthy();
});
