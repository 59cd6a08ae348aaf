// A card's figures over time: counts per hour since posting (lifetime), change per hour between
// the last stored reading and one at least MIN_AGE_MS before it (recent), and the post against
// the author's usual. Pure.

import { t, tn } from '../i18n';
import { postedMs } from '../types';
import type { Card, Figure } from './badge-card';
import { countTerm, term } from './badge-words';
import { ratio, velocity } from './rates';
import { roundedCount, roundingOf } from './rounding';
import { ageOf, dayAgeRange, MIN_AGE_MS, pairVelocity, recentPair, type StoredReading } from './time-rates';

/**
 * The velocity to lead with: the chip's text, its figure, the same in words for a screen reader
 * ("+76 engagements per hour between visits") and whether it is the recent one.
 */
export interface LeadVelocity {
  chip: string;
  figure: Figure;
  spoken: string;
  recent: boolean;
}

/** The post's age as ageOf gives it, and its posting time (NaN when the page showed none). */
export type PostAge = { age: ReturnType<typeof ageOf>; published: number };

/**
 * Adds the velocity figures. Reddit: score and comments; elsewhere engagement and views. Returns
 * the velocity to lead with (the recent one where known) and the post's age.
 */
export function velocityFigures(c: Card): { lead: LeadVelocity | null } & PostAge {
  const { reading, nf, num, date, posted, divisor } = c;
  const age = ageOf(reading.publishedAt, c.now);
  const published = postedMs(reading.publishedAt);
  // A page that named only the day gives a range of ages, not one: each figure since posting is
  // then a range too (or, while the youngest age is under MIN_AGE_MS, its floor alone).
  const span = typeof age === 'number' ? dayAgeRange(reading.publishedAt, c.now) : null;
  const ageText =
    age === 'unknown'
      ? t('badge.from.noPostingTime')
      : typeof age === 'number'
        ? t(span ? 'badge.from.postedDay' : 'badge.from.posted', posted(reading.publishedAt!))
        : age === 'future'
          ? t('badge.from.postedInFuture', posted(reading.publishedAt!))
          : t('badge.from.postedTooNew', posted(reading.publishedAt!));
  let lead: LeadVelocity | null = null;
  // Each: its label, its formula's numerator, its count, the count as shown, then the chip's and
  // the spoken text (each one message, $1 the figure).
  type Words = (v: string) => string;
  const lifetime: ReadonlyArray<
    readonly [string, string, number | null, (c: number) => string, Words, Words]
  > = c.reddit
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
          c.engSym,
          c.eng,
          () => c.engNum,
          (v) => t('badge.chip.engagementsSincePosting', v),
          (v) => t('badge.spoken.engagementsSincePosting', v),
        ],
        [
          t('badge.label.viewsSincePosting'),
          term('views'),
          c.views,
          nf,
          (v) => t('badge.chip.viewsSincePosting', v),
          (v) => t('badge.spoken.viewsSincePosting', v),
        ],
      ];
  for (const [label, sym, count, shownAs, chip, spoken] of lifetime) {
    if (count === null) continue;
    // The hours with the digits the figure needs: 1,000 / 1.04 h is 962/h, 1,000 / 1 h is not.
    const over = (h: number) => `${shownAs(count)} / ${divisor(h, (d) => num(count / d))} h`;
    let shown: string | null = null;
    let inputs = '';
    if (span) {
      // Oldest first: the lower figure, then the higher (none while the post may be minutes old).
      const [youngest, oldest] = span;
      const high = youngest * 3_600_000 >= MIN_AGE_MS ? count / youngest : null;
      shown = high === null ? `≥ ${num(count / oldest)}` : `${num(count / oldest)}–${num(high)}`;
      inputs = high === null ? over(oldest) : `${over(oldest)} – ${over(youngest)}`;
    } else if (typeof age === 'number') {
      shown = num(count / age);
      inputs = over(age);
    }
    const f = c.fig(
      label,
      shown === null ? null : `${shown}/h`,
      t('badge.needs.postingTime'),
      `${sym} / ${term('hoursSincePosting')}`,
      inputs,
      ageText,
    );
    if (shown !== null && !lead)
      lead = { chip: chip(shown), figure: f, spoken: spoken(shown), recent: false };
  }

  const stored = c.k?.history ?? [];
  // The pair recentVelocity compares, and its velocity; with none, the card says when the pair's
  // counts' rounding alone left none.
  const picked = recentPair(stored);
  const rv = picked && pairVelocity(picked);
  // The engagement compared is named count by count ("Δ (likes + comments)"): only the counts
  // shown in both readings are, so the formula's numbers are theirs, not the totals shown.
  const compared =
    picked && picked.fields.length > 0
      ? picked.fields.map((f) => countTerm(f, c.reading.platform))
      : [term('engagements')];
  const engWhat = compared.length === 1 ? compared[0]! : `(${compared.join(' + ')})`;
  const engPair: Pair | null = rv && {
    from: rv.from,
    to: rv.to,
    perHour: rv.engagementPerHour,
    later: rv.toEngagement,
    earlier: rv.fromEngagement,
  };
  // Views between visits only where both readings show views: the pair the engagement compares,
  // else the last reading that shows views and one at least MIN_AGE_MS before it that does (a
  // video grid shows plays alone). None where their change may be rounding alone.
  const viewsFromTo =
    rv && Number.isFinite(rv.from.views) && Number.isFinite(rv.to.views) ? rv : viewsBetweenVisits(stored);
  const viewsRounded = viewsFromTo && roundedCount(viewsFromTo.from, viewsFromTo.to, ['views']);
  const viewsPair: Pair | null =
    viewsFromTo && !viewsRounded
      ? {
          from: viewsFromTo.from,
          to: viewsFromTo.to,
          // The same rule, and so the same number, as the tables' velocity.
          perHour: velocity(viewsFromTo.from, viewsFromTo.to)!.viewsPerHour!,
          later: viewsFromTo.to.views!,
          earlier: viewsFromTo.from.views!,
        }
      : null;
  // Each: its label, the counts compared, the pair's figure, the readings compared (also where
  // their change may be rounding alone) and the count that may be rounded.
  for (const [label, what, i, pair, ends, rounded] of [
    [
      t('badge.label.engagementsBetweenVisits'),
      engWhat,
      1,
      engPair,
      picked,
      !rv && picked && roundedCount(picked.from, picked.to, picked.fields),
    ],
    [t('badge.label.viewsBetweenVisits'), term('views'), 2, viewsPair, viewsFromTo, viewsRounded],
  ] as const) {
    if (i === 2 && !ends) continue;
    const v = pair?.perHour;
    const signed = typeof v === 'number' ? `${v < 0 ? '−' : '+'}${num(Math.abs(v))}` : null;
    const f = c.fig(
      label,
      signed && `${signed}/h`,
      // A pair whose change may be a compact count's rounding ("1.2K" then "1,234"); else two or
      // more stored readings without a pair to compare: seconds apart, or not showing the same
      // counts (a video grid shows plays alone).
      rounded
        ? t(
            'badge.needs.rounded',
            nf(rounded[1]),
            countTerm(rounded[0], c.reading.platform),
            `${nf(rounded[1])}–${nf(rounded[1] + roundingOf(rounded[1]) - 1)}`,
          )
        : stored.length >= 2
          ? t('badge.needs.spaced')
          : t('badge.needs.readings', nf(stored.length)),
      `Δ ${what} / Δ ${term('hours')}`,
      pair
        ? `(${nf(pair.later)} − ${nf(pair.earlier)}) / ${divisor((pair.to.capturedAt - pair.from.capturedAt) / 3_600_000, (h) => num(Math.abs(pair.later - pair.earlier) / h))} h`
        : '',
      ends
        ? t('badge.from.readings', date(ends.from.capturedAt), date(ends.to.capturedAt))
        : t('badge.from.readingRule'),
    );
    // The recent velocity, where known, is the one to lead with.
    if (signed && i === 1)
      lead = {
        chip: t('badge.chip.engagementsBetweenVisits', signed),
        figure: f,
        spoken: t('badge.spoken.engagementsBetweenVisits', signed),
        recent: true,
      };
  }
  return { lead, age, published };
}

/** Two stored readings compared: the change per hour and its two ends. */
interface Pair {
  from: StoredReading;
  to: StoredReading;
  perHour: number;
  later: number;
  earlier: number;
}

/**
 * The last stored reading that shows views and the latest one at least MIN_AGE_MS before it that
 * does (readings seconds apart are noise, as in recentVelocity).
 */
function viewsBetweenVisits(history: readonly StoredReading[]): Pick<Pair, 'from' | 'to'> | null {
  const shown = history.filter((r) => Number.isFinite(r.views));
  // With none shown, `shown` is empty and no reading is looked at: `from` is undefined.
  const to = shown.pop()!;
  const from = shown.findLast((r) => to.capturedAt - r.capturedAt >= MIN_AGE_MS);
  return from ? { from, to } : null;
}

/**
 * Adds the figure of the post against the author's usual: the median over their other stored
 * posts, of the same measure (ER, else engagement, else views). Returns the chip's text, or null
 * while fewer than `minPosts` of the author's posts are stored.
 */
export function outlierFigure(
  c: Card,
  er: { value: number } | null,
  minPosts: number,
): { outlier: string | null; figure: Figure } {
  const { k, who, nf, num } = c;
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
      : c.eng !== null
        ? ([
            t('badge.needs.medianEngagement'),
            t('badge.formula.medianEngagement', who),
            c.eng,
            ...(k?.authorMedians?.engagement ?? []),
          ] as const)
        : ([
            t('badge.needs.medianViews'),
            t('badge.formula.medianViews', who),
            c.views,
            ...(k?.authorMedians?.views ?? []),
          ] as const);
  // How many other posts the median rests on; null where the background does not say (one that
  // predates authorMedians): a count not known, not 0 ("1 so far" of an author with 40 posts).
  const others = typeof mOthers === 'number' ? mOthers : null;
  const mFmt = er ? c.pct : nf;
  const enough = others !== null && others + 1 >= minPosts;
  const score = enough ? ratio(mValue, mMedian) : null;
  const outlier = score === null ? null : t('badge.chip.outlier', num(score));
  const figure = c.fig(
    t('badge.label.outlier', who),
    outlier,
    enough
      ? mNeed
      : others !== null
        ? tn('badge.needs.postsSoFar', minPosts, who, nf(others + 1))
        : tn('badge.needs.posts', minPosts, who),
    mFormula,
    `${mFmt(mValue!)} / ${mFmt(mMedian!)}`,
    others !== null ? tn('badge.from.otherPosts', others, who) : t('badge.from.postsYouSee'),
  );
  return { outlier, figure };
}
