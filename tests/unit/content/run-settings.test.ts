// The content runner (lib/content/run.ts) with a real ContentScriptContext, switched on and off
// from the popup: while off, the scanner still marks each post read and the runner drops the
// readings, so posts already on screen got no badge and no record once PostLens was switched on.
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BadgeLayer } from '@/components/badge/badge-layer';
import { runContentScript } from '@/lib/content/run';
import { sendMessage } from '@/lib/messaging';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { settingsItem } from '@/lib/settings-item';
import type { PlatformAdapter, PostReading } from '@/lib/types';

vi.mock('@/lib/messaging', async (orig) => {
  const real = await orig<typeof import('@/lib/messaging')>();
  return {
    ...real,
    sendMessage: vi.fn(async (type: string) => {
      if (type === 'recordReadings') return { ok: true, stored: 0 };
      if (type === 'knownPosts') return {};
      return undefined;
    }),
    onMessage: vi.fn(() => () => {}),
  };
});

const adapter: PlatformAdapter = {
  id: 'x',
  name: 'Test',
  matches: () => true,
  findPosts: (root) => Array.from(root.querySelectorAll('article.post')),
  readPost(el): PostReading | null {
    const id = el.getAttribute('data-id');
    if (!id) return null;
    return {
      platform: 'x',
      postId: id,
      url: `https://x.com/a/status/${id}`,
      author: { handle: 'a', name: 'A' },
      publishedAt: null,
      text: '',
      likes: 10,
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
/** The post ids sent to the background to be recorded, in order. */
const recorded = () =>
  vi
    .mocked(sendMessage)
    .mock.calls.filter(([type]) => type === 'recordReadings')
    .flatMap(([, batch]) => (batch as { posts: PostReading[] }).posts.map((p) => p.postId));

beforeAll(() => {
  const g = globalThis as { requestIdleCallback?: unknown; cancelIdleCallback?: unknown };
  g.requestIdleCallback ??= (cb: () => void) => setTimeout(cb, 0);
  g.cancelIdleCallback ??= (id: number) => clearTimeout(id);
});

let ctx: ContentScriptContext | null = null;
afterEach(() => {
  ctx?.abort();
  ctx = null;
  vi.mocked(sendMessage).mockClear();
});

async function start(settings: Partial<Settings>) {
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, ...settings });
  document.body.innerHTML = '<article class="post" data-id="1"><p>t</p></article>';
  ctx = new ContentScriptContext(`run-settings-${Math.random()}`);
  await runContentScript(
    ctx,
    { adapter, bands: BANDS, profileFollowers: false },
    () => new BadgeLayer(document, ''),
  );
}

describe('the content runner and the on/off settings', () => {
  it('draws a badge and records the post when PostLens is on from the start', async () => {
    await start({ enabled: true });
    await vi.waitFor(() => expect(badges()).toHaveLength(1));
    await vi.waitFor(() => expect(recorded()).toEqual(['1']));
    ctx!.abort();
    expect(badges()).toHaveLength(0);
  });

  it.each([
    ['PostLens', { enabled: false }, { enabled: true }],
    ['the platform', { platforms: { ...DEFAULT_SETTINGS.platforms, x: false } }, {}],
  ])('reads the posts already on screen once %s is switched on', async (_what, off, on) => {
    await start(off);
    await new Promise((r) => setTimeout(r, 50));
    expect(badges()).toHaveLength(0);
    expect(recorded()).toEqual([]);
    // The user switches it on in the popup; the post on screen does not change.
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, enabled: true, ...on });
    await vi.waitFor(() => expect(badges()).toHaveLength(1));
    await vi.waitFor(() => expect(recorded()).toEqual(['1']));
  });

  it('does not read the page again for a change that leaves it on', async () => {
    await start({ enabled: true });
    await vi.waitFor(() => expect(recorded()).toEqual(['1']));
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, enabled: true, badges: false });
    await new Promise((r) => setTimeout(r, 100));
    expect(recorded()).toEqual(['1']);
  });
});

describe('the content runner on a site switched off', () => {
  it('stops at once: its badges go, and the page is read no more', async () => {
    const { onMessage } = await import('@/lib/messaging');
    await start({ enabled: true });
    await vi.waitFor(() => expect(badges()).toHaveLength(1));
    await vi.waitFor(() => expect(recorded()).toEqual(['1']));
    const call = vi.mocked(onMessage).mock.calls.findLast(([type]) => type === 'stopReading');
    expect(call).toBeDefined();
    (call![1] as () => void)();
    expect(ctx!.isInvalid).toBe(true);
    expect(badges()).toHaveLength(0);
    // A post the page adds now is neither badged nor recorded.
    document.body.insertAdjacentHTML('beforeend', '<article class="post" data-id="2"><p>t</p></article>');
    await new Promise((r) => setTimeout(r, 100));
    expect(badges()).toHaveLength(0);
    expect(recorded()).toEqual(['1']);
  });
});
