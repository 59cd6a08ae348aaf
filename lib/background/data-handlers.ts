// The pages' writes to the data as a whole: an import (cancellable) and the deletes. Only our own
// pages may send them. Part of createHandlers (handlers.ts).

import { type Annotations, updateAnnotations } from '../annotations';
import { t } from '../i18n';
import type { DeleteResult, ImportCounts, WriteResult } from '../messages';
import {
  deleteAll,
  deleteAuthorPosts,
  deletePost,
  importRefused,
  importWithCampaigns,
  withRawError,
} from '../store';
import type { ExportV1 } from '../transfer';
import { checkAnyExport } from '../transfer';
import { removeStars } from '../watchlist';
import { forgetAlertRecords } from './alert-records';
import { cancelIdOf } from './cancels';
import { deleteAllHandoffs, deleteOneHandoffs } from './delete-marks';
import type { HandlerContext } from './handler-context';
import type { SenderLike } from './senders';

/** What a delete took: the keys of the posts and authors deleted, or everything. */
type Gone = { posts: ReadonlySet<string>; authors: ReadonlySet<string> } | 'all';

const NO_AUTHORS: ReadonlySet<string> = new Set();

/**
 * The annotations without the tags and notes of the posts deleted, and without the authors deleted
 * in any set (all: no post is left; the sets stay whole, as "delete all" tells the user).
 */
function withoutDeleted(a: Annotations, gone: Gone): Annotations | null {
  const keep = <V>(m: Record<string, V>) =>
    Object.fromEntries(Object.entries(m).filter(([k]) => gone !== 'all' && !gone.posts.has(k)));
  const tags = keep(a.tags);
  const notes = keep(a.notes);
  const sets =
    gone === 'all'
      ? a.sets
      : a.sets.map((s) =>
          s.authorKeys.some((k) => gone.authors.has(k))
            ? { ...s, authorKeys: s.authorKeys.filter((k) => !gone.authors.has(k)) }
            : s,
        );
  const same =
    Object.keys(tags).length === Object.keys(a.tags).length &&
    Object.keys(notes).length === Object.keys(a.notes).length &&
    sets.every((s, i) => s === a.sets[i]);
  return same ? null : { ...a, sets, tags, notes };
}

/**
 * Once a delete has committed, the user's tags and notes on the deleted posts go with them: a tag
 * left behind would still be counted in the Posts filter, a note kept after "delete all". An author
 * deleted leaves the sets that named them (a set would count and compare an author who is gone);
 * the sets themselves are kept (a grouping of authors, like a setting), "delete all" too, as its
 * hint says. Nothing is written when nothing changes.
 */
async function forgetAnnotations(gone: Gone): Promise<void> {
  await updateAnnotations((current) => {
    const value = withoutDeleted(current, gone);
    return value ? { ok: true, value } : { ok: false, message: '' };
  });
}

/**
 * The stars of the posts and authors deleted go too (all: every star; the thresholds and the
 * alerts switch are settings and stay): a starred post with no data is checked, and counted, for
 * nothing. Removed in one write through the watchlist's own removeStars, so a star added meanwhile
 * stays, and a write refused leaves every star as it was (as deletedStarsKept says).
 */
async function forgetStars(gone: Gone): Promise<void> {
  await removeStars(gone);
}

/**
 * The watchlist's alert records of the deleted posts go too (when each last alerted: data about
 * that post), so nothing of a deleted post stays behind. Under the alert check's lock
 * (forgetAlertRecords): a check that read the records before the delete would write them back.
 */
const forgetAlerts = (gone: Gone): Promise<void> => forgetAlertRecords(gone === 'all' ? 'all' : gone.posts);

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * Runs a delete; once it committed, removes the annotations and stars of what it deleted. The
 * delete stands whatever happens to them: if storage refuses, the answer says the data is deleted
 * and what was not removed (`kept`, which the storage warning tells too), never that the delete failed.
 * `kept` is the sentences in the user's language, then storage's own words (English) enclosed apart
 * (withRawError) for the page to fold: one part, as a page takes one out, the same error said once.
 */
async function thenForget<T extends object>(
  result: WriteResult<T>,
  gone: (value: T) => Gone,
): Promise<DeleteResult> {
  if (!result.ok) return result;
  const deleted = gone(result);
  await forgetAlerts(deleted);
  const kept: string[] = [];
  const raws = new Set<string>();
  try {
    await forgetAnnotations(deleted);
  } catch (e) {
    kept.push(t('background.deletedNotesKept'));
    raws.add(messageOf(e));
  }
  try {
    await forgetStars(deleted);
  } catch (e) {
    kept.push(t('background.deletedStarsKept'));
    raws.add(messageOf(e));
  }
  return kept.length > 0
    ? { ok: true, kept: withRawError(kept.join(' '), [...raws].join('; ')) }
    : { ok: true };
}

export function createDataHandlers({ fromPage, guard, toldKept, imports }: HandlerContext) {
  return {
    async importData(data: ExportV1 | unknown, sender: SenderLike | undefined) {
      const refused = fromPage('importData', sender);
      if (refused) return refused;
      const id = cancelIdOf(data, 'importId'); // { importId, file } can be cancelled, a bare file not
      const checked = checkAnyExport(id === undefined ? data : (data as { file?: unknown }).file);
      // An invalid file is the file's problem, not storage's: no storage warning for it.
      if (!checked.ok) return importRefused(checked.error);
      return guard<{ added: ImportCounts; kept?: string }>('importData', sender, (db) =>
        imports.run(id, (signal) =>
          importWithCampaigns(db, checked.data, checked.campaigns, signal, checked.respelled),
        ),
      );
    },

    deletePost: (key: unknown, sender: SenderLike | undefined) =>
      typeof key === 'string'
        ? guard('deletePost', sender, async (db) =>
            // Readings of the post in a batch read before the delete are not stored after it (handoff.ts).
            thenForget(
              await deleteOneHandoffs(
                () => deletePost(db, key),
                () => ({ posts: [key], authors: [] }),
              ),
              () => ({ posts: new Set([key]), authors: NO_AUTHORS }),
            ),
          ).then(toldKept)
        : Promise.resolve({ ok: false as const, error: t('background.needsPostKey') }),

    deleteAuthor: (key: unknown, sender: SenderLike | undefined) =>
      typeof key === 'string'
        ? guard('deleteAuthor', sender, async (db) =>
            // Readings of the author, and of their posts, in a batch read before the delete are
            // not stored after it (handoff.ts).
            thenForget(
              await deleteOneHandoffs(
                () => deleteAuthorPosts(db, key),
                (r) => ({ posts: r.postKeys, authors: [key] }),
              ),
              (r) => ({
                posts: new Set(r.postKeys),
                authors: new Set([key]),
              }),
            ),
          ).then(toldKept)
        : Promise.resolve({ ok: false as const, error: t('background.needsAuthorKey') }),

    deleteAll: (_data: unknown, sender: SenderLike | undefined) =>
      // Hand-offs read before the delete are removed with it, not stored after (handoff.ts).
      guard('deleteAll', sender, async (db) =>
        thenForget(await deleteAllHandoffs(() => deleteAll(db)), () => 'all'),
      ).then(toldKept),
  };
}
