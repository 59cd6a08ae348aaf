// "Sets compared": each author set's posts measured as one author's, so a brand can be
// set against its competitors with the same figures the author comparison uses. Pure.

import type { AuthorSet } from '@/lib/annotations';
import { formatNumber } from '@/lib/format';
import { type ErPref, median } from '@/lib/metrics';
import { isCommunity } from '@/lib/platforms';
import { authorFormulas, authorStats, type PostRow } from '@/lib/queries';
import { keyParts } from '@/lib/types';
import { t } from '../../lib/i18n';

/**
 * A set's keys that are authors': not a Reddit community's ("reddit:r/foo", its members read on its
 * page), which a set made before the author picker left communities out, or an imported one, may
 * hold. Its members are no followers and it has no posts of its own (each is its poster's), so it
 * is no author: neither counted nor compared as one.
 */
export function setAuthors(keys: readonly string[]): string[] {
  return keys.filter((k) => {
    // A key is "platform:handle" (authorKey); one of no known platform or no handle is no community.
    const parts = keyParts(k);
    return parts === null || !isCommunity(parts.platform, parts.rest);
  });
}

export interface SetFigures {
  id: string;
  name: string;
  authors: number;
  postsSeen: number;
  medianEr: number | null;
  /** The median ER's formula: on which one basis, of how many of the posts seen. */
  medianErFormula: string;
  medianVelocity: number | null;
  /** null when no post of the set shows a count. */
  totalEngagement: number | null;
}

/** A set's figures as the table shows them: with the median velocity's formula too. */
export interface SetFiguresShown extends SetFigures {
  /** The median velocity's formula: of how many of the posts seen (those with a velocity). */
  medianVelocityFormula: string;
  /** The total engagement's formula: of how many of the posts seen (those that show counts). */
  totalEngagementFormula: string;
}

/**
 * `pref`: Settings' ER choice the rows were made with (a set's median ER keeps to one basis);
 * `locale`: the one the formulas write their numbers in.
 */
export function compareSets(
  sets: readonly AuthorSet[],
  rows: readonly PostRow[],
  pref?: ErPref,
  locale?: string,
): SetFigures[] {
  return compareSetsShown(sets, rows, pref, locale).map(
    ({ medianVelocityFormula: _, totalEngagementFormula: __, ...figures }) => figures,
  );
}

/** compareSets' figures with the median velocity's and total engagement's formulas, for the table's titles. */
export function compareSetsShown(
  sets: readonly AuthorSet[],
  rows: readonly PostRow[],
  pref?: ErPref,
  locale?: string,
): SetFiguresShown[] {
  return sets.map((set) => {
    // The set's keys as stored sets are read (checkAnnotations): in lower case, as posts carry them.
    const keys = new Set(set.authorKeys);
    const mine = rows.filter((r) => r.authorKey !== null && keys.has(r.authorKey));
    const stats = authorStats(set.id, mine, 0, pref);
    const velocities = mine.map((r) => r.velocity).filter((v): v is number => v !== null);
    const formulas = authorFormulas(stats, locale);
    return {
      id: set.id,
      name: set.name,
      // Its people only: a community in it is no author (setAuthors), and has no posts to add.
      authors: setAuthors([...keys]).length,
      postsSeen: stats.postsSeen,
      medianEr: stats.medianEr,
      medianErFormula: formulas.medianEr,
      medianVelocity: median(velocities),
      medianVelocityFormula: t(
        'annotations.compared.medianVelocityOf',
        formatNumber(velocities.length, locale),
        formatNumber(stats.postsSeen, locale),
      ),
      totalEngagement: stats.totalEngagement,
      // Of the posts that show counts only (a count not shown is unknown, not 0).
      totalEngagementFormula: formulas.totalEngagement,
    };
  });
}
