// "Sets compared": each author set's posts measured as one author's, so a brand can be
// set against its competitors with the same figures the author comparison uses. Pure.

import type { AuthorSet } from '@/lib/annotations';
import { formatNumber } from '@/lib/format';
import { type ErPref, median } from '@/lib/metrics';
import { isCommunity } from '@/lib/platforms';
import {
  type AuthorStats,
  authorBasis,
  authorFormulas,
  authorStats,
  type PostRow,
  timeSpan,
} from '@/lib/queries';
import { type ErBasis, keyParts } from '@/lib/types';
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

/**
 * A row's stats (an author's, a set's) on its table's one basis (authorBasis of all the table's
 * rows), so that no row's ER stands beside another's on the other basis: ERs by views and by
 * followers are unlike figures, often ten times apart. Stats already on it are kept; else taken
 * anew on it from the row's posts (stats made with another lead may have passed over it); a row
 * whose posts have no ER on it has no ER figure, its formula saying 0 posts have one on it.
 * `best`: how many best posts the stats keep.
 */
export function statsOn(
  stats: AuthorStats,
  rows: readonly PostRow[],
  basis: ErBasis | null,
  best: number,
): AuthorStats {
  if (basis === null || stats.erBasis === basis) return stats;
  const anew = authorStats(stats.key, rows, best, basis);
  if (anew.erBasis === basis) return anew;
  return { ...stats, erBasis: basis, postsWithEr: 0, medianEr: null, meanEr: null, bestPosts: [] };
}

/** A set's figures as the table shows them: with the median velocity's formula too. */
export interface SetFiguresShown extends SetFigures {
  /**
   * The table's one ER basis, every set's median ER on it (statsOn); null when no post of any set
   * has an ER.
   */
  erBasis: ErBasis | null;
  /** The median velocity's formula: of how many of the posts seen (those with a velocity). */
  medianVelocityFormula: string;
  /** The total engagement's formula: of how many of the posts seen (those that show counts). */
  totalEngagementFormula: string;
  /** How many of the set's authors PostLens has no record of (0 when that is not known). */
  unrecorded: number;
  /** The Authors figure's formula when some have no record: of how many of the set's it is. */
  authorsFormula?: string;
}

/**
 * `pref`: Settings' ER choice the rows were made with, which leads the table's one basis (every
 * set's median ER is on it);
 * `locale`: the one the formulas write their numbers in;
 * `recorded`: the keys PostLens has an author record of, the only ones counted as a set's authors
 * (compareSetsShown); null or left out when not known, and every key is counted.
 */
export function compareSets(
  sets: readonly AuthorSet[],
  rows: readonly PostRow[],
  pref?: ErPref,
  locale?: string,
  recorded?: ReadonlySet<string> | null,
): SetFigures[] {
  return compareSetsShown(sets, rows, pref, locale, recorded).map(
    ({
      medianVelocityFormula: _,
      totalEngagementFormula: __,
      erBasis: ___,
      unrecorded: ____,
      authorsFormula: _____,
      ...figures
    }) => figures,
  );
}

/** The posts of any of the sets, by their authors' keys. */
function setsPosts(sets: readonly AuthorSet[], rows: readonly PostRow[]): PostRow[] {
  const keys = new Set(sets.flatMap((s) => s.authorKeys));
  return rows.filter((r) => r.authorKey !== null && keys.has(r.authorKey));
}

/**
 * The earliest and latest times PostLens read the sets' posts (their first and latest readings:
 * firstSeen, lastSeen), which the sets' figures rest on; null with no post.
 */
export function setsReadingSpan(
  sets: readonly AuthorSet[],
  rows: readonly PostRow[],
): [number, number] | null {
  return timeSpan(setsPosts(sets, rows).flatMap((r) => [r.firstSeen, r.lastSeen]));
}

/**
 * compareSets' figures with the formulas of the median velocity, the total engagement and (when
 * some of a set's authors have no record) the authors, for the table's titles and its report.
 */
export function compareSetsShown(
  sets: readonly AuthorSet[],
  rows: readonly PostRow[],
  pref?: ErPref,
  locale?: string,
  recorded?: ReadonlySet<string> | null,
): SetFiguresShown[] {
  // The set's keys as stored sets are read (checkAnnotations): in lower case, as posts carry them.
  const posts = sets.map((set) => {
    const keys = new Set(set.authorKeys);
    return rows.filter((r) => r.authorKey !== null && keys.has(r.authorKey));
  });
  // One basis for the whole table, taken over every set's posts, as the heatmap takes one for all
  // its cells: a set rated by followers (0.5%) beside one by views (4.5%) would read as ten times
  // less engaging.
  const basis = authorBasis(posts.flat(), pref);
  return sets.map((set, i) => {
    const keys = new Set(set.authorKeys);
    const mine = posts[i]!;
    const stats = statsOn(authorStats(set.id, mine, 0, pref), mine, basis, 0);
    const velocities = mine.map((r) => r.velocity).filter((v): v is number => v !== null);
    const formulas = authorFormulas(stats, locale);
    // Its people only: a community in it is no author (setAuthors), and has no posts to add. Of
    // those, the ones PostLens has a record of: a deleted author (or an imported set's key never
    // read here) is no author it knows, and counting it said "2 authors" of a set of none.
    const people = setAuthors([...keys]);
    const unrecorded = recorded ? people.filter((k) => !recorded.has(k)).length : 0;
    const authors = people.length - unrecorded;
    return {
      id: set.id,
      name: set.name,
      authors,
      unrecorded,
      ...(unrecorded > 0
        ? {
            authorsFormula: t(
              'annotations.compared.authorsOf',
              formatNumber(authors, locale),
              formatNumber(people.length, locale),
            ),
          }
        : {}),
      postsSeen: stats.postsSeen,
      medianEr: stats.medianEr,
      medianErFormula: formulas.medianEr,
      erBasis: basis,
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
