// "Sets compared": each author set's posts measured as one author's, so a brand can be
// set against its competitors with the same figures the author comparison uses. Pure.

import type { AuthorSet } from '@/lib/annotations';
import { type ErPref, median } from '@/lib/metrics';
import { authorFormulas, authorStats, type PostRow } from '@/lib/queries';

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

/** `pref`: Settings' ER choice the rows were made with (a set's median ER keeps to one basis). */
export function compareSets(
  sets: readonly AuthorSet[],
  rows: readonly PostRow[],
  pref?: ErPref,
): SetFigures[] {
  return sets.map((set) => {
    // The set's keys as stored sets are read (checkAnnotations): in lower case, as posts carry them.
    const keys = new Set(set.authorKeys);
    const mine = rows.filter((r) => r.authorKey !== null && keys.has(r.authorKey));
    const stats = authorStats(set.id, mine, 0, pref);
    return {
      id: set.id,
      name: set.name,
      authors: keys.size,
      postsSeen: stats.postsSeen,
      medianEr: stats.medianEr,
      medianErFormula: authorFormulas(stats).medianEr,
      medianVelocity: median(mine.map((r) => r.velocity).filter((v): v is number => v !== null)),
      totalEngagement: stats.totalEngagement,
    };
  });
}
