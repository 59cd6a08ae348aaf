// Stars in the JSON export: an optional top-level `watchlist` of the starred post and author keys,
// without the thresholds and the alerts switch (settings of one browser, not the user's data).
// Written only when there is a star, so a file without stars is byte for byte what it was before;
// read strictly by the import's check (import-check.ts: every problem with its path refuses the
// file, as the annotations' do); kept only once the file's database write has committed (the
// import panel), by union with the stars stored then, through the watchlist's own writer
// (addStars): a star that MAX_STARS leaves no room for is counted and said, never dropped quietly.

import { isObject } from '../check-fields';
import { t, tn, wholeNumber } from '../i18n';
import { isPostKeyShape, keyParts } from '../types';
import { addStars, getWatchlist, isStarKey, MAX_STARS, type StarCounts, unionStars } from '../watchlist';
import type { ExportFile, ExportV1, ExportV2, ExportWatchlist } from './format';
import { type ImportRefusal, memberPath, ProblemList } from './import-report';

/** The export with the stars (all of them, whatever the filter), the key left out when there are none. */
export function withWatchlist(
  file: ExportFile,
  stars: { readonly posts: readonly string[]; readonly authors: readonly string[] } | null,
): ExportFile {
  if (!stars || (stars.posts.length === 0 && stars.authors.length === 0)) return file;
  return { ...file, watchlist: { posts: [...stars.posts], authors: [...stars.authors] } };
}

const FIELDS: readonly string[] = ['posts', 'authors'];

/** A post key as PostLens makes it (postKey: a platform it reads), that the watchlist keeps. */
const isPostStar = (k: unknown): k is string => isStarKey(k) && isPostKeyShape(k);

/**
 * An author key as PostLens makes it (authorKey: a platform it reads, the handle in lower case),
 * that the watchlist keeps. "x:NASA" would be a star no author's key ever matches.
 */
const isAuthorStar = (k: unknown): k is string => {
  if (!isStarKey(k)) return false;
  const parts = keyParts(k);
  return parts !== null && parts.rest.trim() !== '' && parts.rest === parts.rest.toLowerCase();
};

/** One list of keys, each checked by `isKey` and once only; its problems added with their paths. */
function checkKeys(
  raw: unknown,
  at: string,
  isKey: (k: unknown) => k is string,
  reason: string,
  problems: ProblemList,
): string[] {
  if (!Array.isArray(raw)) {
    problems.add(at, raw, t('transfer.check.list'));
    return [];
  }
  const seen = new Set<string>();
  for (const [i, k] of raw.entries()) {
    if (!isKey(k)) problems.add(`${at}[${i}]`, k, reason);
    else if (seen.has(k)) problems.add(`${at}[${i}]`, k, t('transfer.twice'));
    else seen.add(k);
  }
  return [...seen];
}

/** The `watchlist` of an export, checked: absent is none; any problem refuses the file. */
export function checkExportWatchlist(
  input: unknown,
): { ok: true; watchlist: ExportWatchlist | null } | ImportRefusal {
  if (!isObject(input) || input.watchlist === undefined) return { ok: true, watchlist: null };
  const raw = input.watchlist;
  const problems = new ProblemList();
  if (!isObject(raw)) {
    problems.add('watchlist', raw, t('transfer.watchlist.object'));
    return problems.refusal();
  }
  for (const k of Object.keys(raw))
    if (!FIELDS.includes(k))
      problems.add(memberPath('watchlist', k), raw[k], t('transfer.watchlist.notField'));
  const posts = checkKeys(
    raw.posts,
    'watchlist.posts',
    isPostStar,
    t('transfer.watchlist.postKey'),
    problems,
  );
  const authors = checkKeys(
    raw.authors,
    'watchlist.authors',
    isAuthorStar,
    t('transfer.watchlist.authorKey'),
    problems,
  );
  return problems.total > 0 ? problems.refusal() : { ok: true, watchlist: { posts, authors } };
}

/**
 * The stars of a checked file. The check hands them on in its data whatever the file's version
 * (checkExport, import-check.ts), as it does the annotations of a version 1 file.
 */
export const starsOf = (data: ExportV1 | ExportV2): ExportWatchlist | undefined =>
  (data as { watchlist?: ExportWatchlist }).watchlist;

/** What importing a file's stars did, or would do: the stars added, and those with no room left. */
export interface StarsImported {
  added: StarCounts;
  notKept: StarCounts;
}

const total = (c: StarCounts) => c.posts + c.authors;

/**
 * What importing the file would do to the stars stored now, by the same union the import runs
 * after its write (nothing is stored here); undefined for a file without stars. A stored value the
 * read leaves out is logged by the import's own read, not here as well.
 */
export async function previewImportedStars(data: ExportV1 | ExportV2): Promise<StarsImported | undefined> {
  const file = starsOf(data);
  if (!file) return undefined;
  const current = await getWatchlist(() => {});
  const posts = unionStars(current.posts, file.posts);
  const authors = unionStars(current.authors, file.authors);
  return {
    added: { posts: posts.added, authors: authors.added },
    notKept: { posts: posts.notKept, authors: authors.notKept },
  };
}

/** How many stars an import added (a preview: would add), counted: 0 for none or unknown. */
export const starsAdded = (s: StarsImported | undefined): number => (s ? total(s.added) : 0);

/** The stars added, in words ("" when none): "2 stars added to your watchlist." */
export const starsAddedText = (s: StarsImported | undefined, preview = false): string => {
  const n = starsAdded(s);
  return n > 0 ? tn(preview ? 'transfer.watchlist.readyAdds' : 'transfer.watchlist.added', n) : '';
};

/** The file's stars the watchlist had no room for, and why ("" when none). */
export const starsNotKeptText = (s: StarsImported | undefined, preview = false): string => {
  const n = s ? total(s.notKept) : 0;
  const key = preview ? 'transfer.watchlist.readyNotKept' : 'transfer.watchlist.notKept';
  return n > 0 ? tn(key, n, wholeNumber(MAX_STARS)) : '';
};

/** What keeping an imported file's stars did, for the import's result. */
export interface KeptStars {
  /** What it added and left out; undefined when nothing was kept (none in the file, a failure). */
  kept?: StarsImported;
  /** The stars left out for want of room, or why none could be saved, in words ("" when neither). */
  note: string;
  /** The note says they could not be saved (and, for a file of stars alone, that nothing was imported). */
  failed?: true;
}

/** Why the file's stars were not saved, worded for whether it held anything else, imported. */
function notSavedText(data: ExportV1 | ExportV2, error: string): string {
  const rest =
    data.posts.length > 0 ||
    data.authors.length > 0 ||
    (data.version === 2 && (data.campaigns.length > 0 || data.annotations !== undefined));
  return t(rest ? 'transfer.watchlist.notSaved' : 'transfer.watchlist.notSavedNothing', error);
}

/**
 * Keeps the stars of an imported file (after its database write committed): adds them to those
 * stored, as far as MAX_STARS allows; answers what it did and what to tell the user.
 */
export async function keepImportedStars(data: ExportV1 | ExportV2): Promise<KeptStars> {
  const file = starsOf(data);
  if (!file) return { note: '' };
  try {
    const kept = await addStars(file);
    return { kept, note: starsNotKeptText(kept) };
  } catch (e) {
    return { note: notSavedText(data, e instanceof Error ? e.message : String(e)), failed: true };
  }
}
