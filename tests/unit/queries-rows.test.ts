// @vitest-environment node

import { median, medianWithout, outlierScore } from '@/lib/metrics/rates';
import { postsPerWeek, shareOfVoice } from '@/lib/queries/author-stats';
import { EMPTY_FILTER, filterRows, type RowFilter } from '@/lib/queries/filter-rows';
import { buildRow, fillOutliers, type PostRow } from '@/lib/queries/rows';
import { sortRows } from '@/lib/queries/sort-rows';
import type { AuthorRecord, PostRecord, SnapshotRecord } from '@/lib/store/schema';

const H = 3_600_000;
const T0 = Date.UTC(2025, 0, 1);

function post(id: string, over: Partial<PostRecord> = {}): PostRecord {
  return {
    key: `x:${id}`,
    platform: 'x',
    postId: id,
    url: `https://x.com/a/status/${id}`,
    authorKey: 'x:a',
    authorHandle: 'a',
    authorName: 'A',
    publishedAt: null,
    text: `text ${id}`,
    promoted: false,
    firstSeen: T0,
    lastSeen: T0,
    ...over,
  };
}

const snap = (at: number, c: Partial<SnapshotRecord> = {}): SnapshotRecord => ({
  postKey: 'x:1',
  capturedAt: at,
  likes: null,
  comments: null,
  reposts: null,
  saves: null,
  views: null,
  followers: null,
  ...c,
});

const author: AuthorRecord = {
  key: 'x:a',
  platform: 'x',
  handle: 'a',
  name: 'A',
  followers: 1000,
  followersAt: T0,
};

describe('buildRow', () => {
  it('reads the latest snapshot, falls back to the author for followers, and takes velocity from the last two', () => {
    const row = buildRow(
      post('1'),
      [
        snap(T0, { likes: 10 }),
        snap(T0 + H, { likes: 20, views: 400 }),
        snap(T0 + 3 * H, { likes: 60, views: 800 }),
      ],
      author,
      'auto',
    );
    expect(row.likes).toBe(60);
    expect(row.followers).toBe(1000);
    expect(row.engagement).toBe(60);
    expect(row.erFollowers).toBeCloseTo(0.06);
    expect(row.erViews).toBeCloseTo(0.075);
    expect(row.er).toBeCloseTo(0.075);
    expect(row.erBasis).toBe('views');
    expect(row.velocity).toBeCloseTo(20); // (60 - 20) / 2 h
    expect(row.snapshotCount).toBe(3);
  });

  it.each([
    ['auto', 'views'],
    ['views', 'views'],
    ['followers', 'followers'],
  ] as const)('with preference %s leads with ER by %s', (pref, basis) => {
    const row = buildRow(post('1'), [snap(T0, { likes: 10, views: 100, followers: 50 })], undefined, pref);
    expect(row.erBasis).toBe(basis);
  });

  it('has no numbers where the page showed none', () => {
    const row = buildRow(post('1'), [snap(T0)], undefined, 'auto');
    expect([row.engagement, row.er, row.erFollowers, row.erViews, row.velocity, row.followers]).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('dates a post by publishedAt, else by first seen', () => {
    expect(buildRow(post('1', { publishedAt: '2024-06-01T00:00:00Z' }), [], undefined, 'auto').date).toBe(
      Date.UTC(2024, 5, 1),
    );
    expect(buildRow(post('1', { firstSeen: 42 }), [], undefined, 'auto').date).toBe(42);
  });
});

const row = (key: string, over: Partial<PostRow>): PostRow => ({
  ...buildRow(post(key), [], undefined, 'auto'),
  ...over,
});

describe('sortRows', () => {
  const rows = [
    row('1', { er: 0.02 }),
    row('2', { er: null }),
    row('3', { er: 0.5 }),
    row('4', { er: 0.01 }),
  ];
  it.each([
    ['desc', ['x:3', 'x:1', 'x:4', 'x:2']],
    ['asc', ['x:4', 'x:1', 'x:3', 'x:2']],
  ] as const)('%s puts rows without a value last', (dir, keys) => {
    expect(sortRows(rows, 'er', dir).map((r) => r.key)).toEqual(keys);
  });
  it('sorts text columns alphabetically', () => {
    const named = [
      row('1', { authorHandle: 'zed' }),
      row('2', { authorHandle: 'amy' }),
      row('3', { authorHandle: null, authorName: null }),
    ];
    expect(sortRows(named, 'authorHandle', 'asc').map((r) => r.authorHandle)).toEqual(['amy', 'zed', null]);
  });
});

describe('filterRows', () => {
  const rows = [
    row('1', { platform: 'x', authorKey: 'x:a', text: 'Launch day', date: 100 }),
    row('2', {
      platform: 'reddit',
      authorKey: 'reddit:b',
      authorName: 'Bob Launcher',
      text: 'meh',
      date: 200,
    }),
    row('3', { platform: 'x', authorKey: 'x:c', text: 'other', date: 300 }),
  ];
  it.each<[Partial<RowFilter>, string[]]>([
    [{}, ['x:1', 'x:2', 'x:3']],
    [{ platform: 'x' }, ['x:1', 'x:3']],
    [{ authorKey: 'reddit:b' }, ['x:2']],
    [{ text: 'LAUNCH' }, ['x:1', 'x:2']],
    [{ from: 200 }, ['x:2', 'x:3']],
    [{ to: 200 }, ['x:1', 'x:2']],
    [{ from: 150, to: 250, text: 'launch' }, ['x:2']],
  ])('%j', (f, keys) => {
    expect(filterRows(rows, { ...EMPTY_FILTER, ...f }).map((r) => r.key)).toEqual(keys);
  });
});

describe('fillOutliers', () => {
  it.each([
    [[0.01, 0.02, 0.03, 0.04, 0.2]],
    [[0.05, 0.05, 0.05, 0.05]],
    [[0.01, 0.02, 0.03]],
    [[0.3, 0.01, 0.02, 0.07, 0.07, 0.09, 0.11]],
  ])('matches outlierScore against the other posts of the author: %j', (ers) => {
    const byViews = (er: number) => ({ er, erViews: er, erBasis: 'views' as const });
    const rows = ers.map((er, i) => row(String(i), { ...byViews(er), authorKey: 'x:a' }));
    rows.push(row('other', { ...byViews(5), authorKey: 'x:z' }));
    fillOutliers(rows);
    ers.forEach((er, i) => {
      const others = ers.filter((_, j) => j !== i);
      expect(rows[i]!.outlier).toBe(outlierScore(er, others));
    });
    expect(rows.at(-1)!.outlier).toBeNull();
  });
});

describe("fillOutliers compares a post with the author's other posts on its own ER basis", () => {
  // A row as rowOf makes it: its ER by views where it shows views, else by followers (auto).
  const reel = (erViews: number, erFollowers: number | null = null) =>
    ({ erViews, erFollowers, er: erViews, erBasis: 'views' }) as const;
  const photo = (erFollowers: number) =>
    ({ erViews: null, erFollowers, er: erFollowers, erBasis: 'followers' }) as const;
  it.each([
    // A reel at 0.5 % of views; four photos at 4 % of followers; three other reels at 0.5 % of
    // views: against the other reels, 1×, not 0.5 % over a median of mostly photos' 4 %.
    ['a reel among photos', reel(0.005), [...Array(4).fill(photo(0.04)), ...Array(3).fill(reel(0.005))], 1],
    // A photo against the others' ER by followers: the reels' too, where their followers are known.
    ['a photo among reels', photo(0.04), [photo(0.02), reel(0.005, 0.02), reel(0.005, 0.02)], 2],
    ['too few others on its basis', reel(0.01), [reel(0.01), reel(0.01), photo(0.04), photo(0.04)], null],
  ])('%s', (_n, post, others, expected) => {
    const rows = [post, ...others].map((o, i) => row(`b${i}`, { ...o, authorKey: 'x:b' }));
    fillOutliers(rows);
    expect(rows[0]!.outlier).toBe(expected);
  });
});

describe('medianWithout', () => {
  it.each([[[1]], [[1, 2]], [[1, 2, 3]], [[1, 1, 2, 5, 9]], [[0.1, 0.2, 0.2, 0.3, 0.8, 1.5]]])(
    'equals the median of the rest for every element of %j',
    (xs) => {
      for (let i = 0; i < xs.length; i++) {
        expect(medianWithout(xs, xs[i]!)).toBe(median(xs.filter((_, j) => j !== i)));
      }
    },
  );
});

describe('postsPerWeek', () => {
  const D = 24 * H;
  it.each([
    [[], null],
    [[0], null],
    [[0, 30_000], null],
    [[0, 7 * D], 1],
    [[0, D, 2 * D, 3 * D, 4 * D, 5 * D, 6 * D, 7 * D], 7],
    [[0, 14 * D, 28 * D], 0.5],
  ])('%j → %s', (dates, expected) => {
    const r = postsPerWeek(dates.map((date) => ({ date })));
    if (expected === null) expect(r).toBeNull();
    else expect(r).toBeCloseTo(expected);
  });
});

describe('shareOfVoice', () => {
  it.each([
    [
      [300, 100],
      [0.75, 0.25],
    ],
    [
      [50, 50, 100],
      [0.25, 0.25, 0.5],
    ],
    [
      [0, 10],
      [0, 1],
    ],
    [
      [0, 0],
      [null, null],
    ],
  ])('%j → %j', (totals, shares) => {
    const m = shareOfVoice(totals.map((totalEngagement, i) => ({ key: `k${i}`, totalEngagement })));
    expect(totals.map((_, i) => m.get(`k${i}`))).toEqual(shares);
  });
});
