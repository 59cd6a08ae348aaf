import { fireEvent } from '@testing-library/preact';
import { BadgeLayer } from '@/components/badge/badge-layer';
import type { PostKnowledge } from '@/lib/messaging/protocol';
import { buildBadgeView } from '@/lib/metrics/badge-model';
import { DEFAULT_BANDS } from '@/lib/platforms';
import type { PostReading } from '@/lib/types';

const HOSTILE = '<img src=x onerror=alert(1)>';

const reading = (over: Partial<PostReading> = {}): PostReading => ({
  platform: 'instagram',
  postId: 'C1',
  url: 'https://www.instagram.com/p/C1/',
  author: { handle: 'acme', name: 'Acme' },
  publishedAt: null,
  text: 'hello',
  likes: 150,
  comments: 30,
  reposts: null,
  saves: null,
  views: null,
  ...over,
});

const knowledge = (over: Partial<PostKnowledge> = {}): PostKnowledge => ({
  firstSeen: Date.UTC(2026, 0, 1, 10),
  lastSeen: Date.UTC(2026, 0, 1, 12),
  history: [
    [Date.UTC(2026, 0, 1, 10), 100, null],
    [Date.UTC(2026, 0, 1, 12), 180, null],
  ],
  authorFollowers: 10_000,
  authorMedianEr: 0.0075,
  authorPostCount: 5,
  ...over,
});

const view = (r: PostReading, k?: PostKnowledge, pref: 'auto' | 'followers' | 'views' = 'auto') =>
  buildBadgeView({
    reading: r,
    knowledge: k,
    bands: DEFAULT_BANDS[r.platform],
    preference: pref,
    locale: 'en',
  });

function renderBadge(r: PostReading, k?: PostKnowledge) {
  document.body.innerHTML = '<article><p>post</p><div class="actions"></div></article>';
  const layer = new BadgeLayer(document, '.chip{}');
  const post = document.querySelector('article')!;
  layer.show(post, post.querySelector('.actions'), view(r, k));
  const host = document.querySelector('postlens-badge') as HTMLElement;
  return { host, shadow: host.shadowRoot! };
}

describe('badge view', () => {
  it.each([
    // [case, reading, knowledge, headline, basis, band]
    ['views shown: ER by views', reading({ views: 6000 }), undefined, '3%', 'views', 'viral'],
    [
      'no views, followers known from a profile visit',
      reading(),
      knowledge(),
      '1.8%',
      'followers',
      'typical',
    ],
    [
      'no views, followers in the post header',
      reading({ author: { handle: 'a', name: 'A', followers: 2000 } }),
      undefined,
      '9%',
      'followers',
      'viral',
    ],
    ['neither: raw engagement', reading(), undefined, '180', 'engagement', null],
    [
      'hidden counts: nothing to say',
      reading({ likes: null, comments: null }),
      knowledge(),
      '—',
      'none',
      null,
    ],
  ])('%s', (_, r, k, headline, basis, band) => {
    const v = view(r, k);
    expect(v.headline).toBe(headline);
    expect(v.basis).toBe(basis);
    expect(v.band).toBe(band);
  });

  it('says "needs …" for a rate whose input is missing, never 0', () => {
    const v = view(reading(), undefined);
    expect(v.rates.map((r) => r.value)).toEqual(['needs views', 'needs followers']);
    expect(v.counts.find((c) => c.label === 'Reposts')!.value).toBe('not shown');
  });

  it('writes the formulas out', () => {
    expect(view(reading()).rates.map((r) => r.formula)).toEqual([
      '(likes + comments + reposts + saves) / views',
      '(likes + comments + reposts + saves) / followers',
    ]);
  });

  it('gives velocity per hour since the previous snapshot, and the outlier score', () => {
    const v = view(reading(), knowledge());
    expect(v.velocity).toBe('+40/h');
    expect(v.outlier).toBe('2.4× usual');
  });

  it('gives no outlier score with fewer than 3 other posts', () => {
    expect(view(reading(), knowledge({ authorPostCount: 2 })).outlier).toBeNull();
  });

  it('follows the followers preference even where views are shown', () => {
    expect(view(reading({ views: 6000 }), knowledge(), 'followers').basis).toBe('followers');
  });
});

describe('badge rendering', () => {
  it('puts a labelled, keyboard-reachable chip in a shadow root beside the action bar', () => {
    const { host, shadow } = renderBadge(reading({ views: 6000 }));
    expect(host.nextElementSibling?.className).toBe('actions');
    expect(host.getAttribute('data-postlens-key')).toBe('instagram:C1');
    const chip = shadow.querySelector('button')!;
    expect(chip.getAttribute('aria-label')).toContain('3% ER by views');
    expect(chip.getAttribute('aria-label')).toContain('viral');
    expect(chip.tabIndex).toBe(0);
  });

  it('opens the card on focus with every count and both rates', async () => {
    const { shadow } = renderBadge(reading(), knowledge());
    fireEvent.focus(shadow.querySelector('button')!);
    await new Promise((r) => setTimeout(r, 0));
    const card = shadow.querySelector('[role="tooltip"]')!;
    expect(card.textContent).toContain('Likes150');
    expect(card.textContent).toContain('ER by followers 1.8%');
    expect(card.textContent).toContain('needs views');
    expect(card.querySelector('svg.spark')).not.toBeNull();
  });

  it('renders hostile author names and post text as text', async () => {
    const r = reading({ author: { handle: HOSTILE, name: HOSTILE }, text: HOSTILE, postId: HOSTILE });
    const { shadow, host } = renderBadge(r, knowledge());
    fireEvent.focus(shadow.querySelector('button')!);
    await new Promise((res) => setTimeout(res, 0));
    expect(shadow.querySelector('.author')!.textContent).toBe(`${HOSTILE} @${HOSTILE}`);
    expect(shadow.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(host.getAttribute('data-postlens-key')).toBe(`instagram:${HOSTILE}`);
  });

  it('keeps clicks inside the badge from reaching the post', () => {
    const { shadow } = renderBadge(reading());
    const onClick = vi.fn();
    document.querySelector('article')!.addEventListener('click', onClick);
    shadow.querySelector('button')!.click();
    expect(onClick).not.toHaveBeenCalled();
  });

  it('hides and shows every badge (the off switch and keyboard shortcut)', () => {
    document.body.innerHTML = '<article></article>';
    const layer = new BadgeLayer(document, '');
    layer.show(document.querySelector('article')!, null, view(reading()));
    layer.setVisible(false);
    expect((document.querySelector('postlens-badge') as HTMLElement).hidden).toBe(true);
    layer.setVisible(true);
    expect((document.querySelector('postlens-badge') as HTMLElement).hidden).toBe(false);
  });
});

describe('card actions', () => {
  it('asks to open the post in the dashboard (history and campaigns)', async () => {
    document.body.innerHTML = '<article><div class="actions"></div></article>';
    const opened: string[] = [];
    const layer = new BadgeLayer(document, '', (key) => opened.push(key));
    const post = document.querySelector('article')!;
    layer.show(post, post.querySelector('.actions'), view(reading(), knowledge()));
    const shadow = document.querySelector('postlens-badge')!.shadowRoot!;
    fireEvent.focus(shadow.querySelector('button.chip')!);
    await new Promise((r) => setTimeout(r, 0));
    const open = Array.from(shadow.querySelectorAll('button')).find((b) =>
      b.textContent?.includes('campaigns'),
    );
    // Focus moving from the chip to the card's button keeps the card open.
    fireEvent.focusOut(shadow.querySelector('button.chip')!, { relatedTarget: open });
    await new Promise((r) => setTimeout(r, 0));
    expect(shadow.querySelector('.card')).not.toBeNull();
    open!.click();
    expect(opened).toEqual(['instagram:C1']);
    // Focus leaving the badge closes the card.
    fireEvent.focusOut(open!, { relatedTarget: document.body });
    await new Promise((r) => setTimeout(r, 0));
    expect(shadow.querySelector('.card')).toBeNull();
  });
});
