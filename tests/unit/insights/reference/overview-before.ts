// The implementation before the faster Overview (as of commit cc3ca51), kept to prove the faster
// one gives the same output: buildOverview, topPosts, changeOf, figure and MEASURES exactly as
// they were (lib/insights/overview.ts, overview-measures.ts), with the period arithmetic and the
// median they used, so a later change there cannot move this reference along with the code it
// checks. The follower cards' helpers (follower-change.ts) and t() are shared: they do not change.
// Kept in step since (one ER basis, after 3d25317): the median ER card takes one basis for both
// periods and every day (basisOf), with the formula and reason of that basis.
// Test-only: never imported by lib/.

import { t } from '@/lib/i18n';
import { followerChange, followersAt, pointsByAuthor } from '@/lib/insights/follower-change';
import type { Change, FollowerCard, Overview, OverviewInput, PostCard, TopBy } from '@/lib/insights/overview';
import type { CardUnit, OverviewRow, PostCardId, PostFigure } from '@/lib/insights/overview-measures';
import type { Period } from '@/lib/insights/overview-period';
import type { ErPref } from '@/lib/metrics';

const DAY_MS = 86_400_000;
const DEFAULT_TOP_POSTS = 5;

const previousPeriod = (p: Period): Period => ({ start: p.start - (p.end - p.start), end: p.start });
// Kept in step since (the trend's calendar days): a period's trend is cut at the midnights of the
// zone the tests run in (UTC, vitest.config.ts), its first and last day cut short by the period.
const nextMidnight = (t: number): number => Math.floor(t / DAY_MS) * DAY_MS + DAY_MS;
function dayStarts(p: Period): number[] {
  const out: number[] = [];
  for (let day = p.start; day < p.end; day = nextMidnight(day)) out.push(day);
  return out;
}
const dayIndex = (p: Period, t: number): number => Math.floor(t / DAY_MS) - Math.floor(p.start / DAY_MS);

function median(values: readonly number[]): number | null {
  const xs = values.filter((v) => Number.isFinite(v)).sort((x, y) => x - y);
  if (xs.length === 0) return null;
  const mid = xs.length >> 1;
  return xs.length % 2 === 1 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
}

// ---- overview-measures.ts ----

const noPosts = () => t('insights.measures.noPosts');

type Basis = 'views' | 'followers' | null;

interface PostMeasure {
  id: PostCardId;
  label: string;
  unit: CardUnit;
  formula: string;
  of?: (r: OverviewRow) => number | null;
  combine: (values: number[], posts: number) => number | null;
  none: string;
}

/** The medianEr measure on a basis: its ER, formula and reason are those of the basis. */
function onBasis(m: PostMeasure, basis: Basis): PostMeasure {
  if (m.id !== 'medianEr') return m;
  const key = basis === 'views' ? 'Views' : basis === 'followers' ? 'Followers' : '';
  return {
    ...m,
    formula: t(`insights.measures.medianEr.formula${key}`),
    of: (r) => (basis === null ? null : ((basis === 'views' ? r.erViews : r.erFollowers) ?? null)),
    none: t(`insights.measures.medianEr.none${key}`),
  };
}

function basisOf(rows: readonly OverviewRow[], pref: ErPref | undefined): Basis {
  const both = rows.find((r) => finite(r.erViews) && finite(r.erFollowers) && r.erBasis);
  const lead = pref === undefined ? (both?.erBasis ?? 'views') : pref === 'followers' ? 'followers' : 'views';
  const other = lead === 'views' ? 'followers' : 'views';
  const has = (b: 'views' | 'followers') =>
    rows.some((r) => finite(b === 'views' ? r.erViews : r.erFollowers));
  return has(lead) ? lead : has(other) ? other : null;
}

const sum = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((s, v) => s + v, 0));

const MEASURES: PostMeasure[] = [
  {
    id: 'posts',
    get label() {
      return t('insights.measures.posts.label');
    },
    unit: 'count',
    get formula() {
      return t('insights.measures.posts.formula');
    },
    combine: (_values, posts) => posts,
    get none() {
      return noPosts();
    },
  },
  {
    id: 'interactions',
    get label() {
      return t('insights.measures.interactions.label');
    },
    unit: 'count',
    get formula() {
      return t('insights.measures.interactions.formula');
    },
    of: (r) => r.engagement,
    combine: sum,
    get none() {
      return t('insights.measures.interactions.none');
    },
  },
  {
    id: 'medianEr',
    get label() {
      return t('insights.measures.medianEr.label');
    },
    unit: 'rate',
    get formula() {
      return t('insights.measures.medianEr.formula');
    },
    of: (r) => r.er,
    combine: (values) => median(values),
    get none() {
      return t('insights.measures.medianEr.none');
    },
  },
  {
    id: 'medianVelocity',
    get label() {
      return t('insights.measures.medianVelocity.label');
    },
    unit: 'velocity',
    get formula() {
      return t('insights.measures.medianVelocity.formula');
    },
    of: (r) => r.velocity,
    combine: (values) => median(values),
    get none() {
      return t('insights.measures.medianVelocity.none');
    },
  },
];

const finite = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

export function figure(m: PostMeasure, rows: readonly OverviewRow[]): PostFigure {
  const values = m.of ? rows.map(m.of).filter(finite) : [];
  const value = m.combine(values, rows.length);
  // Kept in step with the rule since made (2026-12-05): no post showing its interactions is the
  // reason for every card without a value, as an ER and a velocity rest on them.
  const reason =
    value !== null
      ? null
      : rows.length === 0
        ? noPosts()
        : !rows.some((r) => finite(r.engagement))
          ? t('insights.measures.interactions.none')
          : m.none;
  // Kept in step (2026-12-07): of the posts showing interactions, those without likes or comments.
  const partShown = rows.filter(
    (r) => finite(r.engagement) && (r.likes === null || r.comments === null),
  ).length;
  return { value, reason, posts: rows.length, used: m.of ? values.length : rows.length, partShown };
}

// ---- overview.ts ----

const inPeriod = (p: Period) => (r: OverviewRow) => r.date >= p.start && r.date < p.end;

export function changeOf(current: number | null, previous: number | null): Change {
  if (current === null) return { abs: null, pct: null, reason: t('insights.overview.noValueNow') };
  if (previous === null) return { abs: null, pct: null, reason: t('insights.overview.noValueBefore') };
  const abs = current - previous;
  if (previous === 0) return { abs, pct: null, reason: t('insights.overview.previousZero') };
  return { abs, pct: abs / Math.abs(previous), reason: null };
}

export function topPosts<T extends OverviewRow>(
  rows: readonly T[],
  by: TopBy | 'erViews' | 'erFollowers',
  n = DEFAULT_TOP_POSTS,
): T[] {
  const k = Math.max(0, Math.floor(n));
  const before = (a: T, b: T) =>
    b[by]! - a[by]! || b.date - a.date || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  if (k === 0) return [];
  const rated = rows.filter((r) => finite(r[by]));
  if (k >= rated.length) return rated.sort(before);
  const best: T[] = [];
  for (const r of rated) {
    if (best.length === k && before(r, best[k - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && before(r, best[at - 1]!) < 0) at--;
    best.splice(at, 0, r);
    if (best.length > k) best.pop();
  }
  return best;
}

export function buildOverview<T extends OverviewRow>(input: OverviewInput<T>): Overview<T> {
  const { period, now } = input;
  const previous = previousPeriod(period);
  // Kept in step since (a running period, 2026-12-07): while now is before the period's end, the
  // cards compare with as much of the previous period as has passed of this one, the instant
  // matching now included (1 ms more); with none of it before the period begins.
  const compared: Period =
    now >= period.end
      ? previous
      : {
          start: previous.start,
          end:
            now < period.start
              ? previous.start
              : Math.min(previous.end, previous.start + (now - period.start) + 1),
        };
  const days = dayStarts(period);
  const current = input.rows.filter(inPeriod(period));
  const before = input.rows.filter(inPeriod(compared));
  const started = (day: number) => day <= now;
  const byDay = days.map((): OverviewRow[] => []);
  for (const r of current) byDay[dayIndex(period, r.date)]!.push(r);

  // Of the rows of both periods, in the order given.
  const basis = basisOf(
    input.rows.filter((r) => inPeriod(period)(r) || inPeriod(compared)(r)),
    input.pref,
  );
  const cards = MEASURES.map((measure): PostCard => {
    const m = onBasis(measure, basis);
    const cur = figure(m, current);
    const prev = figure(m, before);
    return {
      id: m.id,
      label: m.label,
      unit: m.unit,
      formula: m.formula,
      current: cur,
      previous: prev,
      change: changeOf(cur.value, prev.value),
      daily: days.map((day, i) => (started(day) ? figure(m, byDay[i]!).value : null)),
      ...(m.id === 'medianEr' ? { erBasis: basis } : {}),
    };
  });

  const points = pointsByAuthor(input.followers);
  const followers = input.authors.map((authorKey): FollowerCard => {
    const pts = points.get(authorKey) ?? [];
    const cur = followerChange(pts, period);
    const prev = followerChange(pts, compared, previous.end - previous.start);
    return {
      authorKey,
      // Not in cc3ca51: the field came later, and the output must carry it to compare.
      read: pts.length > 0,
      label: t('insights.overview.followerChange'),
      unit: 'count',
      formula: t('insights.overview.followerFormula'),
      current: cur,
      previous: prev,
      change: changeOf(cur.value, prev.value),
      // Kept in step since (the follower card's rule): with no change, no count the card rests on
      // before the first one read inside the period, so the line starts there.
      daily: days.map((day) => {
        const at = Math.min(nextMidnight(day), period.end);
        if (!started(day)) return null;
        if (cur.value === null && !pts.some(([when]) => when > period.start && when <= at)) return null;
        return followersAt(pts, at);
      }),
    };
  });

  const n = input.top ?? DEFAULT_TOP_POSTS;
  const onCard = basis ?? 'views';
  const otherBasis = onCard === 'views' ? 'followers' : 'views';
  const hasNow = (b: 'views' | 'followers') =>
    current.some((r) => finite(b === 'views' ? r.erViews : r.erFollowers));
  const topBasis = hasNow(onCard) ? onCard : hasNow(otherBasis) ? otherBasis : null;
  return {
    period,
    previous,
    compared,
    partial: period.end > now,
    days,
    cards,
    followers,
    // Kept in step since: the top posts by ER rank on the card's basis, else (no post of this
    // period has one there) on the other.
    topErBasis: topBasis,
    top: {
      er: topBasis === null ? [] : topPosts(current, topBasis === 'views' ? 'erViews' : 'erFollowers', n),
      velocity: topPosts(current, 'velocity', n),
      outlier: topPosts(current, 'outlier', n),
    },
  };
}
