// "Prune now" from the options page: the preview, the confirmed delete (cancellable), the cancels
// of imports and prunes, and the retention status. Only our own pages may send them. Part of
// createHandlers (handlers.ts); the automatic prune after writes is readings-handlers.ts's.

import type { PruneCounts, PrunePreview, RetentionStatus, WriteResult } from '../messages';
import { describeStorageError } from '../store';
import { cancelIdOf } from './cancels';
import type { HandlerContext, HandlerDeps } from './handler-context';
import { checkConfirmation, createRetention, NO_RETENTION_STATUS, OUTDATED_PREVIEW } from './retention';
import { isExtensionPage, type SenderLike } from './senders';

export function createPruneHandlers(
  deps: HandlerDeps,
  { retentionDays, denied, fromPage, guard, prunes, cancelHandlers }: HandlerContext,
) {
  const retention = createRetention({ retentionDays, now: deps.now });

  return {
    /** What "Prune now" would delete with the saved retention: a read, so no storage status. */
    async previewPrune(
      _data: unknown,
      sender: SenderLike | undefined,
    ): Promise<WriteResult<{ preview: PrunePreview }>> {
      const refused = fromPage('previewPrune', sender);
      if (refused) return refused;
      try {
        return { ok: true, preview: await retention.preview(await deps.db()) };
      } catch (e) {
        return { ok: false, error: describeStorageError(e) };
      }
    },

    /** Deletes what a preview showed, once the user confirmed it (data: that preview). */
    async pruneNow(
      data: unknown,
      sender: SenderLike | undefined,
    ): Promise<WriteResult<{ removed: PruneCounts }>> {
      const refused = fromPage('pruneNow', sender);
      if (refused) return refused;
      // A stale or malformed confirmation is not a storage failure: no storage warning for it.
      const confirmation = checkConfirmation(data, await retentionDays(), deps.now());
      if (typeof confirmation === 'string') return { ok: false, error: confirmation };
      const id = cancelIdOf(data, 'pruneId');
      const result = await guard('pruneNow', sender, (db) =>
        prunes.run(id, (signal) => retention.confirm(db, confirmation, signal)),
      );
      if (!result.ok) return result;
      return result.outdated ? { ok: false, error: OUTDATED_PREVIEW } : { ok: true, removed: result.removed };
    },

    ...cancelHandlers, // cancelImport, cancelPrune

    async retentionStatus(_data: unknown, sender: SenderLike | undefined): Promise<RetentionStatus> {
      if (!isExtensionPage(sender, deps)) {
        denied('retentionStatus', sender);
        return NO_RETENTION_STATUS;
      }
      return retention.status();
    },
  };
}
