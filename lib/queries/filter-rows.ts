// Which rows the posts table shows: by platform, author, posting date, text, tag and author set.
// Pure.

import type { Platform } from '../types';
import type { PostRow } from './rows';

export interface RowFilter {
  platform: Platform | null;
  authorKey: string | null;
  /** Inclusive epoch ms bounds on PostRow.date. */
  from: number | null;
  to: number | null;
  text: string;
  /** Only posts carrying this tag (absent or null: any post). */
  tag?: string | null;
  /** Only posts by the authors of this author set (absent or null: any author). */
  setId?: string | null;
}

/**
 * What filterRows needs of the user's annotations (lib/annotations' shape, declared here so the
 * read models do not depend on where annotations are stored).
 */
export interface RowMarks {
  tags: Readonly<Record<string, readonly string[]>>;
  sets: readonly { id: string; authorKeys: readonly string[] }[];
}

export const EMPTY_FILTER: RowFilter = { platform: null, authorKey: null, from: null, to: null, text: '' };

export function filterRows(rows: readonly PostRow[], f: RowFilter, marks?: RowMarks): PostRow[] {
  const needle = f.text.trim().toLocaleLowerCase();
  const tag = f.tag ?? null;
  // A set that no longer exists (deleted in another tab) matches no author, rather than all.
  const setAuthors = f.setId ? new Set(marks?.sets.find((s) => s.id === f.setId)?.authorKeys ?? []) : null;
  return rows.filter(
    (r) =>
      (tag === null || (marks?.tags[r.key] ?? []).includes(tag)) &&
      (setAuthors === null || (r.authorKey !== null && setAuthors.has(r.authorKey))) &&
      (f.platform === null || r.platform === f.platform) &&
      (f.authorKey === null || r.authorKey === f.authorKey) &&
      (f.from === null || r.date >= f.from) &&
      (f.to === null || r.date <= f.to) &&
      (needle === '' ||
        r.text.toLocaleLowerCase().includes(needle) ||
        (r.authorHandle ?? '').toLocaleLowerCase().includes(needle) ||
        (r.authorName ?? '').toLocaleLowerCase().includes(needle)),
  );
}
