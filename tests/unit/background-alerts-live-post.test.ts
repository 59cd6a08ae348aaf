// @vitest-environment node

// A starred post left open on a page that updates its counts live is read again at each change,
// and every changed reading is a snapshot, seconds apart. Its breakout compares readings at least
// five minutes apart (spacedReadings): however many snapshots the last minutes hold, the readings
// before them must still be found, or the hottest posts would never alert.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/lib/background/handlers';
import { getSettings } from '@/lib/settings';
import { closeDb, getDb } from '@/lib/store/db';
import { DEFAULT_WATCHLIST, watchlistItem } from '@/lib/watchlist';
import { batch, freshIndexedDb, HOUR, reading, T0 } from './recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(async () => {
  vi.restoreAllMocks();
  await closeDb();
});

const ID = fakeBrowser.runtime.id;
const CONTENT = { id: ID, url: 'https://x.com/home', tab: { id: 7 } };

const likes = (n: number) => reading({ postId: '1', likes: n, comments: 0, reposts: 0 });

describe('a starred post read every few seconds', () => {
  it.each([
    // Readings every 4 s over the 4 minutes before the last one: more than the snapshots a check
    // used to read (50), all within five minutes of it.
    [60, 4_000],
    // Fewer than 50: found either way (the control).
    [20, 12_000],
  ])(
    'alerts at 2× its previous velocity after %i readings %i ms apart',
    async (burst, every) => {
      await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, posts: ['x:1'], alerts: true });
      vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
      const create = vi.spyOn(fakeBrowser.notifications, 'create');
      let now = T0;
      const h = createHandlers({
        db: getDb,
        settings: getSettings,
        now: () => now,
        warn: () => {},
        runtimeId: ID,
        extensionUrl: fakeBrowser.runtime.getURL('/'),
      });
      const readAt = async (at: number, n: number) => {
        now = at;
        expect(await h.recordReadings(batch([likes(n)], { readAt: at }), CONTENT)).toMatchObject({
          ok: true,
          stored: 1,
        });
        await h.watch.idle();
      };
      await readAt(T0, 100);
      await readAt(T0 + HOUR, 260); // 160/h
      // The page shows the count creeping up from 270, a like at a time: no breakout yet.
      const last = T0 + 2 * HOUR;
      for (let i = burst; i >= 1; i--) await readAt(last - i * every, 270 + burst - i);
      expect(create).not.toHaveBeenCalled();
      // Then 680: 420/h since the reading an hour before (the newest at least five minutes
      // before this one), 2.6× the 160/h before that.
      await readAt(last, 680);
      expect(create).toHaveBeenCalledTimes(1);
      expect(create).toHaveBeenCalledWith(
        'postlens-watch:x:1',
        expect.objectContaining({
          message:
            'velocity 420/h (likes + comments + reposts gained per hour), 2.6× its previous 160/h\n“Liftoff!”',
        }),
      );
    },
    20_000,
  );
});
