// The content runner (lib/content/run.ts) and the page's own nodes: a feed that recycles a post's
// element for another post, answers from the background that come late, and a context that ends.
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BadgeLayer } from '@/components/badge/badge-layer';
import { runContentScript } from '@/lib/content/run';
import { sendMessage } from '@/lib/messaging';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { settingsItem } from '@/lib/settings-item';
import type { PlatformAdapter, PostReading } from '@/lib/types';

/** knownPosts answers the test holds back, by the first key asked about. */
const heldKnown = new Map<string, (v: unknown) => void>();
let holdKnownFor: string | null = null;
/** What knownPosts answers when nothing is held (the background knowing nothing: {}). */
let knownAnswer: Record<string, unknown> = {};

vi.mock('@/lib/messaging', async (orig) => {
  const real = await orig<typeof import('@/lib/messaging')>();
  return {
    ...real,
    sendMessage: vi.fn(async (type: string, data: unknown) => {
      if (type === 'recordReadings')
        return { ok: true, stored: 0, duplicate: false, dropped: 0, nulled: 0, cut: 0, reasons: [] };
      if (type === 'knownPosts') {
        const keys = data as string[];
        if (holdKnownFor && keys.includes(holdKnownFor)) {
          return new Promise((resolve) => heldKnown.set(holdKnownFor!, resolve));
        }
        return knownAnswer;
      }
      return undefined;
    }),
    onMessage: vi.fn(() => () => {}),
  };
});

// The post's id is in a link inside it, as on X: a recycled cell keeps its <article>.
const adapter: PlatformAdapter = {
  id: 'x',
  name: 'Test',
  matches: () => true,
  findPosts: (root) => Array.from(root.querySelectorAll('article.post')),
  readPost(el): PostReading | null {
    const id = el.querySelector('a[data-id]')?.getAttribute('data-id');
    if (!id) return null;
    const likes = Number(el.querySelector('a[data-id]')?.getAttribute('data-likes') ?? '10');
    return {
      platform: 'x',
      postId: id,
      url: `https://x.com/a/status/${id}`,
      author: { handle: 'a', name: 'A' },
      publishedAt: null,
      text: '',
      likes,
      comments: 2,
      reposts: 1,
      saves: null,
      views: 1000,
    };
  },
  readProfile: () => null,
};

const BANDS = { typical: 0.01, strong: 0.02, viral: 0.03 };
const badges = () => document.querySelectorAll('postlens-badge');
const badgeKey = (el: Element) => el.querySelector('postlens-badge')?.getAttribute('data-postlens-key');
const recorded = () =>
  vi
    .mocked(sendMessage)
    .mock.calls.filter(([type]) => type === 'recordReadings')
    .flatMap(([, batch]) => (batch as { posts: PostReading[] }).posts.map((p) => p.postId));
const knowledge = (likes: number) => ({
  firstSeen: 1,
  lastSeen: 2,
  history: [{ capturedAt: 1, likes, comments: 2, reposts: 1, saves: null, views: 1000 }],
  authorFollowers: null,
  authorMedianEr: null,
  authorPostCount: 0,
});

beforeAll(() => {
  const g = globalThis as { requestIdleCallback?: unknown; cancelIdleCallback?: unknown };
  g.requestIdleCallback ??= (cb: () => void) => setTimeout(cb, 0);
  g.cancelIdleCallback ??= (id: number) => clearTimeout(id);
});

let ctx: ContentScriptContext | null = null;
afterEach(() => {
  ctx?.abort();
  ctx = null;
  holdKnownFor = null;
  heldKnown.clear();
  knownAnswer = {};
  vi.mocked(sendMessage).mockClear();
});

async function start(html: string, settings: Partial<Settings> = {}) {
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, enabled: true, ...settings });
  document.body.innerHTML = html;
  ctx = new ContentScriptContext(`review6-run-${Math.random()}`);
  await runContentScript(
    ctx,
    { adapter, bands: BANDS, profileFollowers: false },
    () => new BadgeLayer(document, ''),
  );
}

/** The page recycles `cell` for post `id`: same <article>, new content. */
function recycle(cell: Element, id: string) {
  cell
    .querySelector('a[data-id]')!
    .replaceWith(Object.assign(document.createElement('a'), { textContent: 'post' }));
  cell.querySelector('a')!.setAttribute('data-id', id);
}

describe('a post element the page reuses for another post', () => {
  it("keeps the new post's badge after a settings change re-draws every badge", async () => {
    await start(
      '<article class="post" id="e0"><a data-id="2">p</a></article>' +
        '<article class="post" id="e1"><a data-id="1">p</a></article>',
    );
    await vi.waitFor(() => expect(badges()).toHaveLength(2));
    const e1 = document.getElementById('e1')!;
    // The user scrolls: the feed drops post 2's cell and recycles post 1's cell for post 2.
    document.getElementById('e0')!.remove();
    recycle(e1, '2');
    await vi.waitFor(() => expect(badgeKey(e1)).toBe('x:2'));
    // Any settings change re-draws the badges (here: the user picks another ER basis).
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, enabled: true, erPreference: 'views' });
    await new Promise((r) => setTimeout(r, 100));
    expect(badgeKey(e1)).toBe('x:2');
  });

  it("does not put a late answer about the old post on the new post's badge", async () => {
    holdKnownFor = 'x:1';
    await start('<article class="post" id="e1"><a data-id="1">p</a></article>');
    await vi.waitFor(() => expect(heldKnown.has('x:1')).toBe(true));
    const e1 = document.getElementById('e1')!;
    recycle(e1, '2');
    await vi.waitFor(() => expect(recorded()).toEqual(['1', '2']));
    await vi.waitFor(() => expect(badgeKey(e1)).toBe('x:2'));
    // The background's answer about post 1 arrives now.
    heldKnown.get('x:1')!({ 'x:1': knowledge(10) });
    await new Promise((r) => setTimeout(r, 50));
    expect(badgeKey(e1)).toBe('x:2');
  });
});

describe('a context that has ended', () => {
  it('draws no badge for an answer that arrives after it ended', async () => {
    holdKnownFor = 'x:1';
    await start('<article class="post" id="e1"><a data-id="1">p</a></article>');
    await vi.waitFor(() => expect(heldKnown.has('x:1')).toBe(true));
    ctx!.abort();
    expect(badges()).toHaveLength(0);
    heldKnown.get('x:1')!({ 'x:1': knowledge(10) });
    await new Promise((r) => setTimeout(r, 50));
    expect(badges()).toHaveLength(0);
  });
});

describe('a feed read for a long time', () => {
  it('does not add a listener to the context for every flush and every batch', async () => {
    await start('<article class="post" id="e1"><a data-id="1" data-likes="0">p</a></article>');
    await vi.waitFor(() => expect(recorded()).toEqual(['1']));
    const signal = ctx!.signal;
    let live = 0;
    const add = signal.addEventListener.bind(signal);
    const remove = signal.removeEventListener.bind(signal);
    signal.addEventListener = ((...a: Parameters<typeof add>) => {
      live++;
      add(...a);
    }) as typeof add;
    signal.removeEventListener = ((...a: Parameters<typeof remove>) => {
      live--;
      remove(...a);
    }) as typeof remove;
    // The post's likes change 40 times: 40 flushes, 40 batches sent and answered.
    const link = document.querySelector('a[data-id]')!;
    for (let i = 1; i <= 40; i++) {
      link.setAttribute('data-likes', String(i));
      link.textContent = `p${i}`;
      await vi.waitFor(() => expect(recorded()).toHaveLength(i + 1));
    }
    expect(live).toBeLessThan(5);
    ctx!.abort();
  });
});

describe('a post element the page empties', () => {
  it("takes the old post's badge away while the element holds no readable post", async () => {
    await start('<article class="post" id="e1"><a data-id="1">p</a></article>');
    const e1 = document.getElementById('e1')!;
    await vi.waitFor(() => expect(badgeKey(e1)).toBe('x:1'));
    // The feed recycles the cell for an ad (or a post still loading): no post id in it.
    e1.querySelector('a[data-id]')!.replaceWith(
      Object.assign(document.createElement('span'), { textContent: 'Ad' }),
    );
    await new Promise((r) => setTimeout(r, 100));
    expect(badgeKey(e1)).toBeUndefined();
  });
});

describe('the keyboard command that toggles badges', () => {
  it('does not bring back badges that stopped being updated when PostLens was switched off', async () => {
    const { onMessage } = await import('@/lib/messaging');
    await start('<article class="post" id="e1"><a data-id="1" data-likes="10">p</a></article>');
    const e1 = document.getElementById('e1')!;
    await vi.waitFor(() => expect(badgeKey(e1)).toBe('x:1'));
    // The user switches PostLens off: the badges go, and the page's counts are read no more.
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, enabled: false });
    const host = () => e1.querySelector('postlens-badge') as HTMLElement | null;
    await vi.waitFor(() => expect(host()?.hidden ?? true).toBe(true));
    const link = e1.querySelector('a[data-id]')!;
    link.setAttribute('data-likes', '500');
    link.textContent = 'p2';
    await new Promise((r) => setTimeout(r, 50));
    // Then presses the toggle-badges shortcut.
    const call = vi.mocked(onMessage).mock.calls.findLast(([type]) => type === 'setBadgesVisible')!;
    const handler = call[1] as (m: { data: boolean | 'toggle' }) => boolean;
    handler({ data: 'toggle' });
    // The badge would show 10 likes where the page shows 500.
    expect(host()?.hidden ?? true).toBe(true);
  });
});

describe('a post the page shows twice', () => {
  it('gets what the background knows on both of its badges, not only the last one read', async () => {
    // Followers come only from the background here: each badge's rate needs its answer.
    knownAnswer = { 'x:1': { ...knowledge(10), authorFollowers: 5000 } };
    await start(
      '<article class="post" id="e1"><a data-id="1">p</a></article>' +
        '<article class="post" id="e2"><a data-id="1">p</a></article>',
      { erPreference: 'followers' },
    );
    const headline = (id: string) =>
      document.getElementById(id)!.querySelector('postlens-badge')?.shadowRoot?.querySelector('.headline')
        ?.textContent;
    // (10 + 2 + 1) / 5,000 = 0.26%
    await vi.waitFor(() => expect(headline('e2')).toContain('0.26'));
    expect(headline('e1')).toBe(headline('e2'));
  });

  it('keeps the other badge up to date when one of the two elements is recycled', async () => {
    await start(
      '<article class="post" id="e1"><a data-id="1">p</a></article>' +
        '<article class="post" id="e2"><a data-id="1">p</a></article>',
      { erPreference: 'followers' },
    );
    await vi.waitFor(() => expect(badges()).toHaveLength(2));
    recycle(document.getElementById('e2')!, '2');
    await vi.waitFor(() => expect(badgeKey(document.getElementById('e2')!)).toBe('x:2'));
    knownAnswer = { 'x:1': { ...knowledge(10), authorFollowers: 5000 } };
    // Post 1's counts change on the element that still shows it: its badge follows.
    const link = document.querySelector('#e1 a[data-id]')!;
    link.setAttribute('data-likes', '20');
    link.textContent = 'p2';
    const headline = () =>
      document.querySelector('#e1 postlens-badge')?.shadowRoot?.querySelector('.headline')?.textContent;
    // (20 + 2 + 1) / 5,000 = 0.46%
    await vi.waitFor(() => expect(headline()).toContain('0.46'));
    expect(badgeKey(document.getElementById('e2')!)).toBe('x:2');
  });
});

describe('badges hidden with the keyboard shortcut', () => {
  it('stay hidden through a settings change that is not about badges', async () => {
    const { onMessage } = await import('@/lib/messaging');
    await start('<article class="post" id="e1"><a data-id="1">p</a></article>');
    const host = () => document.querySelector('#e1 postlens-badge') as HTMLElement | null;
    await vi.waitFor(() => expect(host()?.hidden).toBe(false));
    const call = vi.mocked(onMessage).mock.calls.findLast(([type]) => type === 'setBadgesVisible')!;
    const toggle = call[1] as (m: { data: boolean | 'toggle' }) => boolean;
    expect(toggle({ data: 'toggle' })).toBe(false);
    expect(host()?.hidden).toBe(true);
    // The user picks another ER basis in the popup: the badges are re-drawn, still hidden.
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, enabled: true, erPreference: 'views' });
    await new Promise((r) => setTimeout(r, 100));
    expect(host()?.hidden).toBe(true);
    // Switching the badges setting off and on again is about badges: they come back.
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, enabled: true, erPreference: 'views', badges: false });
    await new Promise((r) => setTimeout(r, 50));
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, enabled: true, erPreference: 'views' });
    await vi.waitFor(() => expect(host()?.hidden).toBe(false));
  });
});

describe('a badge whose card is open when it goes', () => {
  /** The keydown listeners in the document's capture phase, as added and not yet removed. */
  function keydownListeners() {
    const live = new Set<unknown>();
    const add = vi.spyOn(document, 'addEventListener');
    const remove = vi.spyOn(document, 'removeEventListener');
    const update = () => {
      live.clear();
      for (const [type, l, opt] of add.mock.calls) if (type === 'keydown' && opt === true) live.add(l);
      for (const [type, l, opt] of remove.mock.calls) if (type === 'keydown' && opt === true) live.delete(l);
      return live.size;
    };
    const restore = () => {
      add.mockRestore();
      remove.mockRestore();
    };
    return { count: update, restore };
  }
  const openCard = (id: string) => {
    const wrap = document.querySelector(`#${id} postlens-badge`)!.shadowRoot!.querySelector('.wrap')!;
    wrap.dispatchEvent(new Event('mouseenter'));
    expect(
      document.querySelector(`#${id} postlens-badge`)!.shadowRoot!.querySelector('.card'),
    ).not.toBeNull();
  };

  it('leaves no keydown listener on the page when the extension is reloaded', async () => {
    const listeners = keydownListeners();
    try {
      await start('<article class="post" id="e1"><a data-id="1">p</a></article>');
      await vi.waitFor(() => expect(badges()).toHaveLength(1));
      openCard('e1');
      expect(listeners.count()).toBe(1);
      ctx!.abort();
      expect(badges()).toHaveLength(0);
      expect(listeners.count()).toBe(0);
    } finally {
      listeners.restore();
    }
  });

  it('leaves no keydown listener when its post element is emptied', async () => {
    const listeners = keydownListeners();
    try {
      await start('<article class="post" id="e1"><a data-id="1">p</a></article>');
      await vi.waitFor(() => expect(badges()).toHaveLength(1));
      openCard('e1');
      document
        .querySelector('#e1 a[data-id]')!
        .replaceWith(Object.assign(document.createElement('span'), { textContent: 'Ad' }));
      await vi.waitFor(() => expect(badges()).toHaveLength(0));
      expect(listeners.count()).toBe(0);
    } finally {
      listeners.restore();
    }
  });
});
