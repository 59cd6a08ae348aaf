// The Overview's shapes: its cards, what it is built of and what it gives (overview.ts).

import type { ErPref } from '../metrics';
import type { FollowerReading } from '../queries';
import type { ErBasis } from '../types';
import type { FollowerChange } from './follower-change';
import type { Change } from './overview-change';
import type { CardUnit, OverviewRow, PostCardId, PostFigure } from './overview-measures';
import type { Period } from './overview-period';
import type { TopBy } from './top-posts';

interface CardBase {
  label: string;
  unit: CardUnit;
  formula: string;
  change: Change;
  /** One value per day of the period (dayStarts); null for a day with nothing to say or after now. */
  daily: Array<number | null>;
}
export interface PostCard extends CardBase {
  id: PostCardId;
  current: PostFigure;
  previous: PostFigure;
  /**
   * The median ER card only: the one basis of its ERs, in both periods and on every day (chosen
   * over the posts of both periods, er-basis.ts); null when none of them has an ER.
   */
  erBasis?: ErBasis | null;
}
export interface FollowerCard extends CardBase {
  authorKey: string;
  /** Whether any follower count of this author was read, at any time (else the card is all blanks). */
  read: boolean;
  current: FollowerChange;
  previous: FollowerChange;
}

export interface Overview<T extends OverviewRow> {
  period: Period;
  /** The whole period before (for the period line); the cards compare with `compared`. */
  previous: Period;
  /**
   * What every card's previous value is of: `previous`, or while the period runs (partial) its part
   * as far into it as now is into this period (comparedSpan), so that figures so far are not set
   * against a whole period.
   */
  compared: Period;
  /** The period ends after now: its figures are so far, against `compared`, a part of `previous`. */
  partial: boolean;
  days: number[];
  cards: PostCard[];
  followers: FollowerCard[];
  top: Record<TopBy, T[]>;
  /** The one basis the top posts by ER rank on (and their ER is on); null when none has an ER. */
  topErBasis: ErBasis | null;
}

export interface OverviewInput<T extends OverviewRow> {
  rows: readonly T[];
  followers: readonly FollowerReading[];
  /** The authors to show a follower card for, in the order shown. */
  authors: readonly string[];
  period: Period;
  now: number;
  top?: number;
  /** Settings' ER choice the rows were made with; without it, it is read from the rows. */
  pref?: ErPref;
}
