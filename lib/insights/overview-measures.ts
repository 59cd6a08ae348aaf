// The Overview's four post cards: what each one measures and how a set of posts gives its value.
// Pure. A figure a post does not have (no counts shown, no ER, one reading only) is left out, and
// the value is null with the reason when no post has it: never 0.

import { median } from '../metrics';
import type { PostRow } from '../queries';

export type OverviewRow = Pick<PostRow, 'key' | 'date' | 'engagement' | 'er' | 'velocity' | 'outlier'>;
export type PostCardId = 'posts' | 'interactions' | 'medianEr' | 'medianVelocity';
export type CardUnit = 'count' | 'rate' | 'velocity';

export interface PostFigure {
  value: number | null;
  /** Why value is null; null when it is not. */
  reason: string | null;
  /** Posts seen in the period, and of those the posts with the figure the value rests on. */
  posts: number;
  used: number;
}

export const NO_POSTS = 'no posts seen in this period';

export interface PostMeasure {
  id: PostCardId;
  label: string;
  unit: CardUnit;
  formula: string;
  /** The figure of one post this card rests on; undefined for the posts count. */
  of?: (r: OverviewRow) => number | null;
  combine: (values: number[], posts: number) => number | null;
  none: string;
}

const sum = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((s, v) => s + v, 0));

export const MEASURES: PostMeasure[] = [
  {
    id: 'posts',
    label: 'Posts seen',
    unit: 'count',
    formula: 'posts whose posted time (else first seen) t is in the period: start ≤ t < end',
    combine: (_values, posts) => posts,
    none: NO_POSTS,
  },
  {
    id: 'interactions',
    label: 'Interactions',
    unit: 'count',
    formula: 'Σ interactions (likes + comments + reposts + saves, as last read) of the posts seen',
    of: (r) => r.engagement,
    combine: sum,
    none: 'none of the posts seen shows its counts',
  },
  {
    id: 'medianEr',
    label: 'Median engagement rate',
    unit: 'rate',
    formula: 'median of the posts seen with an ER of (interactions ÷ followers, or ÷ views)',
    of: (r) => r.er,
    combine: (values) => median(values),
    none: 'no post seen has an ER: followers and views are unknown',
  },
  {
    id: 'medianVelocity',
    label: 'Median velocity',
    unit: 'velocity',
    formula:
      'median of the posts seen with two readings of (interactions gained per hour between the two latest)',
    of: (r) => r.velocity,
    combine: (values) => median(values),
    none: 'no post seen has two readings yet: velocity needs two',
  },
];

export const finite = (v: number | null | undefined): v is number =>
  typeof v === 'number' && Number.isFinite(v);

export function figure(m: PostMeasure, rows: readonly OverviewRow[]): PostFigure {
  const values = m.of ? rows.map(m.of).filter(finite) : [];
  const value = m.combine(values, rows.length);
  const reason = value !== null ? null : rows.length === 0 ? NO_POSTS : m.none;
  return { value, reason, posts: rows.length, used: m.of ? values.length : rows.length };
}
