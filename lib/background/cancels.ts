// Cancel for the background's long writes (an import, a prune), each one IndexedDB transaction.
// The page names its write with an id; cancelImport / cancelPrune with that id aborts the
// transaction if it has not committed. The answer says what really happened, read from the
// write's own result: "cancelled" (nothing of it kept) or "finished" (it had committed first).
import { t } from '../i18n';
import type { WriteResult } from '../messages';
import type { SenderLike } from './senders';

/** What a write answers when it was cancelled: an error, but not a storage failure. */
export type Cancelled = { ok: false; error: string; cancelled: true };

export type CancelOutcome = 'cancelled' | 'finished' | 'failed';
export type CancelAnswer = { ok: true; outcome: CancelOutcome } | { ok: false; error: string };

/** How many ids are remembered once settled: enough for a page asking again, bounded. */
const REMEMBERED = 50;

const MAX_ID_LENGTH = 100;

/** The id a cancellable request carries, or undefined. */
export function cancelIdOf(data: unknown, field: 'importId' | 'pruneId'): string | undefined {
  const id = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[field] : undefined;
  return typeof id === 'string' && id.length > 0 && id.length <= MAX_ID_LENGTH ? id : undefined;
}

export function createCancels(cancelledText: string) {
  const running = new Map<string, { controller: AbortController; outcome: Promise<CancelOutcome> }>();
  const settled = new Map<string, CancelOutcome>();
  const remember = (id: string, outcome: CancelOutcome) => {
    settled.set(id, outcome);
    for (const old of settled.keys()) {
      if (settled.size <= REMEMBERED) break;
      settled.delete(old);
    }
  };

  return {
    /** Runs a write that takes a signal; without an id it cannot be cancelled. */
    async run<T extends object>(
      id: string | undefined,
      write: (signal?: AbortSignal) => Promise<WriteResult<T>>,
    ): Promise<WriteResult<T> | Cancelled> {
      if (id === undefined) return write();
      // Its Cancel came first (the message overtook this one): it never starts.
      if (settled.get(id) === 'cancelled') return { ok: false, error: cancelledText, cancelled: true };
      if (running.has(id) || settled.has(id))
        return { ok: false, error: t('background.cancels.alreadyRun', id) };
      const controller = new AbortController();
      const result = write(controller.signal);
      const outcome = result.then(
        (r): CancelOutcome => (r.ok ? 'finished' : controller.signal.aborted ? 'cancelled' : 'failed'),
        () => 'failed' as const,
      );
      running.set(id, { controller, outcome });
      try {
        const r = await result;
        return !r.ok && controller.signal.aborted ? { ok: false, error: cancelledText, cancelled: true } : r;
      } finally {
        remember(id, await outcome);
        running.delete(id);
      }
    },

    /** Aborts the write named in data (its `field`) unless it has committed; answers which. */
    async cancel(data: unknown, field: 'importId' | 'pruneId'): Promise<CancelAnswer> {
      const id = cancelIdOf(data, field);
      if (id === undefined) return { ok: false, error: t('background.cancels.needsId', field) };
      const write = running.get(id);
      if (write) {
        write.controller.abort();
        return { ok: true, outcome: await write.outcome };
      }
      const known = settled.get(id);
      if (known) return { ok: true, outcome: known };
      // Not started yet: the write's message is still on its way. It will not start.
      remember(id, 'cancelled');
      return { ok: true, outcome: 'cancelled' };
    },
  };
}

export type Cancels = ReturnType<typeof createCancels>;

// Worded once, when the worker starts: its language is the browser's, which does not change while it runs.
export const IMPORT_CANCELLED = t('background.cancels.import');
export const PRUNE_CANCELLED = t('background.cancels.prune');

type FromPage = (what: string, sender: SenderLike | undefined) => { ok: false; error: string } | null;

/** The import and prune registries, and the cancelImport / cancelPrune handlers (pages only). */
export function cancellableWrites(fromPage: FromPage) {
  const imports = createCancels(IMPORT_CANCELLED);
  const prunes = createCancels(PRUNE_CANCELLED);
  const cancelHandlers = {
    /** Aborts that import's transaction unless it has committed; answers which. */
    cancelImport: async (data: unknown, sender: SenderLike | undefined): Promise<CancelAnswer> =>
      fromPage('cancelImport', sender) ?? imports.cancel(data, 'importId'),
    /** Aborts that prune's transaction unless it has committed; answers which. */
    cancelPrune: async (data: unknown, sender: SenderLike | undefined): Promise<CancelAnswer> =>
      fromPage('cancelPrune', sender) ?? prunes.cancel(data, 'pruneId'),
  };
  return { imports, prunes, cancelHandlers };
}
