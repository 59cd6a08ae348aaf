// The Insights' and the Overview's median ERs keep to one basis, as an author's do (3d25317): an
// ER by views (interactions ÷ views, often 2-5%) and one by followers (interactions ÷ followers,
// often 0.05-0.5%) are unlike figures, and a median of both is a rate none of the posts has. Each
// view takes one basis for all its figures (the whole heatmap, the whole topics table, the median
// ER card's period and previous period): the one Settings lead with ("auto" and "views" lead with
// views) when any post has an ER on it, else the other; a post without an ER on that basis is left
// out of the median and of the counts. The words on hover name the basis and the posts counted.
// Percentages are written out by hand (en-US). Rendered (no h in JSX: this file is .ts).

import { h } from 'preact';
import { OverviewCard } from '@/components/insights/overview-card';
import { TopPosts } from '@/components/insights/top-posts';
import { TopicsTable } from '@/components/insights/topics-table';
import { WhenToPost } from '@/components/insights/when-to-post';
import { buildOverview, buildTimingGrid, buildTopicReport, type PostCard } from '@/lib/insights';
import type { ErPref } from '@/lib/metrics';
import type { PostRow } from '@/lib/queries';
import { postRow } from '../fixtures/post-row';
import { render, screen } from '../testing-library';

// uPlot draws on a canvas, which the test DOM lacks.
vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

const D = 86_400_000;
/** Tuesday 2025-01-07 14:20 UTC: every post of a set is in the heatmap's one slot, Tue 14-15. */
const TUE_14 = Date.UTC(2025, 0, 7, 14, 20);
const NOW = Date.UTC(2025, 0, 10);
const WEEK = { start: NOW - 7 * D, end: NOW };

/** A post rated as rowFromSummary rates it: each rate that has its inputs, `er` the lead's. */
function rated(
  erViews: number | null,
  erFollowers: number | null,
  pref: ErPref,
  over: Partial<PostRow> = {},
) {
  const leadFollowers = pref === 'followers';
  const lead = leadFollowers ? erFollowers : erViews;
  const other = leadFollowers ? erViews : erFollowers;
  const leadBasis = leadFollowers ? 'followers' : 'views';
  const otherBasis = leadFollowers ? 'views' : 'followers';
  return postRow({
    text: '#launch',
    publishedAt: new Date(TUE_14).toISOString(),
    date: TUE_14,
    firstSeen: TUE_14,
    engagement: 100,
    erViews,
    erFollowers,
    er: lead ?? other,
    erBasis: lead !== null ? leadBasis : other !== null ? otherBasis : null,
    ...over,
  });
}

// Two reels showing views (4%, 6% by views), two photos rated by followers only (0.2%, 0.4%), one
// post with both (5% by views, 0.1% by followers), and one with no ER. By views: 4, 5, 6 → 5%,
// over 3 posts. By followers: 0.1, 0.2, 0.4 → 0.2%, over 3 posts. The mixed `er` gave, leading
// with views, 0.2, 0.4, 4, 5, 6 → 4% over 5 posts; leading with followers (the reels fall back to
// views), 0.1, 0.2, 0.4, 4, 6 → 0.4% over 5 posts: a rate no post has, on no basis.
const mixed = (pref: ErPref, over: Partial<PostRow> = {}) => [
  rated(0.04, null, pref, over),
  rated(0.06, null, pref, over),
  rated(null, 0.002, pref, over),
  rated(null, 0.004, pref, over),
  rated(0.05, 0.001, pref, over),
  rated(null, null, pref, over),
];
// No post shows views: by followers whatever Settings lead with, 0.2, 0.4 → 0.3% over 2.
const noViews = (pref: ErPref) => [
  rated(null, 0.002, pref),
  rated(null, 0.004, pref),
  rated(null, null, pref),
];

const CASES: Array<[string, () => PostRow[], ErPref, 'views' | 'followers', number, number]> = [
  ['auto, mixed: by views', () => mixed('auto'), 'auto', 'views', 0.05, 3],
  ['views, mixed: by views', () => mixed('views'), 'views', 'views', 0.05, 3],
  ['followers, mixed: by followers', () => mixed('followers'), 'followers', 'followers', 0.002, 3],
  ['auto, no post shows views: by followers', () => noViews('auto'), 'auto', 'followers', 0.003, 2],
];

describe('the heatmap', () => {
  it.each(CASES)('%s', (_, rows, pref, basis, median, withEr) => {
    const g = buildTimingGrid(rows(), 'UTC', 1, 3, pref);
    const c = g.cells[1]![14]!;
    expect(g.erBasis).toBe(basis);
    expect(c.posts).toBe(rows().length);
    expect(c.withEr).toBe(withEr);
    expect(c.medianEr).toBeCloseTo(median, 12);
  });

  it('without a Settings choice, reads the lead from a post with both rates (as leadOf)', () => {
    const g = buildTimingGrid(mixed('followers'), 'UTC', 1);
    expect(g.erBasis).toBe('followers');
    expect(g.cells[1]![14]!.medianEr).toBeCloseTo(0.002, 12);
  });

  it('takes one basis for the whole grid: a slot rated by followers only is not rated beside slots by views', () => {
    // Monday 09:00: two posts by followers only (10% and 20%: far above any by views, by their
    // divisor, not by doing better). Leading with views, the grid is by views, so Monday has none.
    const monday = new Date(Date.UTC(2025, 0, 6, 9)).toISOString();
    const rows = [
      ...mixed('auto'),
      ...[0.1, 0.2].map((f) => rated(null, f, 'auto', { publishedAt: monday })),
    ];
    const g = buildTimingGrid(rows, 'UTC', 1, 3, 'auto');
    expect(g.cells[0]![9]!).toMatchObject({ posts: 2, withEr: 0, medianEr: null, rated: false });
    expect(g.best.map((c) => [c.weekday, c.hour])).toEqual([[1, 14]]);
  });

  it.each([
    ['auto', 'by views', 'median ER 5% of 3 posts', 'Tuesday 14:00–15:00: median ER 5% of 3 posts'],
    [
      'followers',
      'by followers',
      'median ER 0.2% of 3 posts',
      'Tuesday 14:00–15:00: median ER 0.2% of 3 posts',
    ],
  ] as const)(
    'leading with %s, the cell and the caption name the basis (%s) and the posts',
    (pref, by, _, start) => {
      render(h(WhenToPost, { rows: mixed(pref), timeZone: 'UTC', minSample: 1, pref }));
      const cell = document.querySelector('td.slot.rated')!;
      expect(cell.getAttribute('title')).toMatch(
        new RegExp(`^${start} \\(median of \\(interactions ÷ ${by.slice(3)}\\)`),
      );
      expect(cell.getAttribute('title')).toContain(
        `ERs by ${by === 'by views' ? 'followers' : 'views'} are left out`,
      );
      expect(document.querySelector('caption')!.textContent).toContain(`median ER ${by}`);
      expect(screen.getByRole('list', { name: 'Best slots' }).textContent).toContain(`${by} over 3 posts`);
    },
  );
});

describe('the topics table', () => {
  it.each(CASES)('%s', (_, rows, pref, basis, median, withEr) => {
    const r = buildTopicReport(rows(), 1, pref);
    const launch = r.topics.find((t) => t.key === '#launch')!;
    expect(r.erBasis).toBe(basis);
    expect(launch.posts).toBe(rows().length);
    expect(launch.withEr).toBe(withEr);
    expect(launch.medianEr).toBeCloseTo(median, 12);
  });

  it('takes one basis for the whole table: a tag used only on posts rated by followers is not ranked', () => {
    const rows = [...mixed('auto'), ...[0.1, 0.2].map((f) => rated(null, f, 'auto', { text: '#photo' }))];
    const photo = buildTopicReport(rows, 1, 'auto').topics.find((t) => t.key === '#photo')!;
    // Its posts showed their interactions: counted as such, though they have no ER by views.
    expect(photo).toMatchObject({ posts: 2, withCounts: 2, withEr: 0, medianEr: null, rated: false });
  });

  it('a tag whose posts have an ER only on the other basis says so, not that its counts are unknown', () => {
    const rows = [...mixed('auto'), ...[0.1, 0.2].map((f) => rated(null, f, 'auto', { text: '#photo' }))];
    render(h(TopicsTable, { rows, minSample: 1, pref: 'auto' }));
    const photo = document.querySelector('tr[data-tag="#photo"]')!;
    const titles = [...photo.querySelectorAll('td')].map((td) => td.getAttribute('title'));
    expect(titles).toContain(
      'No post with this tag has an ER by views, the one basis this table compares tags on',
    );
    expect(titles.join('\n')).not.toContain('followers and views are unknown');
  });

  it.each([
    ['auto', 'by views', '5%'],
    ['followers', 'by followers', '0.2%'],
  ] as const)('leading with %s, the median names the basis (%s) and the posts', (pref, by, shown) => {
    render(h(TopicsTable, { rows: mixed(pref), minSample: 1, pref }));
    const cell = screen.getByText(shown);
    expect(cell.getAttribute('title')).toBe(`median of 3 posts with an ER ${by}`);
    expect(document.querySelector('caption')!.textContent).toContain(
      `Median ER ${by}: median of (interactions ÷ ${by.slice(3)})`,
    );
  });
});

describe("the Overview's median ER card", () => {
  const card = (rows: PostRow[], pref?: ErPref): PostCard =>
    buildOverview({ rows, followers: [], authors: [], period: WEEK, now: NOW, pref }).cards.find(
      (c) => c.id === 'medianEr',
    )!;
  // The period before: 2% and 4% by views, and 0.1% by followers. By views 3% over 2; by
  // followers 0.1% over 1. The mixed `er` leading with views gave 0.1, 2, 4 → 2% over 3.
  const PREV = TUE_14 - 7 * D;
  const earlier = (pref: ErPref) =>
    [rated(0.02, null, pref), rated(0.04, null, pref), rated(null, 0.001, pref)].map((r) => ({
      ...r,
      date: PREV,
      firstSeen: PREV,
    }));

  it.each([
    ['auto', 'views', 0.05, 3, 0.03, 2],
    ['views', 'views', 0.05, 3, 0.03, 2],
    ['followers', 'followers', 0.002, 3, 0.001, 1],
  ] as const)('leading with %s: both periods by %s', (pref, _basis, now, used, prev, prevUsed) => {
    const c = card([...mixed(pref), ...earlier(pref)], pref);
    expect(c.current).toMatchObject({ posts: 6, used });
    expect(c.current.value).toBeCloseTo(now, 12);
    expect(c.previous).toMatchObject({ posts: 3, used: prevUsed });
    expect(c.previous.value).toBeCloseTo(prev, 12);
    expect(c.change.abs).toBeCloseTo(now - prev, 12);
    // Its one day with posts, Tuesday 7 January, on the same basis.
    expect(c.daily.filter((v) => v !== null)).toHaveLength(1);
    expect(c.daily.find((v) => v !== null)).toBeCloseTo(now, 12);
  });

  it('no post shows views in either period: by followers in both', () => {
    const c = card([...noViews('auto'), ...earlier('auto').slice(2)], 'auto');
    expect(c.current.value).toBeCloseTo(0.003, 12);
    expect(c.current.used).toBe(2);
    expect(c.previous.value).toBeCloseTo(0.001, 12);
    expect(c.formula).toMatch(/by followers/);
  });

  it('the previous period keeps the basis of the two together: none by views before is no change', () => {
    // This period has ERs by views; the one before only by followers (0.1%). The mixed `er` gave
    // 4% against 0.1%, "▲ 3.9 pp": a change from one basis to the other, not of the posts.
    const c = card([...mixed('auto'), ...earlier('auto').slice(2)], 'auto');
    expect(c.current.value).toBeCloseTo(0.05, 12);
    expect(c.previous.value).toBeNull();
    expect(c.previous.reason).toBe('no post seen has an ER by views');
    expect(c.change.abs).toBeNull();
  });

  it.each([
    ['auto', 'by views', '3 of 6 posts with an ER by views'],
    ['followers', 'by followers', '3 of 6 posts with an ER by followers'],
  ] as const)(
    'leading with %s, the formula and what it rests on name the basis (%s)',
    (pref, by, restsOn) => {
      const c = card(mixed(pref), pref);
      expect(c.formula).toMatch(
        new RegExp(`^median of the posts seen with an ER ${by} of \\(interactions ÷ ${by.slice(3)}\\)`),
      );
      render(h(OverviewCard, { card: c, days: [] }));
      expect(screen.getByText(restsOn)).toBeTruthy();
    },
  );
});

describe("the Overview's top posts by ER", () => {
  const top = (rows: PostRow[], pref: ErPref) =>
    buildOverview({ rows, followers: [], authors: [], period: WEEK, now: NOW, pref });
  const PREV = TUE_14 - 7 * D;

  it.each([
    // Leading with views: 6%, 5%, 4% by views; the photos' 0.4% and 0.2% by followers are not
    // ranked beside them (the mixed `er` listed them after, as if 0.4% by followers were less
    // than 4% by views of the same kind).
    ['auto', 'views', [0.06, 0.05, 0.04]],
    ['followers', 'followers', [0.004, 0.002, 0.001]],
  ] as const)('leading with %s, ranks on %s alone', (pref, basis, ers) => {
    const o = top(mixed(pref), pref);
    expect(o.topErBasis).toBe(basis);
    expect(o.top.er.map((r) => (basis === 'views' ? r.erViews : r.erFollowers))).toEqual(ers);
    // The ER each list entry shows is on that basis too.
    expect(o.top.er.map((r) => r.er)).toEqual(ers);
  });

  it('a period rated by followers only, after one by views: its posts are listed by followers', () => {
    // The card takes views (the previous period has them); this period has none by views, so its
    // top list ranks on followers rather than showing none.
    const earlierByViews = [rated(0.02, null, 'auto'), rated(0.04, null, 'auto')].map((r) => ({
      ...r,
      date: PREV,
      firstSeen: PREV,
    }));
    const o = top([...noViews('auto'), ...earlierByViews], 'auto');
    expect(o.cards.find((c) => c.id === 'medianEr')!.erBasis).toBe('views');
    expect(o.topErBasis).toBe('followers');
    expect(o.top.er.map((r) => r.erFollowers)).toEqual([0.004, 0.002]);
  });

  it('the list title names the basis', () => {
    const o = top(mixed('followers'), 'followers');
    render(h(TopPosts, { top: o.top, erBasis: o.topErBasis }));
    expect(screen.getByRole('heading', { name: 'Top posts by engagement rate by followers' })).toBeTruthy();
  });
});
