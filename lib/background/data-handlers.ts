// The pages' writes to the data as a whole: an import (cancellable) and the deletes. Only our own
// pages may send them. Part of createHandlers (handlers.ts).

import { type Annotations, updateAnnotations } from '../annotations';
import { t } from '../i18n';
import type { DeleteResult, ImportCounts, WriteResult } from '../messages';
import { deleteAll, deleteAuthorPosts, deletePost, importRefused, importWithCampaigns } from '../store';
import type { ExportV1 } from '../transfer';
import { checkAnyExport } from '../transfer';
import { cancelIdOf } from './cancels';
import type { HandlerContext } from './handler-context';
import type { SenderLike } from './senders';
import { alertedItem, authorAlertedItem } from './watch-alerts';

/** The tags and notes without those of the posts deleted (all: every post is gone). */
function withoutPosts(a: Annotations, gone: ReadonlySet<string> | 'all'): Annotations | null {
  const keep = <V>(m: Record<string, V>) =>
    Object.fromEntries(Object.entries(m).filter(([k]) => gone !== 'all' && !gone.has(k)));
  const tags = keep(a.tags);
  const notes = keep(a.notes);
  const same =
    Object.keys(tags).length === Object.keys(a.tags).length &&
    Object.keys(notes).length === Object.keys(a.notes).length;
  return same ? null : { ...a, tags, notes };
}

/**
 * Once a delete has committed, the user's tags and notes on the deleted posts go with them: a tag
 * left behind would still be counted in the Posts filter, a note kept after "delete all". Author
 * sets are kept (a grouping of authors, like a setting). Nothing is written when nothing changes.
 */
async function forgetAnnotations(gone: ReadonlySet<string> | 'all'): Promise<void> {
  await updateAnnotations((current) => {
    const value = withoutPosts(current, gone);
    return value ? { ok: true, value } : { ok: false, message: '' };
  });
}

/**
 * The watchlist's alert records of the deleted posts go too (when each last alerted: data about
 * that post), so nothing of a deleted post stays behind. Derived records: if storage refuses, the
 * delete stands and the worker's log says so.
 */
async function forgetAlerts(gone: ReadonlySet<string> | 'all'): Promise<void> {
  for (const item of [alertedItem, authorAlertedItem]) {
    try {
      const before = await item.getValue();
      const after = Object.fromEntries(
        Object.entries(before).filter(([k]) => gone !== 'all' && !gone.has(k)),
      );
      if (Object.keys(after).length !== Object.keys(before).length) await item.setValue(after);
    } catch (e) {
      console.warn('PostLens: the alert records of deleted posts could not be removed', e); // i18n-ignore: console log
    }
  }
}

/**
 * Runs a delete; once it committed, removes the annotations of what it deleted. The delete stands
 * whatever happens to them: if storage refuses, the answer says the data is deleted and its tags
 * and notes are not (`kept`), never that the delete failed.
 */
async function thenForget<T extends object>(
  result: WriteResult<T>,
  gone: (value: T) => ReadonlySet<string> | 'all',
): Promise<DeleteResult> {
  if (!result.ok) return result;
  const deleted = gone(result);
  await forgetAlerts(deleted);
  try {
    await forgetAnnotations(deleted);
  } catch (e) {
    return { ok: true, kept: t('background.deletedNotesKept', e instanceof Error ? e.message : String(e)) };
  }
  return { ok: true };
}

export function createDataHandlers({ fromPage, guard, imports }: HandlerContext) {
  return {
    async importData(data: ExportV1 | unknown, sender: SenderLike | undefined) {
      const refused = fromPage('importData', sender);
      if (refused) return refused;
      const id = cancelIdOf(data, 'importId'); // { importId, file } can be cancelled, a bare file not
      const checked = checkAnyExport(id === undefined ? data : (data as { file?: unknown }).file);
      // An invalid file is the file's problem, not storage's: no storage warning for it.
      if (!checked.ok) return importRefused(checked.error);
      return guard<{ added: ImportCounts; kept?: string }>('importData', sender, (db) =>
        imports.run(id, (signal) => importWithCampaigns(db, checked.data, checked.campaigns, signal)),
      );
    },

    deletePost: (key: unknown, sender: SenderLike | undefined) =>
      typeof key === 'string'
        ? guard('deletePost', sender, async (db) =>
            thenForget(await deletePost(db, key), () => new Set([key])),
          )
        : Promise.resolve({ ok: false as const, error: t('background.needsPostKey') }),

    deleteAuthor: (key: unknown, sender: SenderLike | undefined) =>
      typeof key === 'string'
        ? guard('deleteAuthor', sender, async (db) =>
            thenForget(await deleteAuthorPosts(db, key), (r) => new Set(r.postKeys)),
          )
        : Promise.resolve({ ok: false as const, error: t('background.needsAuthorKey') }),

    deleteAll: (_data: unknown, sender: SenderLike | undefined) =>
      guard('deleteAll', sender, async (db) => thenForget(await deleteAll(db), () => 'all')),
  };
}
