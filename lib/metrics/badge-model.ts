// What a post's badge and card say, computed from the reading, what the background knows about
// the post and the user's bands. Pure: no DOM, no browser; the clock only when the caller hands
// in no "now". The badge component only draws it, and `npm run inspect -- --badges` prints it.
//
// The headline rule, the same on every platform: an engagement rate (by views or by followers,
// the user's preference first) → else a velocity (recent, between two stored readings; else
// lifetime, since posting) → else the post against the author's usual → else the action that
// unlocks a rate. The headline never repeats a number the page already shows.
//
// The card's parts: its words and numbers (badge-words.ts), the followers and rates
// (badge-card.ts), velocity and the outlier (badge-velocity.ts); the rule itself is here.

import { handleLabel, isolated, percentAsShown } from '../format';
import { t, tn } from '../i18n';
import type { PostKnowledge } from '../messages';
import type { Bands, ErPreference } from '../settings';
import type { PostReading, ProfileReading } from '../types';
import { COUNT_FIELDS, type Figure, followersOf, rateFigures, redditFigures, startCard } from './badge-card';
import { outlierFigure, velocityFigures } from './badge-velocity';
import { BAND_WORDS, type Band, bandOf, countLabel, term } from './badge-words';
import {
  type ErBasis,
  erByFollowers,
  erByViews,
  OUTLIER_MIN_POSTS,
  preferredEr,
  sharedEngagement,
} from './rates';
import { MIN_AGE_MS } from './time-rates';

export { PER_MEMBERS } from './badge-card';
export { authorRef, type Band, bandOf, subredditOf } from './badge-words';
export type { Figure };

/**
 * What the headline is. 'raw' (a count the page shows) is the old lead, which this rule no longer
 * gives: it stays in the type so inspect's readers and the coverage test can name it.
 */
export type HeadlineKind = 'rate' | 'velocity' | 'outlier' | 'action' | 'raw';

export interface BadgeView {
  key: string;
  /** The chip's text, exactly: "2.4% of views", "38 eng/h since posting", "open @a's profile…". */
  headline: string;
  kind: HeadlineKind;
  /** The headline's formula with its inputs. */
  formula: string;
  /** Colour band, for a rate only: the platform's bands apply to engagement rates. */
  band: Band | null;
  /**
   * The band in the card's words, with the rate it judged ("strong for this platform, as an ER by
   * followers"); null without a band. Optional: a view built by hand (tests, tools) may lack it.
   */
  bandNote?: string | null;
  /** The headline in words, its band and the news (recent velocity, outlier): screen readers. */
  label: string;
  counts: Array<{ label: string; value: string }>;
  figures: Figure[];
  /** "First seen … · last seen … · 2 stored readings", or that nothing is stored yet. */
  seen: string;
  /** Engagement over time, oldest first (sparkline). */
  history: number[];
  /** Author as the page shows them (text, never markup). */
  author: string;
}

export interface BadgeInput {
  reading: PostReading;
  knowledge: PostKnowledge | undefined;
  /** The platform's bands; without them (inspect) no band. */
  bands?: Bands;
  preference: ErPreference;
  /** The user's locale (BCP 47): numbers, dates and relative times; a parameter, so tests fix it. */
  locale: string;
  /** Epoch ms; defaults to the clock. */
  now?: number;
  /**
   * The page's profile header: its followers count when it is the post's author; on Reddit, a
   * subreddit's members for the posts of that subreddit.
   */
  profile?: ProfileReading | null;
  /**
   * Whether the platform's author profiles show followers to read (its descriptor's
   * profileFollowers; default true): the badge asks the user to open one only where they do.
   */
  profileFollowers?: boolean;
  /**
   * Stored posts of the author (this one included) before "× usual" means anything; default
   * OUTLIER_MIN_STORED_POSTS. A parameter, not yet a setting: lib/settings.ts and the options
   * page belong to other work.
   */
  outlierMinPosts?: number;
}

/**
 * The dashboard's minimum (OUTLIER_MIN_POSTS other posts), counted with this post: the same post
 * is an outlier on its badge exactly when it is one in the dashboard.
 */
export const OUTLIER_MIN_STORED_POSTS = OUTLIER_MIN_POSTS + 1;

/** What a closed badge shows, and the card's start it came from (see buildBadgeView). */
export type BadgeHead = Pick<
  BadgeView,
  'key' | 'headline' | 'kind' | 'formula' | 'band' | 'bandNote' | 'label' | 'figures'
>;

/**
 * The headline, its formula, band and words, and the figures: everything the rule decides. The
 * card's other parts (counts, seen, history, author) are worded by buildBadgeView alone, so a
 * closed badge (badge-chip.ts) does not word them for every post of a feed.
 */
export function buildBadgeHead(input: BadgeInput): { head: BadgeHead; card: ReturnType<typeof startCard> } {
  const { reading, bands, preference } = input;
  const now = input.now ?? Date.now();
  const c = startCard({ ...input, now });
  const { reddit, who, handle, views, eng, engSym, figures, date } = c;

  // 1. Engagement rates, by views and by followers (the card's first two figures); on Reddit, the
  // score per members and the upvote ratio.
  const { followers, from: followersFrom } = followersOf(c);
  const er = preferredEr(reading, followers, preference);
  rateFigures(c, followers, followersFrom);
  if (reddit) redditFigures(c);
  // 2. Velocity, lifetime and recent. 3. The post against the author's usual.
  const { lead: velocity, age, published } = velocityFigures(c);
  const { outlier, figure: fOutlier } = outlierFigure(
    c,
    erOnMedianBasis(input, er, followers),
    input.outlierMinPosts ?? OUTLIER_MIN_STORED_POSTS,
  );

  // The headline: a rate, else a velocity, else the outlier, else what unlocks a rate.
  let kind: HeadlineKind = 'action';
  let headline: string;
  let formula: string;
  let band: Band | null = null;
  let bandNote: string | null = null;
  if (er) {
    kind = 'rate';
    headline =
      er.basis === 'views'
        ? t('badge.chip.rateViews', c.pct(er.value))
        : t('badge.chip.rateFollowers', c.pct(er.value));
    formula = figures[er.basis === 'views' ? 0 : 1]!.formula;
    // Judged on the rate as the headline shows it, so that the band and the figure agree. The
    // platform's one set of bands judges either basis, and 2% of followers is not 2% of views
    // (er-basis.ts): the card says which rate the band judged.
    band = bands ? bandOf(percentAsShown(er.value), bands) : null;
    bandNote = band
      ? er.basis === 'views'
        ? t('badge.bandOn.views', BAND_WORDS[band]())
        : t('badge.bandOn.followers', BAND_WORDS[band]())
      : null;
  } else if (velocity) {
    kind = 'velocity';
    [headline, formula] = [velocity.chip, velocity.figure.formula];
  } else if (outlier) {
    kind = 'outlier';
    [headline, formula] = [outlier, fOutlier.formula];
  } else {
    // What unlocks a rate, and the formula it unlocks.
    // On Reddit, the score per hour, or the comments per hour where the page hides the score.
    const perHourOf = `${eng === null ? term('views') : reddit ? term(reading.likes === null ? 'comments' : 'score') : engSym} / ${term('hoursSincePosting')}`;
    [headline, formula] =
      eng === null && views === null
        ? [t('badge.chip.openPostNoCounts'), t('badge.formula.anyBasis', engSym)]
        : age === 'young'
          ? [t('badge.chip.tooNew', date(published + MIN_AGE_MS)), perHourOf]
          : // A profile read as 0 followers gives no rate: opening it again would not either.
            eng !== null && handle && followers === null && input.profileFollowers !== false
            ? [t('badge.chip.openProfile', who), `${engSym} / ${term('followers')}`]
            : age === 'future'
              ? // The page shows a posting time, ahead of this clock: opening the post shows the
                // same; a rate comes when the post is old enough by this clock.
                [t('badge.chip.tooNew', date(published + MIN_AGE_MS)), perHourOf]
              : [t('badge.chip.openPostForTime'), perHourOf];
  }

  // In words: "PostLens: +76 engagements per hour between visits, …".
  const parts = [t('badge.aria.headline', kind === 'velocity' ? velocity!.spoken : headline)];
  if (band) parts.push(BAND_WORDS[band]());
  if (kind === 'rate' && velocity?.recent) parts.push(velocity.spoken);
  if (outlier && kind !== 'outlier') parts.push(outlier);

  const head: BadgeHead = {
    key: `${reading.platform}:${reading.postId}`,
    headline,
    kind,
    formula,
    band,
    bandNote,
    label: parts.join(', '),
    figures,
  };
  return { head, card: c };
}

/**
 * This post's ER on the basis of the author's median ER, for the outlier. The background takes
 * that median on the basis this post's latest stored reading gives (authorMedianErBasis), which
 * need not be the one this page gives: a feed without the views the post page showed rates by
 * followers. An ER by followers over a median ER by views is no comparison: the post's ER on the
 * median's basis where this page gives it, else none (the outlier then compares engagement).
 */
function erOnMedianBasis(
  input: BadgeInput,
  er: { value: number; basis: ErBasis } | null,
  followers: number | null,
): { value: number } | null {
  const basis = input.knowledge?.authorMedianErBasis;
  // null: the background took no median ER (this post's latest stored reading had no ER, or no
  // other post has one); its authorPostCount then counts no posts. The outlier compares
  // engagement (or views) instead. Undefined: a background that predates the field.
  if (er && basis === null) return null;
  if (!er || !basis || basis === er.basis) return er;
  const value = basis === 'views' ? erByViews(input.reading) : erByFollowers(input.reading, followers);
  return value === null ? null : { value };
}

export function buildBadgeView(input: BadgeInput): BadgeView {
  const { head, card: c } = buildBadgeHead(input);
  const { reading } = input;
  const { k, handle, nf, date } = c;
  const stored = k?.history ?? [];
  return {
    key: head.key,
    headline: head.headline,
    kind: head.kind,
    formula: head.formula,
    band: head.band,
    bandNote: head.bandNote,
    label: head.label,
    counts: [...COUNT_FIELDS, 'views' as const].map((f) => ({
      label: countLabel(f, reading.platform),
      value: reading[f] === null ? t('badge.notShown') : nf(reading[f]!),
    })),
    figures: head.figures,
    seen: k ? tn('badge.seen', stored.length, date(k.firstSeen), date(k.lastSeen)) : t('badge.notStored'),
    // Each reading over the counts every stored reading shows: a missing count is no drop.
    history: sharedEngagement(stored),
    author: [reading.author.name && isolated(reading.author.name), handle && isolated(handleLabel(handle))]
      .filter(Boolean)
      .join(' '),
  };
}
