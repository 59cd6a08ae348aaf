// @vitest-environment node

// The faster rowFromSummary / rowOf / fillOutliers give exactly what the implementation before
// them gave (tests/unit/queries/reference/rows-before.ts), on many seeded random posts: counts
// missing, null, 0, negative or fractional; followers null, 0 or negative; no, one or two
// readings, in either order or at the same instant, and up to four held for the velocity;
// posting times in several formats or none;
// every ER preference; authors with many tied ERs, few posts, or none.
import type { ErPref } from '@/lib/metrics';
import { fillOutliers, type PostRow, rowFromSummary, rowOf } from '@/lib/queries/rows';
import type { PostSummary, StoredPost, SummaryReading } from '@/lib/records';
import { packReadings } from '@/lib/store/summary';
import { type Random, random } from '../random';
import * as before from './reference/rows-before';

const T0 = Date.UTC(2025, 0, 8);
const PREFS: ErPref[] = ['auto', 'views', 'followers'];

function count(rnd: Random): number | null | undefined {
  return rnd.pick([
    () => null,
    () => undefined,
    () => 0,
    () => -0,
    () => rnd.int(5),
    () => rnd.int(100_000),
    () => rnd.int(1000) / 7,
    () => -rnd.int(50),
    () => 1e300,
  ])();
}

function reading(rnd: Random): SummaryReading {
  const r = {
    capturedAt: T0 - rnd.pick([0, 1, 3_600_000, rnd.int(30 * 86_400_000)]),
    likes: count(rnd),
    comments: count(rnd),
    reposts: count(rnd),
    saves: count(rnd),
    views: count(rnd),
    followers: count(rnd),
  };
  // A count the record lacks altogether, not just null (an old record, a partial import).
  for (const k of ['likes', 'comments', 'reposts', 'saves', 'views'] as const)
    if (r[k] === undefined) delete (r as Partial<typeof r>)[k];
  return r as SummaryReading;
}

function publishedAt(rnd: Random): string | null {
  const t = T0 - rnd.int(90 * 86_400_000);
  return rnd.pick([
    () => null,
    () => '',
    () => new Date(t).toISOString(),
    () => new Date(t).toISOString(),
    () => new Date(t).toISOString().slice(0, 19),
    () => new Date(t).toISOString().slice(0, 10),
    () => new Date(t).toISOString().replace('Z', '+02:00'),
    () => new Date(t).toUTCString(),
    () => 'not a date',
    () => '2025-02-30T00:00:00.000Z',
    () => '+275760-09-13T00:00:00.000Z',
  ])();
}

function storedPost(rnd: Random, i: number, authors: readonly (string | null)[]): StoredPost {
  const latest = rnd.chance(0.9) ? reading(rnd) : null;
  const previous = rnd.chance(0.7) ? (rnd.chance(0.1) && latest ? { ...latest } : reading(rnd)) : null;
  const summary: PostSummary = {
    snapshotCount: rnd.int(12),
    latest,
    previous,
    followers: rnd.pick([null, 0, -5, 1, 1000, rnd.int(1e6)]),
  };
  // The readings held for the velocity, oldest first: some share counts with the latest, some
  // none, some are seconds or an hour before it.
  if (latest && rnd.chance(0.6))
    summary.recent = packReadings(
      Array.from({ length: 1 + rnd.int(4) }, () => reading(rnd)).sort((a, b) => a.capturedAt - b.capturedAt),
    );
  if (rnd.chance(0.5)) summary.erViewsFirst = rnd.next();
  const authorKey = rnd.pick(authors);
  return {
    key: `x:${rnd.chance(0.05) ? 'dup' : i}`,
    platform: rnd.pick(['x', 'instagram', 'linkedin'] as const),
    postId: String(i),
    url: `https://x.com/a/status/${i}`,
    authorKey,
    authorHandle: authorKey === null ? null : authorKey.slice(2),
    authorName: rnd.chance(0.2) ? null : `Name ${i}`,
    publishedAt: publishedAt(rnd),
    text: rnd.pick(['', `text ${i}`, '#tag @who']),
    promoted: rnd.chance(0.1),
    firstSeen: T0 - rnd.int(1e9),
    lastSeen: T0,
    summary,
  };
}

describe('rowFromSummary and rowOf give what they gave before', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('seed %i: 2,000 random posts under every ER preference', (seed) => {
    const rnd = random(seed);
    const authors = [null, 'x:a', 'x:b'];
    for (let i = 0; i < 2000; i++) {
      const post = storedPost(rnd, i, authors);
      for (const pref of PREFS) {
        const expected = before.rowOf(post, pref);
        const got = rowOf(post, pref);
        expect(got).toEqual(expected);
        // Same fields in the same order, so JSON (the export) and Object.keys read the same.
        expect(Object.keys(got)).toEqual(Object.keys(expected));
        expect(rowFromSummary(post, post.summary, pref)).toEqual(expected);
      }
    }
  });
});

describe('fillOutliers gives what it gave before', () => {
  // NaN and Infinity cannot come from checked counts, but a list holding one is not in order, and
  // fillOutliers must then not find an ER by halving.
  const ER_POOL = [0, -0, 0.01, 0.02, 0.02, 0.05, 0.1, 0.1, 1, 3.5, -0.5, Number.NaN, Infinity];

  function rows(rnd: Random, n: number, authorCount: number): PostRow[] {
    const authors = [null, ...Array.from({ length: authorCount }, (_, a) => `x:${a}`)];
    return Array.from({ length: n }, (_, i) => {
      const row = before.rowOf(storedPost(rnd, i, authors), rnd.pick(PREFS));
      // Many tied ERs (the median leaves out one of several equal values), and some nulls: on
      // either basis, and the row's own ER kept equal to the one of its basis, as rows are.
      if (rnd.chance(0.5)) row.erViews = rnd.chance(0.15) ? null : rnd.pick(ER_POOL);
      if (rnd.chance(0.5)) row.erFollowers = rnd.chance(0.15) ? null : rnd.pick(ER_POOL);
      if (rnd.chance(0.3)) row.erBasis = rnd.pick(['views', 'followers', null] as const);
      row.er = row.erBasis === 'views' ? row.erViews : row.erBasis === 'followers' ? row.erFollowers : null;
      row.outlier = rnd.pick([null, 7]);
      return row;
    });
  }

  it.each([
    [1, 40, 1],
    [2, 40, 3],
    [3, 300, 8],
    [4, 300, 60],
    [5, 2000, 40],
    [6, 5, 1],
    [7, 0, 1],
    [8, 3000, 500],
  ])('seed %i: %i rows of %i authors', (seed, n, authorCount) => {
    const rnd = random(seed);
    for (let round = 0; round < 5; round++) {
      const a = rows(rnd, n, authorCount);
      const b = a.map((r) => ({ ...r }));
      before.fillOutliers(a);
      fillOutliers(b);
      expect(b).toEqual(a);
    }
  });
});
