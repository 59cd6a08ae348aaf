// What every group of the background's handlers shares: its deps, the storage status each write's
// result goes to, the checks of who may ask, and the cancellable import and prune registries
// (handlers.ts builds it once for all of them).

import { t } from '../i18n';
import type { DeleteResult, NotDoneAction, WriteResult } from '../messages';
import type { Settings } from '../settings';
import type { PostLensDb } from '../store';
import { describeStorageError } from '../store';
import { type Cancelled, cancellableWrites } from './cancels';
import type { HandoffArea } from './handoff';
import { type ChunkTimers, createChunkSchedule } from './post-chunks-schedule';
import { describeSender, type Identity, isExtensionPage, type SenderLike } from './senders';
import type { AccessCheck } from './site-granted';
import { createStatusTracker } from './storage-status';

/** A write storage did not fail but refused for what it asked (a campaign already full): no storage warning. */
export type Refused = { ok: false; error: string; refused: true };
/**
 * A sender that is not one of PostLens's pages, refused for what it is, marked with its `reason`:
 * no storage failed, and trying again from there would be refused again (the page's words say so).
 */
export type NotOurPage = Refused & { reason: 'notPage' };

export interface HandlerDeps extends Identity {
  db(): Promise<PostLensDb>;
  settings(): Promise<Settings>;
  now(): number;
  warn(message: string): void;
  /** Ids for new campaigns; crypto.randomUUID by default. */
  newId?(): string;
  /** Where content scripts keep batches until stored; browser.storage.local by default. */
  handoffArea?: HandoffArea;
  /** Whether a site's access is held (site-granted.ts); browser.permissions by default. */
  siteAccess?: AccessCheck;
  /**
   * Timers for building the dashboard's chunked copy of the posts again once writes pause
   * (post-chunks-schedule.ts). Without them it is not built: readers then read the posts store.
   */
  chunkTimers?: ChunkTimers;
}

/**
 * The name the storage warning tells a guarded action's failure by (guard's `what`): a campaign's
 * changes as one. A `what` not here is told by the generic sentence.
 */
const NOT_DONE_ACTIONS: ReadonlyMap<string, NotDoneAction> = new Map<string, NotDoneAction>([
  ['importData', 'importData'],
  ['deletePost', 'deletePost'],
  ['deleteAuthor', 'deleteAuthor'],
  ['deleteAll', 'deleteAll'],
  ['deleteCampaign', 'deleteCampaign'],
  ['saveCampaign', 'campaign'],
  ['addPostsToCampaign', 'campaign'],
  ['removePostsFromCampaign', 'campaign'],
  ['pruneNow', 'pruneNow'],
]);

export function createHandlerContext(deps: HandlerDeps) {
  const status = createStatusTracker();
  const timers = deps.chunkTimers;
  const chunks = timers ? createChunkSchedule({ db: deps.db, now: deps.now, warn: deps.warn, timers }) : null;
  // A worker that stopped with a build pending builds it now (if one is still due).
  chunks?.changed();
  // `retried`: what failed is tried again until stored (readings a content script keeps), so the
  // next write that succeeds clears the warning; else (a page's action, named by `action`) it
  // stays until dismissed.
  const note = async <T extends { ok: boolean }>(
    result: T,
    retried = true,
    action?: NotDoneAction,
  ): Promise<T> => {
    if (result.ok) {
      await status.succeeded();
      chunks?.changed();
    }
    // The user's Cancel, or a write refused for what it asked (not for storage), is no storage
    // failure: no storage warning for it.
    else if (!(result as Partial<Cancelled>).cancelled && !(result as Partial<Refused>).refused) {
      const error = (result as { error?: string }).error ?? t('background.storageFailed');
      await (retried ? status.failed(error, deps.now()) : status.notDone(error, deps.now(), action));
    }
    return result;
  };
  const retentionDays = async () => (await deps.settings()).retentionDays;

  const denied = (what: string, sender: SenderLike | undefined) =>
    deps.warn(`PostLens: ${what} refused from ${describeSender(sender)}`); // i18n-ignore: console log
  const fromPage = (what: string, sender: SenderLike | undefined): NotOurPage | null => {
    if (isExtensionPage(sender, deps)) return null;
    denied(what, sender);
    return { ok: false, error: t('background.onlyPages', what), refused: true, reason: 'notPage' };
  };
  const { imports, prunes, cancelHandlers } = cancellableWrites(fromPage);
  const guard = async <T extends object>(
    what: string,
    sender: SenderLike | undefined,
    run: (db: PostLensDb) => Promise<WriteResult<T>>,
  ): Promise<WriteResult<T>> => {
    const refused = fromPage(what, sender);
    if (refused) return refused;
    // A page's action that failed is not tried again: it was not done.
    const action = NOT_DONE_ACTIONS.get(what);
    try {
      return await note(await run(await deps.db()), false, action);
    } catch (e) {
      return note({ ok: false, error: describeStorageError(e) }, false, action);
    }
  };
  /**
   * A delete that went but whose tags, notes or stars stayed (DeleteResult.kept) answers ok, yet
   * part of it was not done: told in the storage warning too, as the page that asked may be closed
   * before the user reads its answer.
   */
  const toldKept = async <T extends DeleteResult>(result: T): Promise<T> => {
    if (result.ok && result.kept) await status.notDone(result.kept, deps.now(), 'deletedKept');
    return result;
  };

  return {
    status,
    note,
    retentionDays,
    denied,
    fromPage,
    guard,
    toldKept,
    imports,
    prunes,
    cancelHandlers,
    chunks,
  };
}

export type HandlerContext = ReturnType<typeof createHandlerContext>;
