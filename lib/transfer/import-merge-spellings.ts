// Which spelling of an author's handle a file means, when its entries spell the handle in more
// than one case: PostLens holds handles differing in case only as one author (authorKey), spelled
// as read last (named in the import's result: ProblemList.respelled), and a conflict when the file
// does not tell which that is.

import { t } from '../i18n';
import { authorKey } from '../types';
import type { ExportAuthor, ExportPost } from './format';
import { brief } from './import-merge-quote';
import type { Located } from './import-merge-readings';
import type { ProblemList } from './import-report';

/**
 * When a post entry was last seen: the newest of its snapshots' times, firstSeen and lastSeen; none
 * when it gives none of them. The page showed the post's author as it was then.
 */
export const postSeenAt = (p: ExportPost): string | undefined =>
  newestOf([...p.snapshots.map((s) => s.capturedAt), p.firstSeen, p.lastSeen]);

/** The newest of these ISO times (one string format: they compare as text); none when none is given. */
export const newestOf = (times: readonly (string | undefined)[]): string | undefined =>
  times.reduce<string | undefined>(
    (m, at) => (at !== undefined && (m === undefined || at > m) ? at : m),
    undefined,
  );

/** An entry's spelling of an author's handle, when the entry was read, and where it is. */
export type Spelling = { handle: string; at: string | undefined; path: string };

/**
 * The spelling kept of a handle given in several entries that differ at most in case, which
 * PostLens (authorKey, the recorder) holds as one author on every platform: the spelling of the
 * entry read last, as a later reading shows the handle as it is now. An entry in another spelling
 * whose time does not place it before that one (none, or as new) leaves which spelling is newer
 * unknown: a conflict (reason), as PostLens will not choose.
 */
export function newestSpelling(
  entries: readonly Spelling[],
  problems: ProblemList,
  reason: (newest: Spelling) => string,
): Spelling {
  const newest = entries.reduce((m, e) =>
    e.at !== undefined && (m.at === undefined || e.at > m.at) ? e : m,
  );
  const others = new Set<string>();
  let decided = true;
  for (const other of entries) {
    if (other.handle === newest.handle) continue;
    others.add(other.handle);
    if (newest.at !== undefined && other.at !== undefined && other.at < newest.at) continue;
    decided = false;
    problems.add(other.path, other.handle, reason(newest));
  }
  // Chosen by time: said in the import's result, never quietly.
  if (decided && others.size > 0) problems.respelled.push(`${newest.handle} (${[...others].join(', ')})`);
  return newest;
}

/**
 * An author the file gives only in its posts (never in its list of authors) is added with the
 * handle as the post seen last spells it (postSeenAt), as an author in the list takes the spelling
 * read last (mergeAuthors); posts that spell it otherwise and are not seen before that one leave
 * the spelling unknown: a conflict. The handle kept for each such author, by author key.
 */
export function postAuthorSpellings(
  posts: readonly Located<ExportPost>[],
  authors: readonly ExportAuthor[],
  problems: ProblemList,
): Map<string, string> {
  const listed = new Set(authors.map((a) => authorKey(a.platform, a.handle)));
  const byAuthor = new Map<string, Spelling[]>();
  for (const { item, path } of posts) {
    if (item.author.handle === null) continue;
    const key = authorKey(item.platform, item.author.handle);
    if (listed.has(key)) continue;
    const spelling = {
      handle: item.author.handle,
      at: postSeenAt(item),
      path: `${path}.author.handle`,
    };
    const g = byAuthor.get(key);
    if (g) g.push(spelling);
    else byAuthor.set(key, [spelling]);
  }
  const out = new Map<string, string>();
  for (const [key, spellings] of byAuthor) {
    const newest = newestSpelling(spellings, problems, (n) =>
      t('transfer.merge.handleCaseAuthorPosts', n.path, brief(n.handle), key),
    );
    out.set(key, newest.handle);
  }
  return out;
}
