// The Overview's four post cards: what each one measures and how a set of posts gives its value.
// Pure. A figure a post does not have (no counts shown, no ER, one reading only) is left out, and
// the value is null with the reason when no post has it: never 0. The words are read when a card is
// built (getters), so they are in the language of the page showing it.

import { t } from '../i18n';
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

const noPosts = () => t('insights.measures.noPosts');

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

export const finite = (v: number | null | undefined): v is number =>
  typeof v === 'number' && Number.isFinite(v);

export function figure(m: PostMeasure, rows: readonly OverviewRow[]): PostFigure {
  const values = m.of ? rows.map(m.of).filter(finite) : [];
  const value = m.combine(values, rows.length);
  const reason = value !== null ? null : rows.length === 0 ? noPosts() : m.none;
  return { value, reason, posts: rows.length, used: m.of ? values.length : rows.length };
}
