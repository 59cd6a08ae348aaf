// What a post's badge and card say, computed from the reading, what the background knows about
// the post and the user's bands. Pure: no DOM, no browser; the clock only when the caller hands
// in no "now". The badge component only draws it, and `npm run inspect -- --badges` prints it.
//
// The headline rule, the same on every platform: an engagement rate (by views or by followers,
// the user's preference first) → else a velocity (recent, between two stored readings; else
// lifetime, since posting) → else the post against the author's usual → else the action that
// unlocks a rate. The headline never repeats a number the page already shows.

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
  locale: string;
  /** Epoch ms; defaults to the clock. */
  now?: number;
  /** The page's profile header: its followers count when it is the post's author. */
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

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "2 days ago", "3 hours ago", "5 minutes ago": English, like the rest of the card. */
function ago(t: number, now: number): string {
  const minutes = Math.max(0, now - t) / 60_000;
  if (minutes < 60) return relative.format(-Math.round(minutes), 'minute');
  if (minutes < 1440) return relative.format(-Math.round(minutes / 60), 'hour');
  return relative.format(-Math.round(minutes / 1440), 'day');
}

/** "1 stored reading", "2 stored readings". */
const many = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function bandOf(rate: number, bands: Bands): Band {
  if (rate >= bands.viral) return 'viral';
  if (rate >= bands.strong) return 'strong';
  if (rate >= bands.typical) return 'typical';
  return 'below';
}

/** How the author is named in the card: @handle, or the name where the handle is an id or path. */
export function authorRef({ handle, name }: PostReading['author']): string {
  if (handle && !/^\d+$|\//.test(handle)) return `@${handle}`;
  return name || (handle ? `@${handle}` : 'the author');
}

const COUNT_FIELDS = ['likes', 'comments', 'reposts', 'saves'] as const;

export function buildBadgeView(input: BadgeInput): BadgeView {
  const { reading, knowledge: k, bands, preference, locale, profile } = input;
  const now = input.now ?? Date.now();
  const minPosts = input.outlierMinPosts ?? OUTLIER_MIN_STORED_POSTS;
  const fmt = (kind: keyof typeof NUMBER_OPTIONS | 'date', v: number) => formatter(locale, kind).format(v);
  const nf = (v: number) => fmt('int', v);
  /** A computed figure: whole numbers from 10, two significant digits below (3.2, 0.85). */
  const num = (v: number) => fmt(Math.abs(v) >= 10 ? 'int' : 'sig2', v);
  const pct = (v: number) => fmt(v < 0.1 ? 'pct2' : 'pct1', v);
  const date = (t: number) => fmt('date', t);
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
    (shown.length ? shown : COUNT_FIELDS).map((f) => (reddit && f === 'likes' ? 'score' : f)),
  );
  const engNum = sum(shown.map((f) => nf(reading[f]!)));

  // Followers, and where they were read.
  let followers: number | null = null;
  let followersFrom = '';
  if (typeof reading.author.followers === 'number') {
    followers = reading.author.followers;
    followersFrom = "this post's header";
  } else if (
    typeof profile?.followers === 'number' &&
    profile.platform === reading.platform &&
    profile.handle.toLowerCase() === handle?.toLowerCase()
  ) {
    followers = profile.followers;
    followersFrom = "this page's header";
  } else if (typeof k?.authorFollowers === 'number') {
    followers = k.authorFollowers;
    followersFrom = `read from ${k.authorFollowersSource === 'post' ? "a post's header" : k.authorFollowersSource === 'profile' ? `${who}'s profile page` : 'a page you visited'}${k.authorFollowersAt ? ` ${ago(k.authorFollowersAt, now)}` : ''}`;
  }

  const figures: Figure[] = [];
  /** Adds a figure: its value, or what it needs; its formula, with the inputs once computable. */
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
      value: v ?? `needs ${need}`,
      formula: v === null ? formula : `${formula} = ${inputs}`,
      from,
    };
    figures.push(f);
    return f;
  };

  // 1. Engagement rates, by views and by followers.
  const er = preferredEr(reading, followers, preference);
  for (const [basis, d, from] of [
    ['views', views, 'this page'],
    ['followers', followers, followersFrom],
  ] as const) {
    const v = ratio(eng, d);
    fig(
      `ER by ${basis}`,
      v === null ? null : pct(v),
      eng === null ? 'counts' : basis,
      `${engSym} / ${basis}`,
      `${engNum} / ${nf(d!)}`,
      `counts: this page; ${basis}: ${d === null ? (basis === 'views' ? 'not shown here' : `open ${who}'s profile once`) : `${nf(d)}, ${from}`}`,
    );
  }

  // 2. Velocity: counts per hour since posting (lifetime), and change per hour between the last
  // two stored readings (recent). Reddit: score and comments; elsewhere engagement and views.
  const age = ageOf(reading.publishedAt, now);
  const published = Date.parse(reading.publishedAt!);
  const ageText =
    age === 'unknown'
      ? 'this page gives no posting time'
      : `posted ${date(published)}, ${typeof age === 'number' ? 'this page says' : age === 'future' ? 'in the future' : 'too new'}`;
  /** The velocity to lead with: the chip's text and its figure. */
  let velocity: [string, Figure] | null = null;
  const lifetime = reddit
    ? ([
        ['Score', 'score', reading.likes, nf, 'points'],
        ['Comments', 'comments', reading.comments, nf, 'comments'],
      ] as const)
    : ([
        ['Engagements', engSym, eng, () => engNum, 'eng'],
        ['Views', 'views', views, nf, 'views'],
      ] as const);
  for (const [label, sym, count, shownAs, unit] of lifetime) {
    if (count === null) continue;
    const v = perHour(count, age);
    const f = fig(
      `${label} per hour since posting`,
      v === null ? null : `${num(v)}/h`,
      'a posting time 5 min or more ago',
      `${sym} / hours since posting`,
      `${shownAs(count)} / ${num(age as number)} h`,
      ageText,
    );
    if (v !== null && !velocity) velocity = [`${num(v)} ${unit}/h since posting`, f];
  }

  const stored = k?.history ?? [];
  const rv = recentVelocity(stored);
  for (const [label, what, i, unit] of [
    ['Engagements', 'engagements', 1, 'eng'],
    ['Views', 'views', 2, 'views'],
  ] as const) {
    const v = rv && (i === 1 ? rv.engagementPerHour : rv.viewsPerHour);
    // Views between visits only where both readings show views.
    if (i === 2 && (v === null || v === undefined)) continue;
    const signed = typeof v === 'number' ? `${v < 0 ? '−' : '+'}${num(Math.abs(v))}` : null;
    const f = fig(
      `${label} per hour between visits`,
      signed && `${signed}/h`,
      `2 stored readings; ${stored.length} so far`,
      `Δ ${what} / Δ hours`,
      rv ? `(${nf(rv.to[i]!)} − ${nf(rv.from[i]!)}) / ${num(rv.hours)} h` : '',
      rv
        ? `PostLens readings of ${date(rv.from[0])} and ${date(rv.to[0])}`
        : 'a reading is stored when the counts change or after the snapshot interval',
    );
    // The recent velocity, where known, is the one to lead with.
    if (signed && i === 1) velocity = [`${signed} ${unit}/h between visits`, f];
  }

  // 3. The post against the author's usual: the median over their other stored posts, of the
  // same measure (ER, else engagement, else views).
  const [mName, mValue, mMedian, mOthers] =
    er !== null
      ? (['ER', er.value, k?.authorMedianEr, k?.authorPostCount] as const)
      : eng !== null
        ? (['engagement', eng, ...(k?.authorMedians?.engagement ?? [])] as const)
        : (['views', views, ...(k?.authorMedians?.views ?? [])] as const);
  const others = mOthers ?? 0;
  const mFmt = er ? pct : nf;
  const enough = !!k && others + 1 >= minPosts;
  const score = enough ? ratio(mValue, mMedian) : null;
  const outlier = score === null ? null : `${num(score)}× usual`;
  const fOutlier = fig(
    `Against ${who}'s usual`,
    outlier,
    enough
      ? `this post's ${mName} and a median above 0`
      : `${minPosts} stored posts by ${who}${k ? `; ${others + 1} so far` : ''}`,
    `${mName} / median ${mName} of ${who}'s other posts`,
    `${mFmt(mValue!)} / ${mFmt(mMedian!)}`,
    k ? `${many(others, 'other post')} by ${who} stored by PostLens` : 'PostLens stores the posts you see',
  );

  // The headline: a rate, else a velocity, else the outlier, else what unlocks a rate.
  let kind: HeadlineKind = 'action';
  let headline: string;
  let formula: string;
  let band: Band | null = null;
  if (er) {
    kind = 'rate';
    headline = `${pct(er.value)} of ${er.basis}`;
    formula = figures[er.basis === 'views' ? 0 : 1]!.formula;
    band = bands ? bandOf(er.value, bands) : null;
  } else if (velocity) {
    kind = 'velocity';
    [headline, { formula }] = velocity;
  } else if (outlier) {
    kind = 'outlier';
    [headline, formula] = [outlier, fOutlier.formula];
  } else {
    // What unlocks a rate, and the formula it unlocks.
    const perHourOf = `${eng === null ? 'views' : reddit ? 'score' : engSym} / hours since posting`;
    [headline, formula] =
      eng === null && views === null
        ? ['open the post: no counts shown here', `${engSym} / views, followers or hours since posting`]
        : age === 'young'
          ? [`too new: a rate from ${date(published + MIN_AGE_MS)}`, perHourOf]
          : eng !== null && handle && !reddit
            ? [`open ${who}'s profile once to rate by followers`, `${engSym} / followers`]
            : ['open the post for its posting time', perHourOf];
  }

  // In words: "+76 engagements per hour between visits".
  const spoken = ([, f]: [string, Figure]) => f.value.replace('/h', ' ') + f.label.toLowerCase();
  const parts = [`PostLens: ${kind === 'velocity' ? spoken(velocity!) : headline}`];
  if (band) parts.push(`${band} for this platform`);
  if (kind === 'rate' && velocity?.[1].label.endsWith('visits')) parts.push(spoken(velocity));
  if (outlier && kind !== 'outlier') parts.push(outlier);

  return {
    key: `${reading.platform}:${reading.postId}`,
    headline,
    kind,
    formula,
    band,
    label: parts.join(', '),
    counts: [...COUNT_FIELDS, 'views' as const].map((f) => ({
      label: reddit && f === 'likes' ? 'Score' : f[0]!.toUpperCase() + f.slice(1),
      value: reading[f] === null ? 'not shown' : nf(reading[f]!),
    })),
    figures,
    seen: k
      ? `First seen ${date(k.firstSeen)} · last seen ${date(k.lastSeen)} · ${many(stored.length, 'stored reading')}`
      : 'Not stored by PostLens yet',
    history: stored.map(([, e]) => e).filter((e): e is number => e !== null),
    author: [reading.author.name, handle && `@${handle}`].filter(Boolean).join(' '),
  };
}
