// The authors' records as an import leaves them: a stored author as the user has it (its name stays,
// another one in the file is named), a new one as the file gives it; each author's latest count the
// newest dated one offered.

import { t } from '../i18n';
import type { Count, Platform } from '../types';
import { authorKey } from '../types';
import type { Merged } from './import-not-taken';
import type { AuthorRecord } from './schema';

/**
 * The authors an import touches. stored: the database's (undefined: none); fileAuthorKeys: the
 * authors the file lists. A new author counts in merged.added; a stored name the file gives
 * otherwise goes to merged.kept. An author the file does not list takes the name of its post seen
 * last (`at`: when that post was seen), as it takes that post's spelling (postAuthorSpellings):
 * the file's order (an export's: by first seen) says nothing of which name is newer. Where the
 * import names an author, the record's nameAt is when that name was read: a listed author's the
 * file's (`at`, absent when the file gives none), else that post's time.
 */
export function importAuthorRecords(
  storedAuthors: ReadonlyMap<string, AuthorRecord | undefined>,
  fileAuthorKeys: readonly string[],
  { added, kept }: Merged,
) {
  const authors = new Map<string, AuthorRecord>();
  /** Authors whose stored name the file gives otherwise, named once each. */
  const renamed = new Set<string>();
  /** The authors the file lists (authors[]): theirs is the file's name of the author. */
  const listed = new Set(fileAuthorKeys);
  /** When the post whose name an author took from the posts was seen, by author key. */
  const namedAt = new Map<string, number>();
  const author = (
    platform: Platform,
    handle: string,
    name: string | null,
    fromList: boolean,
    at?: number,
  ): AuthorRecord => {
    const key = authorKey(platform, handle);
    let rec = authors.get(key);
    const stored = storedAuthors.get(key);
    if (!rec) {
      // Named below: from the list, or by the post seen last.
      rec = stored
        ? { ...stored }
        : { key, platform, handle, name: null, followers: null, followersAt: null };
      if (!stored) added.authors++;
    }
    // The user's name of an author stays; another one in the file is named, not dropped quietly.
    // A post's author name is the name that post was read with (kept with the post, or named by
    // keptPostAuthorName): it says the author's name only for an author the file does not list.
    const filesName = fromList || !listed.has(key);
    if (filesName && stored?.name != null && name !== null && name !== stored.name && !renamed.has(key)) {
      renamed.add(key);
      kept.push(t('store.keptAuthorName', key));
    }
    // A listed author the file gives no name stays unnamed: its posts' names do not fill it in.
    if (fromList) {
      if (rec.name === null && name !== null) {
        rec.name = name;
        if (at !== undefined) rec.nameAt = at;
      } else if (name !== null && name === rec.name && at !== undefined && rec.nameAt !== undefined) {
        // The same name read later: its time moves on, as a later reading's would. (A record stored
        // before nameAt was kept stays without it: the recorder's guess from its posts stays.)
        rec.nameAt = Math.max(rec.nameAt, at);
      }
    } else if (filesName && name !== null && stored?.name == null) {
      // Of its posts, the one seen last names it (at equal times, the first given).
      const took = namedAt.get(key);
      const seen = at ?? -Infinity;
      if (rec.name === null || (took !== undefined && seen > took)) {
        rec.name = name;
        if (at !== undefined) rec.nameAt = at;
        namedAt.set(key, seen);
      }
    }
    authors.set(key, rec);
    return rec;
  };
  const offerFollowers = (rec: AuthorRecord, followers: Count, at: number) => {
    if (followers === null || (rec.followersAt !== null && rec.followersAt >= at)) return;
    rec.followers = followers;
    rec.followersAt = at;
  };
  const followersOf = (key: string | null): Count =>
    key === null ? null : ((authors.get(key) ?? storedAuthors.get(key))?.followers ?? null);
  return { authors, author, offerFollowers, followersOf };
}

/** The authors an import touches, and how it adds to them (importAuthorRecords). */
export type ImportAuthorRecords = ReturnType<typeof importAuthorRecords>;
