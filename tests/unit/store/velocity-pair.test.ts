// @vitest-environment node

// The tables' velocity is the badge's: a post's row compares the same two readings recentVelocity
// picks for its badge card (the last showing an engagement count, and the newest 5 min or more
// before it that shares a count with it), gives the same number, and names those readings; with
// no such pair its note says why. The summary the recorder keeps one reading at a time holds every
// reading that rule can still pick, so it gives the figure of the whole history.
import { formatDateTime } from '@/lib/format';
import { uiLocale } from '@/lib/i18n';
import { recentVelocity } from '@/lib/metrics';
import { loadAllRows, loadRowsForKeys } from '@/lib/queries/posts';
import { rateTitle } from '@/lib/queries/rate-notes';
import { buildRow, type PostRow, rowFromSummary } from '@/lib/queries/rows';
import type { PostRecord, PostSummary, SnapshotRecord } from '@/lib/records';
import { buildPostChunks, closeDb, getDb, recordBatch } from '@/lib/store';
import {
  emptySummary,
  forReaders,
  RECENT_STRIDE,
  summarize,
  withSnapshot,
  withSnapshotReplaced,
} from '@/lib/store/summary';
import { type Random, random } from '../random';
import { batch, freshIndexedDb, HOUR, MIN, reading, T0 } from '../recorder-helpers';
import { badgeVelocityOf } from './old-rows';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const when = (ms: number) => formatDateTime(ms, uiLocale());
const POST: PostRecord = {
  key: 'instagram:C1',
  platform: 'instagram',
  postId: 'C1',
  url: 'https://www.instagram.com/reel/C1/',
  authorKey: 'instagram:alice',
  authorHandle: 'alice',
  authorName: 'Alice',
  publishedAt: null,
  text: 'reel',
  promoted: false,
  firstSeen: T0,
  lastSeen: T0,
};
type Shown = Partial<Pick<SnapshotRecord, 'likes' | 'comments' | 'reposts' | 'saves' | 'views'>>;
const snap = (id: number, capturedAt: number, shown: Shown): SnapshotRecord => ({
  id,
  postKey: POST.key,
  capturedAt,
  likes: null,
  comments: null,
  reposts: null,
  saves: null,
  views: null,
  followers: null,
  ...shown,
});
const history = (...list: [number, Shown][]) => list.map(([m, shown], i) => snap(i + 1, T0 + m * MIN, shown));

describe('a row compares the readings the badge compares', () => {
  // The reviewers' histories: a reel read on its page, in a profile's reels grid (plays only), and
  // on its page again; a feed that shows views alone last; readings showing different counts.
  it.each<[string, SnapshotRecord[], number, [number, number]]>([
    [
      'reel page, grid (views only), page: the two page readings',
      history(
        [0, { likes: 100, comments: 10, views: 1000 }],
        [60, { views: 5000 }],
        [120, { likes: 300, comments: 30, views: 9000 }],
      ),
      110,
      [0, 120],
    ],
    [
      'reel page, page, grid last: the two page readings, not the grid',
      history(
        [0, { likes: 100, comments: 10, views: 1000 }],
        [60, { likes: 300, comments: 30, views: 5000 }],
        [120, { views: 9000 }],
      ),
      220,
      [0, 60],
    ],
    [
      'a feed reading views only comes last',
      history(
        [0, { likes: 100, comments: 10, views: 5000 }],
        [120, { likes: 160, comments: 10, views: 8000 }],
        [180, { views: 9000 }],
      ),
      30,
      [0, 120],
    ],
    [
      'the reading before the latest shares no count with it',
      history([0, { likes: 100 }], [120, { comments: 5 }], [180, { likes: 160 }]),
      20,
      [0, 180],
    ],
  ])('%s', (_name, snaps, perHour, [from, to]) => {
    const badge = recentVelocity(snaps)!;
    expect(badge.engagementPerHour).toBe(perHour);
    const row = buildRow(POST, snaps, undefined, 'auto');
    expect(row.velocity).toBe(perHour);
    expect(row.velocityReadings).toEqual([T0 + from * MIN, T0 + to * MIN]);
    expect(rateTitle(row, 'velocity')).toBe(
      `engagement gained ÷ hours between the PostLens readings of ${when(T0 + from * MIN)} and ${when(T0 + to * MIN)}`,
    );
  });

  it('the popup’s rows and the dashboard’s (chunked) rows show the badge’s figure for a reel read through the recorder', async () => {
    const db = await getDb();
    const page = (likes: number | null, comments: number | null, views: number) =>
      reading({
        platform: 'instagram',
        postId: 'C1',
        url: POST.url,
        author: { handle: 'alice', name: 'Alice' },
        likes,
        comments,
        reposts: null,
        views,
      });
    for (const [m, r] of [
      [0, page(100, 10, 1000)],
      [60, page(null, null, 5000)],
      [120, page(300, 30, 9000)],
    ] as const)
      expect(await recordBatch(db, batch([r]), { snapshotIntervalMinutes: 30 }, T0 + m * MIN)).toMatchObject({
        ok: true,
      });
    const snaps = await db.getAllFromIndex('snapshots', 'by-post-time');
    expect(snaps.map((s) => s.likes)).toEqual([100, null, 300]);
    const badge = recentVelocity(snaps)!;
    const [popup] = await loadRowsForKeys([POST.key], 'auto');
    expect(popup!.row.velocity).toBe(badge.engagementPerHour);
    expect(popup!.row.velocity).toBe(110);
    await buildPostChunks(db);
    const [dashboard] = await loadAllRows('auto');
    expect(dashboard!.velocity).toBe(110);
    expect(rateTitle(dashboard!, 'velocity')).toContain(when(T0));
    expect(rateTitle(dashboard!, 'velocity')).toContain(when(T0 + 2 * HOUR));
  });
});

describe('a row without a velocity says why', () => {
  const title = (snaps: SnapshotRecord[]) => rateTitle(buildRow(POST, snaps, undefined, 'auto'), 'velocity');
  it.each<[string, SnapshotRecord[], string]>([
    ['one reading', history([0, { likes: 1 }]), 'needs 2 stored readings; 1 so far'],
    ['views alone, twice', history([0, { views: 10 }], [60, { views: 20 }]), 'needs counts'],
    [
      'counts minutes apart only',
      history([0, { likes: 1 }], [3, { likes: 2 }], [60, { views: 9 }]),
      'needs 2 stored readings 5 min or more apart, both showing counts',
    ],
    [
      'readings an hour apart showing different counts',
      history([0, { likes: 100 }], [60, { comments: 5 }]),
      'needs 2 stored readings 5 min or more apart that show the same count; those stored show different counts',
    ],
  ])('%s', (_name, snaps, needs) => {
    expect(title(snaps)).toBe(
      `${needs} · engagement gained ÷ hours between the latest reading and the newest one 5 min or more before it`,
    );
  });

  it('a pair the badge finds but gives no rate of names its readings, as the badge leaves it blank', () => {
    // A feed's "1.2K" likes, then the post page's 1,234 six minutes later: within the rounding
    // (recentVelocity's rule); an exact change would be a rate, and the row's the same.
    const snaps = history([0, { likes: 1200 }], [6, { likes: 1234 }]);
    const row = buildRow(POST, snaps, undefined, 'auto');
    const badge = recentVelocity(snaps);
    expect(row.velocity).toBe(badge?.engagementPerHour ?? null);
    if (badge === null)
      expect(rateTitle(row, 'velocity')).toMatch(
        `the change between the PostLens readings of ${when(T0)} and ${when(T0 + 6 * MIN)} is within the counts' rounding`,
      );
  });
});

/** Random histories: counts shown or not per field, gaps from seconds to hours, some late, some merged. */
function steps(rnd: Random): { arrive: SnapshotRecord[]; merges: Map<number, Shown> } {
  const arrive: SnapshotRecord[] = [];
  const merges = new Map<number, Shown>();
  const used = new Set<number>();
  let t = T0;
  const n = 1 + rnd.int(12);
  const count = () => (rnd.chance(0.35) ? null : rnd.int(rnd.chance(0.5) ? 50 : 5000));
  for (let i = 0; i < n; i++) {
    t += rnd.pick([20_000, 2 * MIN, 4 * MIN + 59_999, 5 * MIN, 6 * MIN, 30 * MIN, 3 * HOUR]);
    let at = t;
    // A late batch: read before the latest.
    if (rnd.chance(0.2)) at = T0 + rnd.int(t - T0);
    if (used.has(at)) continue;
    used.add(at);
    const shown: Shown = rnd.chance(0.15)
      ? { views: count() }
      : { likes: count(), comments: count(), reposts: count(), saves: count(), views: count() };
    arrive.push(snap(arrive.length + 1, at, shown));
    // Another reading of one stored moment, merged into its snapshot.
    if (rnd.chance(0.15)) merges.set(arrive.length, { likes: count(), saves: count() });
  }
  return { arrive, merges };
}

const inOrder = (snaps: readonly SnapshotRecord[]) =>
  [...snaps].sort((a, b) => a.capturedAt - b.capturedAt || a.id! - b.id!);

const velocityOf = (r: PostRow) => ({
  velocity: r.velocity,
  velocityReadings: r.velocityReadings,
  velocityGap: r.velocityGap,
});

describe('the summary kept reading by reading gives the velocity of the whole history', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('seed %i: 400 random histories', (seed) => {
    const rnd = random(seed);
    for (let h = 0; h < 400; h++) {
      const { arrive, merges } = steps(rnd);
      const stored: SnapshotRecord[] = [];
      let s: PostSummary = emptySummary(null);
      for (const x of arrive) {
        stored.push(x);
        s = withSnapshot(s, x, null);
        const merge = merges.get(x.id!);
        if (merge) {
          // The later reading's shown counts win, the others stay (the recorder's merge).
          const into = stored[rnd.int(stored.length)]!;
          for (const f of ['likes', 'saves'] as const) if (merge[f] != null) into[f] = merge[f];
          s = withSnapshotReplaced(s, { ...into }, null);
        }
        const all = inOrder(stored);
        const what = JSON.stringify(
          all.map((y) => [(y.capturedAt - T0) / MIN, y.likes, y.comments, y.reposts, y.saves, y.views]),
        );
        expect(s, what).toEqual(summarize(all, null));
        const badge = badgeVelocityOf(all);
        const rv = recentVelocity(all);
        expect(badge.velocity, what).toBe(rv?.engagementPerHour ?? null);
        // The row of the summary kept, and of the cut a reader of every post gets: the badge's
        // figure, between the badge's readings, or the same reason.
        expect(velocityOf(rowFromSummary(POST, s, 'auto')), what).toEqual(badge);
        const cut = forReaders(s);
        expect(velocityOf(rowFromSummary(POST, cut, 'auto')), what).toEqual(badge);
        expect(cut.recent?.length ?? 0, what).toBeLessThanOrEqual(2 * RECENT_STRIDE);
      }
    }
  });

  it('holds few readings of a post read every minute for two hours', () => {
    let s = emptySummary(null);
    for (let m = 0; m <= 120; m++)
      s = withSnapshot(
        s,
        snap(m + 1, T0 + m * MIN, { likes: 100 + m, comments: m % 7 ? 3 : null, views: 1000 + m }),
        null,
      );
    // The four read less than 5 min before the latest, and the newest 5 min before it (likes and
    // comments): an older one showing comments is passed over for that one.
    expect(s.recent!.length / RECENT_STRIDE).toBe(5);
    expect(forReaders(s).recent!.length / RECENT_STRIDE).toBe(1);
  });
});
