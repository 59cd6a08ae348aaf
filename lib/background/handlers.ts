// The background's message handlers as plain functions of (data, sender), so tests call them
// directly with fake senders. entrypoints/background.ts wires them to onMessage.

import { browser } from 'wxt/browser';
import { checkCampaignInput } from '../campaigns';
import { t } from '../i18n';
import type {
  ImportCounts,
  PostKnowledge,
  PruneCounts,
  PrunePreview,
  RecordResult,
  RetentionStatus,
  StorageStatus,
  UnsavedReadings,
  WriteResult,
} from '../messages';
import { handoffKey } from '../messages';
import type { Settings } from '../settings';
import type { PostLensDb } from '../store';
import {
  deleteAll,
  deleteAuthor,
  deletePost,
  describeStorageError,
  importRefused,
  importWithCampaigns,
  knownPosts,
  putCampaign,
  removeCampaign,
  WriteQueue,
} from '../store';
import type { ExportV1 } from '../transfer';
import { checkAnyExport } from '../transfer';
import { addPostsToCampaign, removePostsFromCampaign } from './campaign-posts';
import { type Cancelled, cancelIdOf, cancellableWrites } from './cancels';
import { createHandoff, type HandoffArea } from './handoff';
import { maybePrune } from './prune-schedule';
import { checkConfirmation, createRetention, NO_RETENTION_STATUS, OUTDATED_PREVIEW } from './retention';
import { describeSender, type Identity, isContentScript, isExtensionPage, type SenderLike } from './senders';
import { createStatusTracker } from './storage-status';
import { createWatchAlerts } from './watch-alerts';

export interface HandlerDeps extends Identity {
  db(): Promise<PostLensDb>;
  settings(): Promise<Settings>;
  now(): number;
  warn(message: string): void;
  /** Ids for new campaigns; crypto.randomUUID by default. */
  newId?(): string;
  /** Where content scripts keep batches until stored; browser.storage.local by default. */
  handoffArea?: HandoffArea;
}

const MAX_KEY_LENGTH = 220;

const platformOf = (p: unknown): unknown =>
  typeof p === 'object' && p !== null ? (p as { platform?: unknown }).platform : undefined;

export function createHandlers(deps: HandlerDeps) {
  const status = createStatusTracker();
  const note = async <T extends { ok: boolean }>(result: T): Promise<T> => {
    if (result.ok) await status.succeeded();
    // The user's Cancel is no storage failure: no storage warning for it.
    else if (!(result as Partial<Cancelled>).cancelled)
      await status.failed((result as { error?: string }).error ?? t('background.storageFailed'), deps.now());
    return result;
  };
  const retentionDays = async () => (await deps.settings()).retentionDays;
  const autoPrune = () =>
    maybePrune({ db: deps.db, retentionDays, now: deps.now, warn: deps.warn }).catch(
      (e) => deps.warn(`PostLens: pruning failed: ${describeStorageError(e)}`), // i18n-ignore: console log
    );
  const retention = createRetention({ retentionDays, now: deps.now });
  const watch = createWatchAlerts(deps); // watchlist breakout alerts, checked after each stored batch

  /** The automatic prune started after the last write, so tests (and callers) can await it. */
  let pruning: Promise<unknown> = Promise.resolve();

  const queue = new WriteQueue({
    db: deps.db,
    settings: deps.settings,
    now: deps.now,
    log: deps.warn,
    async onWritten(results) {
      const failed = results.find((r) => !r.ok);
      await note(failed ?? { ok: true });
      if (!failed) pruning = autoPrune();
    },
  });

  /** Stores a batch (from a message, or handed off through storage) as the user's settings allow. */
  const accept = async (data: unknown, at?: number): Promise<RecordResult> => {
    const settings = await deps.settings();
    const posts = (data as { posts?: unknown } | null)?.posts;
    const count = Array.isArray(posts) ? posts.length : 0;
    if (!settings.enabled) return { ok: true, stored: 0, duplicate: false, dropped: count, nulled: 0 };
    if (Array.isArray(posts)) {
      // Readings of a platform the user switched off are not kept, whatever the page sent.
      const switches: Record<string, boolean> = settings.platforms;
      const allowed = posts.filter((p) => {
        const platform = platformOf(p);
        return typeof platform !== 'string' || switches[platform] !== false;
      });
      if (allowed.length !== posts.length) {
        const result = await queue.record({ ...(data as object), posts: allowed }, at);
        return result.ok ? { ...result, dropped: result.dropped + posts.length - allowed.length } : result;
      }
    }
    return queue.record(data, at);
  };

  const handoff = createHandoff({
    area: deps.handoffArea ?? (browser.storage.local as unknown as HandoffArea),
    record: (batch, at) => accept(batch, at).then((r) => watch.afterWrite(batch, r)),
    now: deps.now,
    warn: deps.warn,
  });

  const denied = (what: string, sender: SenderLike | undefined) =>
    deps.warn(`PostLens: ${what} refused from ${describeSender(sender)}`); // i18n-ignore: console log
  const fromPage = (what: string, sender: SenderLike | undefined): { ok: false; error: string } | null => {
    if (isExtensionPage(sender, deps)) return null;
    denied(what, sender);
    return { ok: false, error: t('background.onlyPages', what) };
  };
  const { imports, prunes, cancelHandlers } = cancellableWrites(fromPage);
  const guard = async <T extends object>(
    what: string,
    sender: SenderLike | undefined,
    run: (db: PostLensDb) => Promise<WriteResult<T>>,
  ): Promise<WriteResult<T>> => {
    const refused = fromPage(what, sender);
    if (refused) return refused;
    try {
      return await note(await run(await deps.db()));
    } catch (e) {
      return note({ ok: false, error: describeStorageError(e) });
    }
  };

  return {
    queue,
    autoPrune,
    /** Resolves once queued writes and the automatic prune after them have finished. */
    async settled(): Promise<void> {
      await queue.idle();
      await pruning;
    },
    handoff,
    watch,

    async recordReadings(data: unknown, sender: SenderLike | undefined): Promise<RecordResult> {
      if (!isContentScript(sender, deps)) {
        denied('recordReadings', sender);
        return { ok: false, error: t('background.onlyContentScripts') };
      }
      const result = await accept(data);
      if (result.ok) watch.written(data);
      // Answered after the commit: the copy the content script kept is no longer needed.
      const batchId = (data as { batchId?: unknown } | null)?.batchId;
      if (result.ok && typeof batchId === 'string') void handoff.forget(handoffKey(batchId));
      if (result.ok && handoff.hasWaiting) void handoff.drainAll();
      return result;
    },

    /** Hand-offs in storage.local (at start-up, and each one written). */
    drainHandoffs: () => handoff.drainAll(),
    handoffChanged: (changes: Record<string, { newValue?: unknown }>) => handoff.changed(changes),

    async reportUnsaved(data: unknown, sender: SenderLike | undefined): Promise<boolean> {
      if (!isContentScript(sender, deps)) {
        denied('reportUnsaved', sender);
        return false;
      }
      return handoff.report(data);
    },

    async unsavedReadings(_data: unknown, sender: SenderLike | undefined): Promise<UnsavedReadings> {
      if (!isExtensionPage(sender, deps)) {
        denied('unsavedReadings', sender);
        return { waiting: 0, lost: 0, reason: null, at: null };
      }
      return handoff.unsaved();
    },

    async dismissUnsaved(_data: unknown, sender: SenderLike | undefined): Promise<boolean> {
      if (!isExtensionPage(sender, deps)) {
        denied('dismissUnsaved', sender);
        return false;
      }
      return handoff.dismiss();
    },

    async knownPosts(data: unknown, sender: SenderLike | undefined): Promise<Record<string, PostKnowledge>> {
      if (!isContentScript(sender, deps) && !isExtensionPage(sender, deps)) {
        denied('knownPosts', sender);
        return {};
      }
      if (!Array.isArray(data)) return {};
      const keys = data.filter((k): k is string => typeof k === 'string' && k.length <= MAX_KEY_LENGTH);
      try {
        return await knownPosts(await deps.db(), keys, (await deps.settings()).erPreference);
      } catch (e) {
        deps.warn(`PostLens: knownPosts failed: ${describeStorageError(e)}`); // i18n-ignore: console log
        return {};
      }
    },

    async importData(data: ExportV1 | unknown, sender: SenderLike | undefined) {
      const refused = fromPage('importData', sender);
      if (refused) return refused;
      const id = cancelIdOf(data, 'importId'); // { importId, file } can be cancelled, a bare file not
      const checked = checkAnyExport(id === undefined ? data : (data as { file?: unknown }).file);
      // An invalid file is the file's problem, not storage's: no storage warning for it.
      if (!checked.ok) return importRefused(checked.error);
      return guard<{ added: ImportCounts }>('importData', sender, (db) =>
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

    async saveCampaign(data: unknown, sender: SenderLike | undefined) {
      const refused = fromPage('saveCampaign', sender);
      if (refused) return refused;
      const checked = checkCampaignInput(data);
      // Bad input is the form's problem, not storage's: no storage warning for it.
      if (!checked.ok) return { ok: false as const, error: t('background.campaignNotSaved', checked.error) };
      const newId = deps.newId ?? (() => crypto.randomUUID());
      return guard('saveCampaign', sender, (db) => putCampaign(db, checked.value, deps.now(), newId));
    },

    /** Adds post keys to a stored campaign, idempotently (lib/background/campaign-posts.ts). */
    addPostsToCampaign: (data: unknown, sender: SenderLike | undefined) =>
      addPostsToCampaign(data, sender, { now: deps.now, fromPage, guard }),
    removePostsFromCampaign: (data: unknown, sender: SenderLike | undefined) =>
      removePostsFromCampaign(data, sender, { now: deps.now, fromPage, guard }),

    deleteCampaign: (id: unknown, sender: SenderLike | undefined) =>
      typeof id === 'string'
        ? guard('deleteCampaign', sender, (db) => removeCampaign(db, id))
        : Promise.resolve({ ok: false as const, error: t('background.needsCampaignId') }),

    async storageStatus(_data: unknown, sender: SenderLike | undefined): Promise<StorageStatus> {
      if (!isExtensionPage(sender, deps) && !isContentScript(sender, deps)) {
        denied('storageStatus', sender);
        return { lastError: null, at: null };
      }
      return status.get();
    },
  };
}

export type Handlers = ReturnType<typeof createHandlers>;
