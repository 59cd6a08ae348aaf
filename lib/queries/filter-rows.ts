// Which rows the posts table shows: by platform, author, posting date, text, tag and author set.
// Pure.

import { handleLabel } from '../format';
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

/**
 * The accents of Latin, Greek and Cyrillic letters (decomposed: a combining mark after its letter),
 * which a user may type or leave out. Not every mark is an accent: a Devanagari vowel sign or the
 * kana voicing mark makes another word ("काम" is not "कम", "が" not "か"), so those stay.
 */
const ACCENTS = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu;

/**
 * Text as a search compares it, whatever its case, accents or Unicode form: compatibility-composed
 * (full-width letters), lower-cased the same in every locale, with the foldings lower-casing leaves
 * undone (ß and ẞ as "ss", İ as "i", final ς as σ) and the accents dropped (ACCENTS), so "STRASSE"
 * finds "Straße", "istanbul" finds "İSTANBUL", "cafe" finds "Café" (composed or decomposed) and
 * "munchen" finds "München".
 */
export function searchFold(s: string): string {
  return (
    s
      .normalize('NFKC')
      .toLowerCase()
      .replace(/i\u0307/g, 'i')
      .replace(/ß/g, 'ss')
      .replace(/ς/g, 'σ')
      .normalize('NFD')
      .replace(ACCENTS, '$1')
      // Composed again: what decomposition split but is no accent (Hangul syllables, kana with
      // their voicing mark) compares as typed.
      .normalize('NFC')
  );
}

/**
 * Text as the table shows it, for the search: every run of white space (a line break, a tab, two
 * spaces) one space, as the one-line cell draws it, so "launch day" finds "Launch\nday". NUL is
 * not white space: the parts of a haystack stay apart.
 */
const oneLine = (s: string): string => s.replace(/\s+/g, ' ');

/**
 * What a row's text search looks in, folded once per row: its text, its handle as the Author column
 * shows it ("@alice", "company/acme": handleLabel) and name.
 */
const haystacks = new WeakMap<PostRow, string>();
function haystackOf(r: PostRow): string {
  let h = haystacks.get(r);
  if (h === undefined) {
    // NUL between the parts (never in a needle): a search does not match across two of them.
    h = oneLine(
      searchFold(`${r.text}\0${r.authorHandle ? handleLabel(r.authorHandle) : ''}\0${r.authorName ?? ''}`),
    );
    haystacks.set(r, h);
  }
  return h;
}

export function filterRows(rows: readonly PostRow[], f: RowFilter, marks?: RowMarks): PostRow[] {
  const needle = oneLine(searchFold(f.text.trim()).replace(/\0/g, '')).trim();
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
      (needle === '' || haystackOf(r).includes(needle)),
  );
}
