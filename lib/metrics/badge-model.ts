// What a post's badge and card say, computed from the reading, what the background knows about
// the post and the user's bands. Pure: no DOM, no browser; the clock only when the caller hands
// in no "now". The badge component only draws it, and `npm run inspect -- --badges` prints it.
//
// The headline rule, the same on every platform: an engagement rate (by views or by followers,
// the user's preference first) → else a velocity (recent, between two stored readings; else
// lifetime, since posting) → else the post against the author's usual → else the action that
// unlocks a rate. The headline never repeats a number the page already shows.

import { t, tn } from '../i18n';
import type { PostKnowledge } from '../messages';
import type { Bands, ErPreference } from '../settings';
import type { PostReading, ProfileReading } from '../types';
import { engagement, preferredEr, ratio } from './rates';
import { ageOf, MIN_AGE_MS, perHour, recentVelocity } from './time-rates';

export type Band = 'below' | 'typical' | 'strong' | 'viral';

/**
 * What the headline is. 'raw' (a count the page shows) is the old lead, which this rule no longer
 * gives: it stays in the type so inspect's readers and the coverage test can name it.
 */
export type HeadlineKind = 'rate' | 'velocity' | 'outlier' | 'action' | 'raw';

/** One figure of the card: its value (or what it needs), its formula and where its inputs come from. */
export interface Figure {
  label: string;
  value: string;
  formula: string;
  from: string;
}

export interface BadgeView {
  key: string;
  /** The chip's text, exactly: "2.4% of views", "38 eng/h since posting", "open @a's profile…". */
  headline: string;
  kind: HeadlineKind;
  /** The headline's formula with its inputs. */
  formula: string;
  /** Colour band, for a rate only: the platform's bands apply to engagement rates. */
  band: Band | null;
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
   * Stored posts of the author (this one included) before "× usual" means anything; default 5.
   * A parameter, not yet a setting: lib/settings.ts and the options page belong to other work.
   */
  outlierMinPosts?: number;
}

export const OUTLIER_MIN_STORED_POSTS = 5;

// Building an Intl formatter costs far more than using one, and a feed renders thousands of
// badges in one locale: keep one of each per locale.
const NUMBER_OPTIONS = {
  int: { maximumFractionDigits: 0 },
  sig2: { maximumSignificantDigits: 2 },
  pct1: { style: 'percent', maximumFractionDigits: 1 },
  pct2: { style: 'percent', maximumFractionDigits: 2 },
} as const satisfies Record<string, Intl.NumberFormatOptions>;
const formats = new Map<string, { format(v: number): string }>();

function formatter(
  locale: string,
  kind: keyof typeof NUMBER_OPTIONS | 'date',
): { format(v: number): string } {
  const key = `${kind}|${locale}`;
  let f = formats.get(key);
  if (!f) {
    f =
      kind === 'date'
        ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
        : new Intl.NumberFormat(locale, NUMBER_OPTIONS[kind]);
    formats.set(key, f);
  }
  return f;
}

const relatives = new Map<string, Intl.RelativeTimeFormat>();

/** "2 days ago", "3 hours ago", "5 minutes ago", in the locale the card's numbers are in. */
function ago(at: number, now: number, locale: string): string {
  let relative = relatives.get(locale);
  if (!relative) {
    relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    relatives.set(locale, relative);
  }
  const minutes = Math.max(0, now - at) / 60_000;
  if (minutes < 60) return relative.format(-Math.round(minutes), 'minute');
  if (minutes < 1440) return relative.format(-Math.round(minutes / 60), 'hour');
  return relative.format(-Math.round(minutes / 1440), 'day');
}

/** A count's or a denominator's name in a formula ("likes", "views", "hours since posting"). */
const TERMS = {
  likes: () => t('badge.term.likes'),
  comments: () => t('badge.term.comments'),
  reposts: () => t('badge.term.reposts'),
  saves: () => t('badge.term.saves'),
  score: () => t('badge.term.score'),
  views: () => t('badge.term.views'),
  followers: () => t('badge.term.followers'),
  engagements: () => t('badge.term.engagements'),
  members: () => t('badge.term.members'),
  hours: () => t('badge.term.hours'),
  hoursSincePosting: () => t('badge.term.hoursSincePosting'),
};
const term = (name: keyof typeof TERMS) => TERMS[name]();

/** The card's count rows. */
const COUNT_LABELS = {
  likes: () => t('badge.count.likes'),
  comments: () => t('badge.count.comments'),
  reposts: () => t('badge.count.reposts'),
  saves: () => t('badge.count.saves'),
  views: () => t('badge.count.views'),
  score: () => t('badge.count.score'),
};

/** The band, for a screen reader: "strong for this platform". */
const BAND_WORDS: Record<Band, () => string> = {
  below: () => t('badge.aria.band.below'),
  typical: () => t('badge.aria.band.typical'),
  strong: () => t('badge.aria.band.strong'),
  viral: () => t('badge.aria.band.viral'),
};

export function bandOf(rate: number, bands: Bands): Band {
  if (rate >= bands.viral) return 'viral';
  if (rate >= bands.strong) return 'strong';
  if (rate >= bands.typical) return 'typical';
  return 'below';
}

/** How the author is named in the card: @handle, or the name where the handle is an id or path. */
export function authorRef({ handle, name }: PostReading['author']): string {
  if (handle && !/^\d+$|\//.test(handle)) return `@${handle}`;
  return name || (handle ? `@${handle}` : t('badge.theAuthor'));
}

const COUNT_FIELDS = ['likes', 'comments', 'reposts', 'saves'] as const;

/** A Reddit permalink's subreddit, "r/name" ("/r/name/comments/…"); null for a user's own posts. */
export function subredditOf(url: string): string | null {
  return url.match(/^https:\/\/[^/]+\/(r\/[A-Za-z0-9_]{2,32})\/comments\//)?.[1] ?? null;
}

/** Reddit's score per this many subreddit members. */
export const PER_MEMBERS = 1000;

export function buildBadgeView(input: BadgeInput): BadgeView {
  const { reading, knowledge: k, bands, preference, locale, profile } = input;
  const now = input.now ?? Date.now();
  const minPosts = input.outlierMinPosts ?? OUTLIER_MIN_STORED_POSTS;
  const fmt = (kind: keyof typeof NUMBER_OPTIONS | 'date', v: number) => formatter(locale, kind).format(v);
  const nf = (v: number) => fmt('int', v);
  /** A computed figure: whole numbers from 10, two significant digits below (3.2, 0.85). */
  const num = (v: number) => fmt(Math.abs(v) >= 10 ? 'int' : 'sig2', v);
  const pct = (v: number) => fmt(v < 0.1 ? 'pct2' : 'pct1', v);
  const date = (at: number) => fmt('date', at);
  const reddit = reading.platform === 'reddit';
  const who = authorRef(reading.author);
  const handle = reading.author.handle;
  const views = reading.views;

  // Engagement, written out over the counts the page shows.
  const eng = engagement(reading);
  const shown = COUNT_FIELDS.filter((f) => typeof reading[f] === 'number');
  /** "(a + b)", or "a" alone. */
  const sum = (xs: string[]) => (xs.length === 1 ? xs[0]! : `(${xs.join(' + ')})`);
  const engSym = sum(
    (shown.length ? shown : COUNT_FIELDS).map((f) => term(reddit && f === 'likes' ? 'score' : f)),
  );
  const engNum = sum(shown.map((f) => nf(reading[f]!)));

  // Followers, and where they were read.
  let followers: number | null = null;
  let followersFrom = '';
  if (typeof reading.author.followers === 'number') {
    followers = reading.author.followers;
    followersFrom = t('badge.from.postHeader');
  } else if (
    typeof profile?.followers === 'number' &&
    profile.platform === reading.platform &&
    profile.handle.toLowerCase() === handle?.toLowerCase()
  ) {
    followers = profile.followers;
    followersFrom = t('badge.from.pageHeader');
  } else if (typeof k?.authorFollowers === 'number') {
    followers = k.authorFollowers;
    // "read from @a's profile page 2 days ago": one message per source, with and without the time.
    const when = k.authorFollowersAt ? ago(k.authorFollowersAt, now, locale) : null;
    const source = k.authorFollowersSource;
    followersFrom =
      source === 'post'
        ? when === null
          ? t('badge.from.readPost')
          : t('badge.from.readPostAgo', when)
        : source === 'profile'
          ? when === null
            ? t('badge.from.readProfile', who)
            : t('badge.from.readProfileAgo', who, when)
          : when === null
            ? t('badge.from.readVisit')
            : t('badge.from.readVisitAgo', when);
  }

  const figures: Figure[] = [];
  /** Adds a figure: its value, or what it needs ("needs views"); its formula, with the inputs once computable. */
  const fig = (
    label: string,
    v: string | null,
    need: string,
    formula: string,
    inputs: string,
    from: string,
  ): Figure => {
    const f = {
      label,
      value: v ?? need,
      formula: v === null ? formula : `${formula} = ${inputs}`,
      from,
    };
    figures.push(f);
    return f;
  };

  // 1. Engagement rates, by views and by followers.
  const er = preferredEr(reading, followers, preference);
  for (const [basis, d] of [
    ['views', views],
    ['followers', followers],
  ] as const) {
    const v = ratio(eng, d);
    const byViews = basis === 'views';
    fig(
      byViews ? t('badge.label.erByViews') : t('badge.label.erByFollowers'),
      v === null ? null : pct(v),
      eng === null ? t('badge.needs.counts') : byViews ? t('badge.needs.views') : t('badge.needs.followers'),
      `${engSym} / ${term(basis)}`,
      `${engNum} / ${nf(d!)}`,
      byViews
        ? d === null
          ? t('badge.from.erViewsNotShown')
          : t('badge.from.erViews', nf(d))
        : d === null
          ? t('badge.from.erFollowersUnknown', who)
          : t('badge.from.erFollowers', nf(d), followersFrom),
    );
  }

  // Reddit: the score per 1,000 members of the post's subreddit, where the page's header shows
  // them (a subreddit's post page); and Reddit's upvote ratio, where the page gives it. Neither is
  // a headline: members are not a post's audience (its readers come from feeds and r/popular, and
  // every post of the subreddit has the same denominator), so the platform's ER bands would not
  // apply; the chip stays with the score per hour.
  if (reddit) {
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
      fig(
        t('badge.label.scorePerMembers', nf(PER_MEMBERS)),
        v === null ? null : num(v * PER_MEMBERS),
        score === null ? t('badge.needs.counts') : t('badge.needs.members', sub),
        `${term('score')} / ${term('members')} × ${nf(PER_MEMBERS)}`,
        `${nf(score!)} / ${nf(members!)} × ${nf(PER_MEMBERS)}`,
        members === null ? t('badge.from.membersNotShown') : t('badge.from.members', nf(members), sub),
      );
    }
    const up = reading.upvoteRatio;
    figures.push({
      label: t('badge.label.upvoteRatio'),
      value: up ? pct(up.value) : t('badge.notShown'),
      formula: t('badge.formula.upvoteRatio'),
      from: !up
        ? t('badge.from.upvoteRatioNotShown')
        : up.from === 'sidebar'
          ? t('badge.from.upvoteRatioSidebar', pct(up.value))
          : t('badge.from.upvoteRatioAttribute'),
    });
  }

  // 2. Velocity: counts per hour since posting (lifetime), and change per hour between the last
  // two stored readings (recent). Reddit: score and comments; elsewhere engagement and views.
  const age = ageOf(reading.publishedAt, now);
  const published = Date.parse(reading.publishedAt!);
  const ageText =
    age === 'unknown'
      ? t('badge.from.noPostingTime')
      : typeof age === 'number'
        ? t('badge.from.posted', date(published))
        : age === 'future'
          ? t('badge.from.postedInFuture', date(published))
          : t('badge.from.postedTooNew', date(published));
  /**
   * The velocity to lead with: the chip's text, its figure, the same in words for a screen reader
   * ("+76 engagements per hour between visits") and whether it is the recent one.
   */
  let velocity: { chip: string; figure: Figure; spoken: string; recent: boolean } | null = null;
  // Each: its label, its formula's numerator, its count, the count as shown, then the chip's and
  // the spoken text (each one message, $1 the figure).
  type Words = (v: string) => string;
  const lifetime: ReadonlyArray<
    readonly [string, string, number | null, (c: number) => string, Words, Words]
  > = reddit
    ? [
        [
          t('badge.label.scoreSincePosting'),
          term('score'),
          reading.likes,
          nf,
          (v) => t('badge.chip.scoreSincePosting', v),
          (v) => t('badge.spoken.scoreSincePosting', v),
        ],
        [
          t('badge.label.commentsSincePosting'),
          term('comments'),
          reading.comments,
          nf,
          (v) => t('badge.chip.commentsSincePosting', v),
          (v) => t('badge.spoken.commentsSincePosting', v),
        ],
      ]
    : [
        [
          t('badge.label.engagementsSincePosting'),
          engSym,
          eng,
          () => engNum,
          (v) => t('badge.chip.engagementsSincePosting', v),
          (v) => t('badge.spoken.engagementsSincePosting', v),
        ],
        [
          t('badge.label.viewsSincePosting'),
          term('views'),
          views,
          nf,
          (v) => t('badge.chip.viewsSincePosting', v),
          (v) => t('badge.spoken.viewsSincePosting', v),
        ],
      ];
  for (const [label, sym, count, shownAs, chip, spoken] of lifetime) {
    if (count === null) continue;
    const v = perHour(count, age);
    const f = fig(
      label,
      v === null ? null : `${num(v)}/h`,
      t('badge.needs.postingTime'),
      `${sym} / ${term('hoursSincePosting')}`,
      `${shownAs(count)} / ${num(age as number)} h`,
      ageText,
    );
    if (v !== null && !velocity)
      velocity = { chip: chip(num(v)), figure: f, spoken: spoken(num(v)), recent: false };
  }

  const stored = k?.history ?? [];
  const rv = recentVelocity(stored);
  for (const [label, what, i] of [
    [t('badge.label.engagementsBetweenVisits'), term('engagements'), 1],
    [t('badge.label.viewsBetweenVisits'), term('views'), 2],
  ] as const) {
    const v = rv && (i === 1 ? rv.engagementPerHour : rv.viewsPerHour);
    // Views between visits only where both readings show views.
    if (i === 2 && (v === null || v === undefined)) continue;
    const signed = typeof v === 'number' ? `${v < 0 ? '−' : '+'}${num(Math.abs(v))}` : null;
    const f = fig(
      label,
      signed && `${signed}/h`,
      t('badge.needs.readings', nf(stored.length)),
      `Δ ${what} / Δ ${term('hours')}`,
      rv ? `(${nf(rv.to[i]!)} − ${nf(rv.from[i]!)}) / ${num(rv.hours)} h` : '',
      rv ? t('badge.from.readings', date(rv.from[0]), date(rv.to[0])) : t('badge.from.readingRule'),
    );
    // The recent velocity, where known, is the one to lead with.
    if (signed && i === 1)
      velocity = {
        chip: t('badge.chip.engagementsBetweenVisits', signed),
        figure: f,
        spoken: t('badge.spoken.engagementsBetweenVisits', signed),
        recent: true,
      };
  }

  // 3. The post against the author's usual: the median over their other stored posts, of the
  // same measure (ER, else engagement, else views).
  // The measure's words: what the figure needs once enough posts are stored, and its formula.
  const [mNeed, mFormula, mValue, mMedian, mOthers] =
    er !== null
      ? ([
          t('badge.needs.medianEr'),
          t('badge.formula.medianEr', who),
          er.value,
          k?.authorMedianEr,
          k?.authorPostCount,
        ] as const)
      : eng !== null
        ? ([
            t('badge.needs.medianEngagement'),
            t('badge.formula.medianEngagement', who),
            eng,
            ...(k?.authorMedians?.engagement ?? []),
          ] as const)
        : ([
            t('badge.needs.medianViews'),
            t('badge.formula.medianViews', who),
            views,
            ...(k?.authorMedians?.views ?? []),
          ] as const);
  const others = mOthers ?? 0;
  const mFmt = er ? pct : nf;
  const enough = !!k && others + 1 >= minPosts;
  const score = enough ? ratio(mValue, mMedian) : null;
  const outlier = score === null ? null : t('badge.chip.outlier', num(score));
  const fOutlier = fig(
    t('badge.label.outlier', who),
    outlier,
    enough
      ? mNeed
      : k
        ? tn('badge.needs.postsSoFar', minPosts, who, nf(others + 1))
        : tn('badge.needs.posts', minPosts, who),
    mFormula,
    `${mFmt(mValue!)} / ${mFmt(mMedian!)}`,
    k ? tn('badge.from.otherPosts', others, who) : t('badge.from.postsYouSee'),
  );

  // The headline: a rate, else a velocity, else the outlier, else what unlocks a rate.
  let kind: HeadlineKind = 'action';
  let headline: string;
  let formula: string;
  let band: Band | null = null;
  if (er) {
    kind = 'rate';
    headline =
      er.basis === 'views'
        ? t('badge.chip.rateViews', pct(er.value))
        : t('badge.chip.rateFollowers', pct(er.value));
    formula = figures[er.basis === 'views' ? 0 : 1]!.formula;
    band = bands ? bandOf(er.value, bands) : null;
  } else if (velocity) {
    kind = 'velocity';
    [headline, formula] = [velocity.chip, velocity.figure.formula];
  } else if (outlier) {
    kind = 'outlier';
    [headline, formula] = [outlier, fOutlier.formula];
  } else {
    // What unlocks a rate, and the formula it unlocks.
    const perHourOf = `${eng === null ? term('views') : reddit ? term('score') : engSym} / ${term('hoursSincePosting')}`;
    [headline, formula] =
      eng === null && views === null
        ? [t('badge.chip.openPostNoCounts'), t('badge.formula.anyBasis', engSym)]
        : age === 'young'
          ? [t('badge.chip.tooNew', date(published + MIN_AGE_MS)), perHourOf]
          : eng !== null && handle && !reddit
            ? [t('badge.chip.openProfile', who), `${engSym} / ${term('followers')}`]
            : [t('badge.chip.openPostForTime'), perHourOf];
  }

  // In words: "PostLens: +76 engagements per hour between visits, …".
  const parts = [t('badge.aria.headline', kind === 'velocity' ? velocity!.spoken : headline)];
  if (band) parts.push(BAND_WORDS[band]());
  if (kind === 'rate' && velocity?.recent) parts.push(velocity.spoken);
  if (outlier && kind !== 'outlier') parts.push(outlier);

  return {
    key: `${reading.platform}:${reading.postId}`,
    headline,
    kind,
    formula,
    band,
    label: parts.join(', '),
    counts: [...COUNT_FIELDS, 'views' as const].map((f) => ({
      label: COUNT_LABELS[reddit && f === 'likes' ? 'score' : f](),
      value: reading[f] === null ? t('badge.notShown') : nf(reading[f]!),
    })),
    figures,
    seen: k ? tn('badge.seen', stored.length, date(k.firstSeen), date(k.lastSeen)) : t('badge.notStored'),
    history: stored.map(([, e]) => e).filter((e): e is number => e !== null),
    author: [reading.author.name, handle && `@${handle}`].filter(Boolean).join(' '),
  };
}
