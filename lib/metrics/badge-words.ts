// The words and number formats a badge's card is written in: one formatter of each kind per
// locale, the names of counts and denominators in formulas, the count rows' labels, the bands
// in words. Pure, like badge-model.ts.

import { formatPercent, formatPosted, handleLabel, isolated } from '../format';
import { t } from '../i18n';
import type { Bands } from '../settings';
import { type CountField, likesAreScore, type PostReading } from '../types';

export type Band = 'below' | 'typical' | 'strong' | 'viral';

// Building an Intl formatter costs far more than using one, and a feed renders thousands of
// badges in one locale: keep one of each per locale.
const NUMBER_OPTIONS = {
  int: { maximumFractionDigits: 0 },
  sig2: { maximumSignificantDigits: 2 },
} as const satisfies Record<string, Intl.NumberFormatOptions>;
const formats = new Map<string, { format(v: number): string }>();

function formatter(
  locale: string,
  kind: keyof typeof NUMBER_OPTIONS | 'date' | 'sig' | 'plain',
  digits = 0,
): { format(v: number): string } {
  const key = `${kind}${digits}|${locale}`;
  let f = formats.get(key);
  if (!f) {
    f =
      kind === 'date'
        ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
        : kind === 'sig' || kind === 'plain'
          ? // 'plain': digits a Number() reads back ("1234.5"), to know what a shown number is.
            new Intl.NumberFormat(locale, { maximumSignificantDigits: digits, useGrouping: kind === 'sig' })
          : new Intl.NumberFormat(locale, NUMBER_OPTIONS[kind]);
    formats.set(key, f);
  }
  return f;
}

const relatives = new Map<string, Intl.RelativeTimeFormat>();

/**
 * "2 days ago", "3 hours ago", "5 minutes ago", in the locale the card's numbers are in. Always
 * numeric: a rounded span is no calendar day, and "yesterday" (or German "vorgestern") would name
 * one (25 hours before 00:30 is the day before yesterday).
 */
export function ago(at: number, now: number, locale: string): string {
  let relative = relatives.get(locale);
  if (!relative) {
    relative = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
    relatives.set(locale, relative);
  }
  // Rounded before the unit is chosen: 59.6 minutes is "1 hour ago", not "60 minutes ago".
  const minutes = Math.max(0, now - at) / 60_000;
  if (Math.round(minutes) < 60) return relative.format(-Math.round(minutes), 'minute');
  if (Math.round(minutes / 60) < 24) return relative.format(-Math.round(minutes / 60), 'hour');
  return relative.format(-Math.round(minutes / 1440), 'day');
}

/** The card's numbers in one locale. */
export interface CardNumbers {
  /** A count, whole ("1,234"). */
  nf(v: number): string;
  /** A computed figure: whole numbers from 10, two significant digits below (3.2, 0.85). */
  num(v: number): string;
  /**
   * A rate: two decimals of a percent below 10%, one from there; two significant digits below
   * 0.1%, where two decimals would round a rate that is not 0 to 0% (30 likes on 1M views).
   */
  pct(v: number): string;
  /** A moment, date and time. */
  date(at: number): string;
  /** A posting time as stored: a moment as date(), a day alone ("2026-03-04") as that day. */
  posted(publishedAt: string): string;
  /**
   * A divisor as a formula shows it ("1,000 / 1.04 h" beside 962/h): as num() writes it, or with
   * as many more significant digits as it takes for the numbers shown to give the figure shown
   * (`figure` of the divisor): num() wrote 62 minutes as "1 h", and 1,000 / 1 is not 962.
   */
  divisor(d: number, figure: (d: number) => string): string;
}

/** `v` rounded to `digits` significant digits, as a formatter of that many writes it. */
function roundedTo(v: number, digits: number): number {
  return Number(formatter('en', 'plain', digits).format(v));
}

export function cardNumbers(locale: string): CardNumbers {
  const fmt = (kind: keyof typeof NUMBER_OPTIONS | 'date', v: number) => formatter(locale, kind).format(v);
  return {
    nf: (v) => fmt('int', v),
    num: (v) => fmt(Math.abs(v) >= 10 ? 'int' : 'sig2', v),
    // The pages' rule, from the one place that states it (lib/format.ts).
    pct: (v) => formatPercent(v, locale),
    date: (at) => fmt('date', at),
    // A day alone as the calendar day it names, in any zone (the pages' rule, lib/format.ts).
    posted: (at) => formatPosted(at, true, locale),
    divisor(d, figure) {
      const want = figure(d);
      const whole = Math.abs(d) >= 1 ? Math.floor(Math.log10(Math.abs(d))) + 1 : 1;
      // From num()'s own digits (two, or the whole number from 10) up to all 17 a double has, at
      // which the divisor is itself and gives the figure.
      for (let digits = Math.max(2, whole); digits < 17; digits++)
        if (figure(roundedTo(d, digits)) === want) return formatter(locale, 'sig', digits).format(d);
      return formatter(locale, 'sig', 17).format(d);
    },
  };
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
export const term = (name: keyof typeof TERMS) => TERMS[name]();

/** The card's count rows. */
export const COUNT_LABELS = {
  likes: () => t('badge.count.likes'),
  comments: () => t('badge.count.comments'),
  reposts: () => t('badge.count.reposts'),
  saves: () => t('badge.count.saves'),
  views: () => t('badge.count.views'),
  score: () => t('badge.count.score'),
};

/** A count as the post's platform names it: a Reddit post's likes are its score (likesAreScore). */
const named = (f: CountField, platform: string) => (f === 'likes' && likesAreScore(platform) ? 'score' : f);
/** A count's name in a formula, as the post's platform names it ("score" for a Reddit post's likes). */
export const countTerm = (f: CountField, platform: string): string => term(named(f, platform));
/** A count's row label on the card, as the post's platform names it ("Score" on Reddit). */
export const countLabel = (f: CountField, platform: string): string => COUNT_LABELS[named(f, platform)]();

/** The band, for a screen reader: "strong for this platform". */
export const BAND_WORDS: Record<Band, () => string> = {
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

/**
 * How the author is named in the card: @handle, or the name where the handle is an id or path
 * (handleLabel writes no "@" there), else that id or path as it is.
 */
export function authorRef({ handle, name }: PostReading['author']): string {
  const label = handle ? handleLabel(handle) : null;
  if (label?.startsWith('@')) return isolated(label);
  return name ? isolated(name) : label ? isolated(label) : t('badge.theAuthor');
}

/** A Reddit permalink's subreddit, "r/name" ("/r/name/comments/…"); null for a user's own posts. */
export function subredditOf(url: string): string | null {
  return url.match(/^https:\/\/[^/]+\/(r\/[A-Za-z0-9_]{2,32})\/comments\//)?.[1] ?? null;
}
