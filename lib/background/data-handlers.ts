// The pages' writes to the data as a whole: an import (cancellable) and the deletes. Only our own
// pages may send them. Part of createHandlers (handlers.ts).

import { t } from '../i18n';
import type { ImportCounts } from '../messages';
import { deleteAll, deleteAuthor, deletePost, importRefused, importWithCampaigns } from '../store';
import type { ExportV1 } from '../transfer';
import { checkAnyExport } from '../transfer';
import { cancelIdOf } from './cancels';
import type { HandlerContext } from './handler-context';
import type { SenderLike } from './senders';

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
        ? guard('deletePost', sender, (db) => deletePost(db, key))
        : Promise.resolve({ ok: false as const, error: t('background.needsPostKey') }),

    deleteAuthor: (key: unknown, sender: SenderLike | undefined) =>
      typeof key === 'string'
        ? guard('deleteAuthor', sender, (db) => deleteAuthor(db, key))
        : Promise.resolve({ ok: false as const, error: t('background.needsAuthorKey') }),

    deleteAll: (_data: unknown, sender: SenderLike | undefined) =>
      guard('deleteAll', sender, (db) => deleteAll(db)),
  };
}
