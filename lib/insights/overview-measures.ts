// The Overview's four post cards: what each one measures and how a set of posts gives its value.
// Pure. A figure a post does not have (no counts shown, no ER, one reading only) is left out, and
// the value is null with the reason when no post has it: never 0. The words are read when a card is
// built (getters), so they are in the language of the page showing it.
//
// A set of posts is read once into a Tally (what all four cards need of it), and each card's value
// comes from the tally: the Overview reads every post once for its period, the period before and
// the post's day, instead of once per card per set (a map, a filter and a copy each time).

import { t } from '../i18n';
import { median } from '../metrics';
import type { PostRow } from '../queries';

/**
 * firstSeen, when given, bounds the date: a post was posted no later than PostLens first saw it (a
 * day alone read as a midnight in a zone behind the page's, or a clock ahead of the user's).
 */
export type OverviewRow = Pick<PostRow, 'key' | 'date' | 'engagement' | 'er' | 'velocity' | 'outlier'> &
  Partial<Pick<PostRow, 'firstSeen'>>;
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

/** What a set of posts holds for the cards: filled by tally(), read by figure(). */
export interface Tally {
  posts: number;
  /** The sum of the engagement shown (added in the posts' order) and how many posts showed it. */
  engagement: number;
  engaged: number;
  ers: number[];
  velocities: number[];
}

export const emptyTally = (): Tally => ({ posts: 0, engagement: 0, engaged: 0, ers: [], velocities: [] });

export const finite = (v: number | null | undefined): v is number =>
  typeof v === 'number' && Number.isFinite(v);

/**
 * Adds one post to the tally, given its figures already checked (a number when finite, else null):
 * the Overview adds each post of its period to two tallies and ranks it by its figures too.
 */
export function tally(t: Tally, engagement: number | null, er: number | null, velocity: number | null): void {
  t.posts++;
  if (engagement !== null) {
    t.engagement += engagement;
    t.engaged++;
  }
  if (er !== null) t.ers.push(er);
  if (velocity !== null) t.velocities.push(velocity);
}

/** The value when finite, else null. */
export const finiteOrNull = (v: number | null | undefined): number | null => (finite(v) ? v : null);

export interface PostMeasure {
  id: PostCardId;
  label: string;
  unit: CardUnit;
  formula: string;
  /** The card's value for a set of posts; null when none of them has the figure it rests on. */
  value: (t: Tally) => number | null;
  /** Of the set's posts, how many have that figure (every post for the posts count). */
  used: (t: Tally) => number;
  none: string;
}

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
    value: (s) => s.posts,
    used: (s) => s.posts,
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
    value: (s) => (s.engaged === 0 ? null : s.engagement),
    used: (s) => s.engaged,
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
    value: (s) => median(s.ers),
    used: (s) => s.ers.length,
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
    value: (s) => median(s.velocities),
    used: (s) => s.velocities.length,
    get none() {
      return t('insights.measures.medianVelocity.none');
    },
  },
];

export function figure(m: PostMeasure, s: Tally): PostFigure {
  const value = m.value(s);
  // An ER and a velocity rest on the interactions: where no post shows them, that is why there is
  // none, not the followers, views or readings the card's own reason names.
  const reason =
    value !== null
      ? null
      : s.posts === 0
        ? noPosts()
        : s.engaged === 0
          ? t('insights.measures.interactions.none')
          : m.none;
  return { value, reason, posts: s.posts, used: m.used(s) };
}
