// @vitest-environment node

// Review 6, the watchlist's alerts: a breakout read from two readings seconds apart (a rounding
// or a feed card and its permalink, not growth), and page text in a notification.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { alertedItem, alertText } from '@/lib/background';
import { createHandlers } from '@/lib/background/handlers';
import type { TimedCounts } from '@/lib/metrics';
import { getSettings } from '@/lib/settings';
import type { StoredPost } from '@/lib/store';
import { closeDb, getDb } from '@/lib/store/db';
import { DEFAULT_WATCHLIST, postBreakout, watchlistItem } from '@/lib/watchlist';
import { batch, freshIndexedDb, HOUR, reading, T0 } from '../recorder-helpers';

const SECOND = 1000;
const at = (ms: number, likes: number): TimedCounts => ({
  capturedAt: ms,
  likes,
  comments: null,
  reposts: null,
  saves: null,
  views: null,
});

describe('postBreakout over readings seconds apart', () => {
  it('does not take 5 likes in 10 seconds (1,800/h) for a breakout of a post growing 160/h', () => {
    // 100, 260, 420 an hour apart (160/h each), then 425 ten seconds later: 165/h since 1 h.
    const snaps = [at(0, 100), at(HOUR, 260), at(2 * HOUR, 420), at(2 * HOUR + 10 * SECOND, 425)];
    expect(postBreakout(snaps, 2, 'en-US')).toBeNull();
  });

  it('still finds a breakout over readings far enough apart', () => {
    // 100 → 260 in an hour (160/h); 260 → 680 in the next, read twice 10 s apart at the end.
    const snaps = [at(0, 100), at(HOUR, 260), at(2 * HOUR, 678), at(2 * HOUR + 10 * SECOND, 680)];
    const hit = postBreakout(snaps, 2, 'en-US');
    expect(hit?.base).toBe(160);
    expect(hit?.value).toBeCloseTo(420 / (1 + 10 / 3600), 6);
  });
});

describe('the alert after a write', () => {
  beforeEach(freshIndexedDb);
  afterEach(async () => {
    vi.restoreAllMocks();
    await closeDb();
  });

  it('is not raised by a reading 10 seconds after the one before', async () => {
    await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, posts: ['x:1'], alerts: true });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    let now = T0;
    const h = createHandlers({
      db: getDb,
      settings: getSettings,
      now: () => now,
      warn: () => {},
      runtimeId: fakeBrowser.runtime.id,
      extensionUrl: fakeBrowser.runtime.getURL('/'),
    });
    const readAt = async (ms: number, likes: number) => {
      now = T0 + ms;
      const b = batch([reading({ postId: '1', likes, comments: 0, reposts: 0 })]);
      expect(
        await h.recordReadings(b, { id: fakeBrowser.runtime.id, url: 'https://x.com/home', tab: { id: 7 } }),
      ).toMatchObject({ ok: true });
      await h.watch.idle();
    };
    await readAt(0, 100);
    await readAt(HOUR, 260);
    await readAt(2 * HOUR, 420);
    await readAt(2 * HOUR + 10 * SECOND, 425); // the feed's card, then the post's page
    expect(create).not.toHaveBeenCalled();
  });
});

describe("a notification's text from the page", () => {
  const post = (over: Partial<StoredPost>): StoredPost =>
    ({
      key: 'x:1',
      platform: 'x',
      postId: '1',
      authorKey: null,
      authorHandle: null,
      authorName: null,
      text: '',
      ...over,
    }) as StoredPost;
  const found = [{ kind: 'post' as const, value: 420, base: 160, multiple: 2.625, text: 'velocity 420/h' }];

  it("keeps a name's right-to-left override inside the name, not over the rest of the title", () => {
    const { title } = alertText(post({ authorName: '\u202eNASA' }), found);
    // Isolated, as the badge and the tables isolate a page's name (lib/format isolated()).
    expect(title).toBe('Breakout: \u2068\u202eNASA\u2069 on X');
  });

  it("keeps a text's right-to-left override inside the quotes", () => {
    const { message } = alertText(post({ text: '\u202eevil' }), found);
    expect(message).toBe('velocity 420/h\n“\u2068\u202eevil\u2069”');
  });

  it('does not cut an emoji in half at the 80th character', () => {
    const text = `${'a'.repeat(79)}🚀 and more`;
    const { message } = alertText(post({ text }), found);
    expect(message).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(message).toBe(`velocity 420/h\n“${'a'.repeat(79)}🚀…”`);
  });
});

describe('one notification the browser refuses', () => {
  beforeEach(freshIndexedDb);
  afterEach(async () => {
    vi.restoreAllMocks();
    await closeDb();
  });

  it('neither loses the other posts’ alerts nor forgets those it showed', async () => {
    await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, posts: ['x:1', 'x:2', 'x:3'], alerts: true });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation((async (id: string) => {
      if (id === 'postlens-watch:x:2') throw new Error('refused');
      return id;
    }) as never);
    const warned: string[] = [];
    let now = T0;
    const h = createHandlers({
      db: getDb,
      settings: getSettings,
      now: () => now,
      warn: (m) => warned.push(m),
      runtimeId: fakeBrowser.runtime.id,
      extensionUrl: fakeBrowser.runtime.getURL('/'),
    });
    const readAt = async (hours: number, likes: number) => {
      now = T0 + hours * HOUR;
      const posts = ['1', '2', '3'].map((postId) => reading({ postId, likes, comments: 0, reposts: 0 }));
      const sender = { id: fakeBrowser.runtime.id, url: 'https://x.com/home', tab: { id: 7 } };
      expect(await h.recordReadings(batch(posts), sender)).toMatchObject({ ok: true });
      await h.watch.idle();
    };
    await readAt(0, 100);
    await readAt(1, 260);
    await readAt(2, 680); // all three break out: 420/h after 160/h
    const ids = () => create.mock.calls.map(([id]) => id);
    expect(ids()).toEqual(['postlens-watch:x:1', 'postlens-watch:x:2', 'postlens-watch:x:3']);
    expect(Object.keys((await alertedItem.getValue()) ?? {}).sort()).toEqual(['x:1', 'x:3']);
    expect(warned.join('\n')).toMatch(/refused/);
  });
});
