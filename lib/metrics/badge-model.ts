// What a post's badge and card say, computed from the reading, what the background knows about
// the post and the user's bands. Pure: no DOM, no browser; the badge component only renders it.

import type { PostKnowledge } from '../messages';
import type { Bands, ErPreference } from '../settings';
import type { PostReading } from '../types';
import { engagement, erByFollowers, erByViews } from './rates';

export type Band = 'below' | 'typical' | 'strong' | 'viral';

export interface BadgeView {
  key: string;
  /** Big figure: "2.4%" for a rate, "1,234" for a raw engagement count, "—" when nothing shown. */
  headline: string;
  basis: 'views' | 'followers' | 'engagement' | 'none';
  basisText: string;
  band: Band | null;
  velocity: string | null;
  outlier: string | null;
  /** Everything above in words, for screen readers and the tooltip title. */
  label: string;
  counts: Array<{ label: string; value: string }>;
  rates: Array<{ label: string; formula: string; value: string }>;
  firstSeen: string | null;
  lastSeen: string | null;
  /** Engagement over time, oldest first (sparkline). */
  history: number[];
  /** Author as the page shows them (text, never markup). */
  author: string;
}

export interface BadgeInput {
  reading: PostReading;
  knowledge: PostKnowledge | undefined;
  bands: Bands;
  preference: ErPreference;
  locale: string;
}

const FORMULA = '(likes + comments + reposts + saves)';

// Building an Intl formatter costs far more than using one, and a feed renders thousands of
// badges in one locale: keep one of each per locale.
const NUMBER_OPTIONS = {
  int: { maximumFractionDigits: 0 },
  pct1: { style: 'percent', maximumFractionDigits: 1 },
  pct2: { style: 'percent', maximumFractionDigits: 2 },
} as const satisfies Record<string, Intl.NumberFormatOptions>;
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, kind: keyof typeof NUMBER_OPTIONS): Intl.NumberFormat {
  const key = `${kind}|${locale}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, NUMBER_OPTIONS[kind]);
    numberFormats.set(key, f);
  }
  return f;
}

function dateFormatter(locale: string): Intl.DateTimeFormat {
  let f = dateFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    dateFormats.set(locale, f);
  }
  return f;
}

export function bandOf(rate: number, bands: Bands): Band {
  if (rate >= bands.viral) return 'viral';
  if (rate >= bands.strong) return 'strong';
  if (rate >= bands.typical) return 'typical';
  return 'below';
}

export function buildBadgeView({ reading, knowledge, bands, preference, locale }: BadgeInput): BadgeView {
  const nf = formatter(locale, 'int');
  const pct = (v: number) => formatter(locale, v < 0.1 ? 'pct2' : 'pct1').format(v);
  const followers = reading.author.followers ?? knowledge?.authorFollowers ?? null;
  const eng = engagement(reading);
  const byViews = erByViews(reading);
  const byFollowers = erByFollowers(reading, followers);

  let basis: BadgeView['basis'] = 'none';
  let rate: number | null = null;
  if (preference !== 'followers' && byViews !== null) [basis, rate] = ['views', byViews];
  else if (preference !== 'views' && byFollowers !== null) [basis, rate] = ['followers', byFollowers];
  else if (preference === 'followers' && byViews !== null) [basis, rate] = ['views', byViews];
  else if (preference === 'views' && byFollowers !== null) [basis, rate] = ['followers', byFollowers];
  else if (eng !== null) basis = 'engagement';

  const headline = rate !== null ? pct(rate) : eng !== null ? nf.format(eng) : '—';
  const basisText =
    basis === 'views'
      ? 'ER by views'
      : basis === 'followers'
        ? 'ER by followers'
        : basis === 'engagement'
          ? 'engagements'
          : 'no counts shown';
  const band = rate !== null ? bandOf(rate, bands) : null;

  const velocity = velocityText(reading, knowledge, nf);
  const outlier = outlierText(rate, knowledge);

  const counts = (
    [
      ['Likes', reading.likes],
      ['Comments', reading.comments],
      ['Reposts', reading.reposts],
      ['Saves', reading.saves],
      ['Views', reading.views],
      ['Followers', followers],
    ] as const
  ).map(([label, v]) => ({ label, value: v === null ? 'not shown' : nf.format(v) }));

  const rates = [
    {
      label: 'ER by views',
      formula: `${FORMULA} / views`,
      value: byViews !== null ? pct(byViews) : 'needs views',
    },
    {
      label: 'ER by followers',
      formula: `${FORMULA} / followers`,
      value: byFollowers !== null ? pct(byFollowers) : 'needs followers',
    },
  ];

  const fmtTime = (t: number | undefined) =>
    t === undefined ? null : dateFormatter(locale).format(new Date(t));

  const parts = [`PostLens: ${headline} ${basisText}`];
  if (band) parts.push(`${band} for this platform`);
  if (velocity) parts.push(`${velocity} engagements per hour`.replace('/h ', ' '));
  if (outlier) parts.push(outlier);

  return {
    key: `${reading.platform}:${reading.postId}`,
    headline,
    basis,
    basisText,
    band,
    velocity,
    outlier,
    label: parts.join(', '),
    counts,
    rates,
    firstSeen: fmtTime(knowledge?.firstSeen),
    lastSeen: fmtTime(knowledge?.lastSeen),
    history: (knowledge?.history ?? []).map(([, e]) => e).filter((e): e is number => e !== null),
    author: [reading.author.name, reading.author.handle && `@${reading.author.handle}`]
      .filter(Boolean)
      .join(' '),
  };
}

/** "+120/h" since the previous snapshot that differs in time from now's reading. */
function velocityText(
  reading: PostReading,
  knowledge: PostKnowledge | undefined,
  nf: Intl.NumberFormat,
): string | null {
  const history = knowledge?.history ?? [];
  const now = engagement(reading);
  if (now === null || history.length < 2) return null;
  // The last entry is the snapshot of this very reading; compare with the one before it.
  const [t1, e1] = history[history.length - 1]!;
  const [t0, e0] = history[history.length - 2]!;
  if (e0 === null || e1 === null || t1 <= t0) return null;
  const perHour = ((e1 - e0) / (t1 - t0)) * 3_600_000;
  const sign = perHour >= 0 ? '+' : '−';
  return `${sign}${nf.format(Math.abs(Math.round(perHour)))}/h`;
}

function outlierText(rate: number | null, knowledge: PostKnowledge | undefined): string | null {
  if (rate === null || !knowledge || knowledge.authorPostCount < 3 || !knowledge.authorMedianEr) return null;
  const score = rate / knowledge.authorMedianEr;
  if (!Number.isFinite(score)) return null;
  return `${score.toFixed(1)}× usual`;
}
