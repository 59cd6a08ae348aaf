// One card being written: the reading and what the background knows of the post, the card's
// numbers, and its figures so far, each with its formula and where its inputs came from. The
// followers and the rates are here; velocity and the outlier in badge-velocity.ts. Pure.

import { t } from '../i18n';
import type { PostKnowledge } from '../messages';
import type { Count, PostReading, ProfileReading } from '../types';
import { ago, authorRef, type CardNumbers, cardNumbers, countTerm, subredditOf, term } from './badge-words';
import { engagement, ratio } from './rates';

/** One figure of the card: its value (or what it needs), its formula and where its inputs come from. */
export interface Figure {
  label: string;
  value: string;
  formula: string;
  from: string;
}

export const COUNT_FIELDS = ['likes', 'comments', 'reposts', 'saves'] as const;

/** Reddit's score per this many subreddit members. */
export const PER_MEMBERS = 1000;

export interface Card extends CardNumbers {
  reading: PostReading;
  k: PostKnowledge | undefined;
  profile: ProfileReading | null | undefined;
  now: number;
  locale: string;
  reddit: boolean;
  /** The author as the card names them (authorRef). */
  who: string;
  handle: string | null;
  /** Whether the author's profile shows followers to read (BadgeInput.profileFollowers). */
  profileFollowers: boolean;
  views: Count;
  /** Engagement, and written out over the counts the page shows: "(likes + comments)", "(12 + 3)". */
  eng: number | null;
  engSym: string;
  engNum: string;
  figures: Figure[];
  /** Adds a figure: its value, or what it needs ("needs views"); its formula, with the inputs once computable. */
  fig(label: string, v: string | null, need: string, formula: string, inputs: string, from: string): Figure;
}

export function startCard(input: {
  reading: PostReading;
  knowledge: PostKnowledge | undefined;
  profile?: ProfileReading | null;
  now: number;
  locale: string;
  profileFollowers?: boolean;
}): Card {
  const { reading, locale } = input;
  const numbers = cardNumbers(locale);
  const reddit = reading.platform === 'reddit';
  const eng = engagement(reading);
  const shown = COUNT_FIELDS.filter((f) => typeof reading[f] === 'number');
  /** "(a + b)", or "a" alone. */
  const sum = (xs: string[]) => (xs.length === 1 ? xs[0]! : `(${xs.join(' + ')})`);
  const figures: Figure[] = [];
  return {
    ...numbers,
    reading,
    k: input.knowledge,
    profile: input.profile,
    now: input.now,
    locale,
    reddit,
    who: authorRef(reading.author),
    handle: reading.author.handle,
    profileFollowers: input.profileFollowers !== false,
    views: reading.views,
    eng,
    engSym: sum((shown.length ? shown : COUNT_FIELDS).map((f) => countTerm(f, reading.platform))),
    engNum: sum(shown.map((f) => numbers.nf(reading[f]!))),
    figures,
    fig(label, v, need, formula, inputs, from) {
      const f = { label, value: v ?? need, formula: v === null ? formula : `${formula} = ${inputs}`, from };
      figures.push(f);
      return f;
    },
  };
}

/** The followers a rate divides by, and where they were read; null when none is known. */
export function followersOf(c: Card): { followers: number | null; from: string } {
  const { reading, profile, k, handle } = c;
  if (typeof reading.author.followers === 'number')
    return { followers: reading.author.followers, from: t('badge.from.postHeader') };
  if (
    typeof profile?.followers === 'number' &&
    profile.platform === reading.platform &&
    profile.handle.toLowerCase() === handle?.toLowerCase()
  )
    return { followers: profile.followers, from: t('badge.from.pageHeader') };
  if (typeof k?.authorFollowers !== 'number') return { followers: null, from: '' };
  // "read from @a's profile page 2 days ago": one message per source, with and without the time.
  const when = k.authorFollowersAt ? ago(k.authorFollowersAt, c.now, c.locale) : null;
  const source = k.authorFollowersSource;
  const from =
    source === 'post'
      ? when === null
        ? t('badge.from.readPost')
        : t('badge.from.readPostAgo', when)
      : source === 'profile'
        ? when === null
          ? t('badge.from.readProfile', c.who)
          : t('badge.from.readProfileAgo', c.who, when)
        : when === null
          ? t('badge.from.readVisit')
          : t('badge.from.readVisitAgo', when);
  return { followers: k.authorFollowers, from };
}

/** The card's first two figures: engagement rates by views and by followers. */
export function rateFigures(c: Card, followers: number | null, followersFrom: string): void {
  const { eng, nf } = c;
  for (const [basis, d] of [
    ['views', c.views],
    ['followers', followers],
  ] as const) {
    const v = ratio(eng, d);
    const byViews = basis === 'views';
    c.fig(
      byViews ? t('badge.label.erByViews') : t('badge.label.erByFollowers'),
      v === null ? null : c.pct(v),
      eng === null ? t('badge.needs.counts') : byViews ? t('badge.needs.views') : t('badge.needs.followers'),
      `${c.engSym} / ${term(basis)}`,
      `${c.engNum} / ${nf(d!)}`,
      byViews
        ? d === null
          ? t('badge.from.erViewsNotShown')
          : t('badge.from.erViews', nf(d))
        : d === null
          ? // Where profiles show none (Reddit: karma), opening one gives no followers either.
            c.profileFollowers
            ? t('badge.from.erFollowersUnknown', c.who)
            : t('badge.from.erFollowersNotShown')
          : t('badge.from.erFollowers', nf(d), followersFrom),
    );
  }
}

/**
 * Reddit: the score per 1,000 members of the post's subreddit, where the page's header shows
 * them (a subreddit's post page); and Reddit's upvote ratio, where the page gives it. Neither is
 * a headline: members are not a post's audience (its readers come from feeds and r/popular, and
 * every post of the subreddit has the same denominator), so the platform's ER bands would not
 * apply; the chip stays with the score per hour.
 */
export function redditFigures(c: Card): void {
  const { reading, profile, nf } = c;
  const sub = subredditOf(reading.url);
  if (sub) {
    const members =
      profile?.platform === 'reddit' &&
      typeof profile.followers === 'number' &&
      profile.followers > 0 &&
      profile.handle.toLowerCase() === sub.toLowerCase()
        ? profile.followers
        : null;
    const score = reading.likes;
    const v = ratio(score, members);
    c.fig(
      t('badge.label.scorePerMembers', nf(PER_MEMBERS)),
      v === null ? null : c.num(v * PER_MEMBERS),
      score === null ? t('badge.needs.counts') : t('badge.needs.members', sub),
      `${term('score')} / ${term('members')} × ${nf(PER_MEMBERS)}`,
      `${nf(score!)} / ${nf(members!)} × ${nf(PER_MEMBERS)}`,
      members === null ? t('badge.from.membersNotShown') : t('badge.from.members', nf(members), sub),
    );
  }
  const up = reading.upvoteRatio;
  c.figures.push({
    label: t('badge.label.upvoteRatio'),
    value: up ? c.pct(up.value) : t('badge.notShown'),
    formula: t('badge.formula.upvoteRatio'),
    from: !up
      ? t('badge.from.upvoteRatioNotShown')
      : up.from === 'sidebar'
        ? t('badge.from.upvoteRatioSidebar', c.pct(up.value))
        : t('badge.from.upvoteRatioAttribute'),
  });
}
