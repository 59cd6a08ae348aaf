// What a post row's rates are and, when one is blank, what it still needs: the posts table's hover
// text, the popup's (on hover and in its "How these are worked out" list), and a post's page,
// which writes them out beside the rates and names its snapshot table's formulas. The badge card
// says the same in full. Pure: the row holds all it needs.
import { formatDateTime, formatNumber, formatPercent } from '../format';
import { t, uiLocale } from '../i18n';
import { authorRef, ER_FIELD, OUTLIER_MIN_POSTS } from '../metrics';
import { factsOf, PLATFORM_NAMES } from '../platforms';
import { likesAreScore, type Platform } from '../types';
import type { AuthorStats } from './author-stats';
import type { PostRow } from './rows';

export const RATE_FIELDS = ['er', 'erFollowers', 'erViews', 'velocity', 'outlier'] as const;
export type RateField = (typeof RATE_FIELDS)[number];

export interface RateNote {
  formula: string;
  /** What the rate still needs (null when it has a value). */
  needs: string | null;
}

/** Each rate's formula, asked in the user's language when shown. */
const FORMULAS: Record<Exclude<RateField, 'er'>, () => string> = {
  erFollowers: () => t('rateNotes.formula.erFollowers'),
  erViews: () => t('rateNotes.formula.erViews'),
  velocity: () => t('rateNotes.formula.velocity'),
  outlier: () => t('rateNotes.formula.outlier'),
};

/** The author as the badge card names them (@handle, or the name where the handle is an id or path). */
const who = (r: PostRow): string => authorRef({ handle: r.authorHandle, name: r.authorName });

/** Whether opening the author's profile can give this post an ER by followers (not on Reddit). */
const profileFollowers = (r: PostRow): boolean => factsOf(r.platform)?.profileFollowers !== false;

/** A reading's time as the notes name it: date and time, in the user's language. */
const when = (ms: number): string => formatDateTime(ms, uiLocale());

/**
 * Why a velocity is blank: what the post's readings lack (PostRow.velocityGap). A row made without
 * it says what its latest reading and count of readings tell.
 */
function velocityNeeds(r: PostRow): string {
  const gap = r.velocityGap;
  if (gap === 'counts' || (gap === undefined && r.engagement === null)) return t('badge.needs.counts');
  if (r.snapshotCount < 2) return t('badge.needs.readings', r.snapshotCount);
  const [from, to] = r.velocityReadings ?? [];
  if (gap === 'rounded' && from !== undefined && to !== undefined)
    return t('rateNotes.velocityRounded', when(from), when(to));
  return gap === 'shared' ? t('rateNotes.needsSharedCount') : t('badge.needs.spaced');
}

/** A velocity's formula, naming the two readings it is between when it has them. */
function velocityFormula(r: PostRow): string {
  const [from, to] = r.velocityReadings ?? [];
  return r.velocity !== null && from !== undefined && to !== undefined
    ? t('rateNotes.formula.velocityBetween', when(from), when(to))
    : rateFormula('velocity');
}

/**
 * An outlier score's formula with its inputs, as the author's Median ER and a velocity name theirs:
 * the basis it is taken on, the median ER it divides by and how many other posts that median rests
 * on (PostRow.outlierMedian, outlierPosts: fillOutliers keeps them with the score). A row without
 * them (made elsewhere) names the formula alone.
 */
function outlierFormula(r: PostRow): string {
  const { outlierMedian: med, outlierPosts: posts, erBasis } = r;
  if (r.outlier === null || erBasis === null || med == null || posts == null) return rateFormula('outlier');
  const locale = uiLocale();
  return t(
    erBasis === 'views' ? 'rateNotes.formula.outlierViews' : 'rateNotes.formula.outlierFollowers',
    formatPercent(med, locale),
    formatNumber(posts, locale),
  );
}

/** Why a rate is blank, from the first input it lacks. */
function needs(r: PostRow, field: RateField): string | null {
  if (r[field] !== null) return null;
  // A velocity's readings need not be the latest: it has its own reasons.
  if (field === 'velocity') return velocityNeeds(r);
  if (r.engagement === null) return t('badge.needs.counts');
  switch (field) {
    case 'er':
      // Followers known (the profile was read) yet no ER: they are 0, so views are what it lacks.
      if (r.followers !== null)
        return r.views === null ? t('rateNotes.needsViews') : t('rateNotes.needsMore');
      return profileFollowers(r)
        ? t('rateNotes.needsBasis', who(r))
        : t('rateNotes.needsBasisNoFollowers', PLATFORM_NAMES[r.platform] ?? r.platform);
    case 'erFollowers':
      if (r.followers !== null) return t('rateNotes.needsMore');
      // A profile that shows no followers is not worth opening (the badge never asks for it either).
      return profileFollowers(r) ? t('badge.chip.openProfile', who(r)) : t('badge.needs.followers');
    case 'erViews':
      return r.views === null ? t('rateNotes.needsViews') : t('rateNotes.needsMore');
    case 'outlier':
      return r.er === null ? t('rateNotes.needsEr') : t('rateNotes.needsOthers', OUTLIER_MIN_POSTS, who(r));
  }
}

/** A rate's formula alone, for a page that shows the rate of many readings (a post's snapshots). */
export function rateFormula(field: Exclude<RateField, 'er'>): string {
  return FORMULAS[field]();
}

/**
 * How a figure of many posts names the count PostLens reads as their likes: 'likes' when none is
 * a Reddit post (or there are none), 'score' when all are (likesAreScore), 'mixed' when some are:
 * "likes (score on Reddit)", as a sum of both is neither alone.
 */
export type LikesWord = 'likes' | 'score' | 'mixed';

/** The LikesWord of `posts` posts of which `scorePosts` are on a platform whose likes are a score. */
export const likesWordOf = (scorePosts: number, posts: number): LikesWord =>
  scorePosts <= 0 ? 'likes' : scorePosts >= posts ? 'score' : 'mixed';

/** How these posts count likes (likesWordOf): those of a platform whose likes are a score counted. */
export const likesWordOfPosts = (posts: readonly { platform: Platform }[]): LikesWord => {
  let score = 0;
  for (const p of posts) if (likesAreScore(p.platform)) score++;
  return likesWordOf(score, posts.length);
};

/** The ER formulas of many posts, on each basis (er: as Settings choose), by their LikesWord. */
const MANY_ER = {
  likes: {
    er: 'rateNotes.formula.er',
    erViews: 'rateNotes.formula.erViews',
    erFollowers: 'rateNotes.formula.erFollowers',
  },
  score: {
    er: 'rateNotes.redditFormula.er',
    erViews: 'rateNotes.redditFormula.erViews',
    erFollowers: 'rateNotes.redditFormula.erFollowers',
  },
  mixed: {
    er: 'rateNotes.mixedFormula.er',
    erViews: 'rateNotes.mixedFormula.erViews',
    erFollowers: 'rateNotes.mixedFormula.erFollowers',
  },
} as const;

/** An ER's formula for a list of posts (the Insights' top posts), named as their platforms count likes. */
export function postsErFormula(field: 'er' | 'erFollowers' | 'erViews', likes: LikesWord): string {
  return t(MANY_ER[likes][field]);
}

/** One post's ER formula: a Reddit post's likes are its score (upvotes − downvotes), named so. */
export function postErFormula(field: 'er' | 'erFollowers' | 'erViews', platform: string): string {
  return postsErFormula(field, likesAreScore(platform) ? 'score' : 'likes');
}

export function rateNote(r: PostRow, field: RateField): RateNote {
  // The ER the settings lead with is by views or by followers (erBasis); blank, it is either.
  const on = field === 'er' && r.erBasis ? ER_FIELD[r.erBasis] : field;
  const formula =
    on === 'er' || on === 'erFollowers' || on === 'erViews'
      ? postErFormula(on, r.platform)
      : on === 'velocity'
        ? velocityFormula(r)
        : outlierFormula(r);
  return { formula, needs: needs(r, field) };
}

/** One line for a title attribute: what is missing first, then the formula. */
export function rateTitle(r: PostRow, field: RateField): string {
  const { formula, needs: n } = rateNote(r, field);
  return n === null ? formula : `${n} · ${formula}`;
}

/**
 * What a shown rate by followers must say when its followers were not read with the post's latest
 * reading but are the author's latest known count, read at another time (PostRow.followersFrom
 * 'author'): a rate resting on a count from another day is not like one read at once. By followers
 * are ER by followers, and the ER and outlier score when taken on that basis (the outlier divides
 * the post's ER by followers). Null otherwise, and for a blank rate (it shows no figure).
 */
export function followersSourceNote(r: PostRow, field: RateField): string | null {
  if (r[field] === null || r.followersFrom !== 'author') return null;
  const byFollowers =
    field === 'erFollowers' || ((field === 'er' || field === 'outlier') && r.erBasis === 'followers');
  return byFollowers ? t('dashboard.columns.rateFromAuthorFollowers') : null;
}

/** rateTitle, and where the rate's followers are from when they were read at another time. */
export function rateSourcedTitle(r: PostRow, field: RateField): string {
  const title = rateTitle(r, field);
  const from = followersSourceNote(r, field);
  return from === null ? title : `${title} · ${from}`;
}

/**
 * What to do to get a post an ER, for the popup's card: null when it has one. Said out loud, not
 * on hover only: it is the one step a user can take (open the post, or the author's profile).
 */
export function rateHint(r: PostRow): string | null {
  if (r.er !== null) return null;
  if (r.engagement === null) return t('badge.chip.openPostNoCounts');
  // Where profiles show no followers (Reddit), nothing the user can open gives a post's views or
  // its author's followers.
  // Followers already read (0 of them): opening the profile again gives no ER either.
  return profileFollowers(r) && r.followers === null ? t('rateNotes.needsBasis', who(r)) : null;
}

/** The author figures' formulas on each basis (their ERs are all on one: AuthorStats.erBasis). */
const AUTHOR_ER = {
  views: {
    medianEr: 'rateNotes.author.medianErViews',
    meanEr: 'rateNotes.author.meanErViews',
  },
  followers: {
    medianEr: 'rateNotes.author.medianErFollowers',
    meanEr: 'rateNotes.author.meanErFollowers',
  },
  // No post has an ER: the figures are blank, and either basis could have been taken.
  none: {
    medianEr: 'rateNotes.author.medianEr',
    meanEr: 'rateNotes.author.meanEr',
  },
} as const;

/** The same for a Reddit author (or a set of Reddit authors), whose posts' likes are their score. */
const REDDIT_AUTHOR_ER = {
  views: {
    medianEr: 'rateNotes.author.redditMedianErViews',
    meanEr: 'rateNotes.author.redditMeanErViews',
  },
  followers: {
    medianEr: 'rateNotes.author.redditMedianErFollowers',
    meanEr: 'rateNotes.author.redditMeanErFollowers',
  },
  none: {
    medianEr: 'rateNotes.author.redditMedianEr',
    meanEr: 'rateNotes.author.redditMeanEr',
  },
} as const;

/** The same for a set of authors whose posts are on Reddit and elsewhere: "likes (score on Reddit)". */
const MIXED_AUTHOR_ER = {
  views: {
    medianEr: 'rateNotes.author.mixedMedianErViews',
    meanEr: 'rateNotes.author.mixedMeanErViews',
  },
  followers: {
    medianEr: 'rateNotes.author.mixedMedianErFollowers',
    meanEr: 'rateNotes.author.mixedMeanErFollowers',
  },
  none: {
    medianEr: 'rateNotes.author.mixedMedianEr',
    meanEr: 'rateNotes.author.mixedMeanEr',
  },
} as const;

const AUTHOR_FORMULAS = {
  likes: { er: AUTHOR_ER, total: 'rateNotes.author.totalEngagement' },
  score: { er: REDDIT_AUTHOR_ER, total: 'rateNotes.author.redditTotalEngagement' },
  mixed: { er: MIXED_AUTHOR_ER, total: 'rateNotes.author.mixedTotalEngagement' },
} as const;

/** An author's figures' formulas, each naming how many of the posts seen it is made of and, for
 * the ERs, on which basis: the popup's profile summary and the dashboard's comparison give them
 * on hover. `platform`: the author's (a Reddit author's ERs name the score). Without it (a set of
 * authors, Sets compared), the stats' own posts say it (AuthorStats.scorePosts): a set of Reddit
 * and X authors adds Reddit's scores to X's likes, and says so. */
export function authorFormulas(
  s: Pick<AuthorStats, 'postsSeen' | 'postsWithEr' | 'postsDated' | 'postsWithEngagement' | 'erBasis'> &
    Partial<Pick<AuthorStats, 'scorePosts'>>,
  locale?: string,
  platform?: string,
): { medianEr: string; meanEr: string; postsPerWeek: string; totalEngagement: string } {
  const n = (v: number) => formatNumber(v, locale);
  const likes: LikesWord =
    platform !== undefined
      ? likesAreScore(platform)
        ? 'score'
        : 'likes'
      : likesWordOf(s.scorePosts ?? 0, s.postsSeen);
  const words = AUTHOR_FORMULAS[likes];
  // Stats made without a basis (none known) read as none.
  const keys = words.er[s.erBasis ?? 'none'];
  return {
    medianEr: t(keys.medianEr, n(s.postsWithEr), n(s.postsSeen)),
    meanEr: t(keys.meanEr, n(s.postsWithEr), n(s.postsSeen)),
    postsPerWeek: t('rateNotes.author.postsPerWeek', n(s.postsDated), n(s.postsSeen)),
    totalEngagement: t(words.total, n(s.postsWithEngagement), n(s.postsSeen)),
  };
}
