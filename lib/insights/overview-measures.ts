// The Overview's four post cards: what each one measures and how a set of posts gives its value.
// Pure. A figure a post does not have (no counts shown, no ER, no two readings 5 min or more apart)
// is left out, and the value is null with the reason when no post has it: never 0. The words are
// read when a card is built (getters and functions), so they are in the language of the page
// showing it.
//
// A set of posts is read once into a Tally (what all four cards need of it), and each card's value
// comes from the tally: the Overview reads every post once for its period, the period before and
// the post's day, instead of once per card per set (a map, a filter and a copy each time).

import { t } from '../i18n';
import type { ErRates } from '../metrics';
import { median } from '../metrics';
import type { LikesWord, PostRow } from '../queries';
import type { ErBasis } from '../types';

/**
 * firstSeen, when given, bounds the date: a post was posted no later than PostLens first saw it (a
 * day alone read as a midnight in a zone behind the page's, or a clock ahead of the user's). The
 * median ER card reads erViews and erFollowers (one basis: er-basis.ts); `er` ranks the top posts.
 * platform, when given, names the interactions' likes: a Reddit post's are its score.
 */
export type OverviewRow = Pick<PostRow, 'key' | 'date' | 'engagement' | 'er' | 'velocity' | 'outlier'> &
  ErRates &
  Partial<Pick<PostRow, 'firstSeen' | 'platform' | 'likes' | 'comments'>>;
export type PostCardId = 'posts' | 'interactions' | 'medianEr' | 'medianVelocity';
export type CardUnit = 'count' | 'rate' | 'velocity';

export interface PostFigure {
  value: number | null;
  /** Why value is null; null when it is not. */
  reason: string | null;
  /** Posts seen in the period, and of those the posts with the figure the value rests on. */
  posts: number;
  used: number;
  /** Of the posts that show interactions, those showing not every count (showsPart). */
  partShown: number;
}

const noPosts = () => t('insights.measures.noPosts');

/** What a set of posts holds for the cards: filled by tally(), read by figure(). */
export interface Tally {
  posts: number;
  /** The sum of the engagement shown (added in the posts' order) and how many posts showed it. */
  engagement: number;
  engaged: number;
  /** Of the engaged posts, those showing not every count (showsPart): their interactions are part. */
  partShown: number;
  /** The posts' ERs on each basis: the median ER card takes one basis for both periods. */
  ers: Record<ErBasis, number[]>;
  velocities: number[];
}

export const emptyTally = (): Tally => ({
  posts: 0,
  engagement: 0,
  engaged: 0,
  partShown: 0,
  ers: { views: [], followers: [] },
  velocities: [],
});

export const finite = (v: number | null | undefined): v is number =>
  typeof v === 'number' && Number.isFinite(v);

/**
 * Adds one post to the tally, given its figures already checked (a number when finite, else null):
 * the Overview adds each post of its period to two tallies and ranks it by its figures too.
 */
export function tally(
  t: Tally,
  engagement: number | null,
  erViews: number | null,
  erFollowers: number | null,
  velocity: number | null,
  part = false,
): void {
  t.posts++;
  if (engagement !== null) {
    t.engagement += engagement;
    t.engaged++;
    if (part) t.partShown++;
  }
  if (erViews !== null) t.ers.views.push(erViews);
  if (erFollowers !== null) t.ers.followers.push(erFollowers);
  if (velocity !== null) t.velocities.push(velocity);
}

/**
 * A post that shows interaction counts, but not every count: no likes (Reddit's score) or no
 * comments, the two every platform read shows beside its counts (missing where an author hides the
 * likes, turns comments off, or LinkedIn leaves out a 0). Its interactions are those it shows.
 * Reposts and saves are not asked for: Instagram and YouTube show neither, Mastodon no saves. A row
 * that carries no counts at all (undefined: a caller's own rows) is not said to hide any.
 */
export const showsPart = (r: Pick<OverviewRow, 'engagement' | 'likes' | 'comments'>): boolean =>
  finite(r.engagement) && (r.likes === null || r.comments === null);

/** The value when finite, else null. */
export const finiteOrNull = (v: number | null | undefined): number | null => (finite(v) ? v : null);

/**
 * A card. `basis` is the one ER basis of the Overview (both periods and every day alike: a change
 * from an ER by views to one by followers would say nothing of the posts); only the median ER
 * card reads it. Null when no post of either period has an ER. `likes`: how the posts of both
 * periods count likes (a Reddit post's are its score); only the interactions card names them.
 */
export interface PostMeasure {
  id: PostCardId;
  label: string;
  unit: CardUnit;
  formula: (basis: ErBasis | null, likes: LikesWord) => string;
  /** The card's value for a set of posts; null when none of them has the figure it rests on. */
  value: (t: Tally, basis: ErBasis | null) => number | null;
  /** Of the set's posts, how many have that figure (every post for the posts count). */
  used: (t: Tally, basis: ErBasis | null) => number;
  none: (basis: ErBasis | null) => string;
}

const noErs: number[] = [];
const ersOn = (s: Tally, basis: ErBasis | null) => (basis === null ? noErs : s.ers[basis]);

export const MEASURES: PostMeasure[] = [
  {
    id: 'posts',
    get label() {
      return t('insights.measures.posts.label');
    },
    unit: 'count',
    formula: () => t('insights.measures.posts.formula'),
    value: (s) => s.posts,
    used: (s) => s.posts,
    none: () => noPosts(),
  },
  {
    id: 'interactions',
    get label() {
      return t('insights.measures.interactions.label');
    },
    unit: 'count',
    formula: (_basis, likes) =>
      likes === 'score'
        ? t('insights.measures.interactions.formulaScore')
        : likes === 'mixed'
          ? t('insights.measures.interactions.formulaMixed')
          : t('insights.measures.interactions.formula'),
    value: (s) => (s.engaged === 0 ? null : s.engagement),
    used: (s) => s.engaged,
    none: () => t('insights.measures.interactions.none'),
  },
  {
    id: 'medianEr',
    get label() {
      return t('insights.measures.medianEr.label');
    },
    unit: 'rate',
    formula: (basis) =>
      basis === 'views'
        ? t('insights.measures.medianEr.formulaViews')
        : basis === 'followers'
          ? t('insights.measures.medianEr.formulaFollowers')
          : // No post has an ER: the card is blank, and either basis could have been taken.
            t('insights.measures.medianEr.formula'),
    value: (s, basis) => median(ersOn(s, basis)),
    used: (s, basis) => ersOn(s, basis).length,
    // Posts with an ER on the other basis only: they are left out, and that is why.
    none: (basis) =>
      basis === 'views'
        ? t('insights.measures.medianEr.noneViews')
        : basis === 'followers'
          ? t('insights.measures.medianEr.noneFollowers')
          : t('insights.measures.medianEr.none'),
  },
  {
    id: 'medianVelocity',
    get label() {
      return t('insights.measures.medianVelocity.label');
    },
    unit: 'velocity',
    formula: () => t('insights.measures.medianVelocity.formula'),
    value: (s) => median(s.velocities),
    used: (s) => s.velocities.length,
    none: () => t('insights.measures.medianVelocity.none'),
  },
];

export function figure(m: PostMeasure, s: Tally, basis: ErBasis | null): PostFigure {
  const value = m.value(s, basis);
  // An ER and a velocity rest on the interactions: where no post shows them, that is why there is
  // none, not the followers, views or readings the card's own reason names.
  const reason =
    value !== null
      ? null
      : s.posts === 0
        ? noPosts()
        : s.engaged === 0
          ? t('insights.measures.interactions.none')
          : m.none(basis);
  return { value, reason, posts: s.posts, used: m.used(s, basis), partShown: s.partShown };
}
