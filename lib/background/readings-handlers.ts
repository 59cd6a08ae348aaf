// The content scripts' side of the background: readings recorded through the write queue (or
// handed off through storage.local when a page could not wait), what is known of the posts a page
// shows, and the pages' view of hand-offs not yet stored. Part of createHandlers (handlers.ts).

import { browser } from 'wxt/browser';
import { attempt, LIMITS, postOf } from '../check';
import { t } from '../i18n';
import type { CheckedReadings, PostKnowledge, RecordResult, UnsavedReadings } from '../messages';
import { handoffKey } from '../messages';
import { describeStorageError, knownPosts, WriteQueue } from '../store';
import { createCheckedReadings, NO_CHECKED_READINGS } from './checked-readings';
import type { HandlerContext, HandlerDeps } from './handler-context';
import { createHandoff, type HandoffArea } from './handoff';
import { autoPruner } from './prune-schedule';
import { isContentScript, isExtensionPage, type SenderLike } from './senders';
import { cachedSettings } from './settings-cache';
import { browserAccess, siteStillGranted } from './site-granted';
import { createWatchAlerts } from './watch-alerts';

const MAX_KEY_LENGTH = 220;

const platformOf = (p: unknown): unknown =>
  typeof p === 'object' && p !== null ? (p as { platform?: unknown }).platform : undefined;

/**
 * The keys of the posts in a batch that the check leaves out (lib/check.ts: their platform, id or
 * link fails, or they are past LIMITS.posts), by the same postOf the recorder checks with: the
 * recorder counts them only, and the page must know which of its posts will never be stored.
 */
function refusedKeys(data: unknown): string[] {
  const posts = (data as { posts?: unknown } | null)?.posts;
  if (!Array.isArray(posts)) return [];
  const keys: string[] = [];
  posts.forEach((p: unknown, i) => {
    if (i < LIMITS.posts && 'value' in attempt(() => postOf(p))) return;
    const { platform, postId } = (typeof p === 'object' && p !== null ? p : {}) as Record<string, unknown>;
    if (typeof platform === 'string' && typeof postId === 'string') keys.push(`${platform}:${postId}`);
  });
  return keys;
}

export function createReadingsHandlers(deps: HandlerDeps, { note, retentionDays, denied }: HandlerContext) {
  // One prune at a time: a batch stored while one runs joins it (autoPruner says why).
  const autoPrune = autoPruner({ db: deps.db, retentionDays, now: deps.now, warn: deps.warn });
  const settings = cachedSettings(deps.settings);
  // Watchlist breakout alerts, checked after each stored batch, by the same kept settings. Alert
  // records storage refused are a storage failure like any other: the popup's warning says so.
  const watch = createWatchAlerts({
    ...deps,
    settings,
    storageFailed: (error) => note({ ok: false, error }),
  });
  // What the batch check changed, told to the user (before a platform's switch adds its drops).
  const checked = createCheckedReadings(deps);
  const access = deps.siteAccess ?? browserAccess;

  /**
   * The automatic prune started (or joined) after the last write, so tests (and callers) can await
   * it: a prune an earlier write started and still runs is this one too.
   */
  let pruning: Promise<unknown> = Promise.resolve();

  const queue = new WriteQueue({
    db: deps.db,
    settings,
    now: deps.now,
    log: deps.warn,
    async onWritten(results) {
      const failed = results.find((r) => !r.ok);
      await Promise.all([note(failed ?? { ok: true }), checked.noted(results)]);
      // After a failed write too: on a full disk no write succeeds, and the prune the user
      // confirmed is what frees room (maybePrune runs it once an hour, or 5 minutes after a failure).
      pruning = autoPrune();
    },
  });

  /**
   * Stores a batch (from a message, or handed off through storage) as the user's settings allow.
   * `kept`: what was sent to the store (the batch without a switched-off platform's readings), or
   * null when nothing was: only that is checked for alerts, so a reading PostLens did not keep
   * raises none (it would judge the stored readings of hours ago as news).
   */
  const accept = async (data: unknown, at?: number): Promise<{ result: RecordResult; kept: unknown }> => {
    const current = await settings();
    const posts = (data as { posts?: unknown } | null)?.posts;
    const count = Array.isArray(posts) ? posts.length : 0;
    // Switched off, or the access the user gave the page's site taken back (site-granted.ts):
    // nothing is kept, by the user's choice, so there is nothing to tell.
    if (
      !current.enabled ||
      !(await siteStillGranted((data as { pageUrl?: unknown } | null)?.pageUrl, access))
    )
      return {
        result: { ok: true, stored: 0, duplicate: false, dropped: count, nulled: 0, cut: 0, reasons: [] },
        kept: null,
      };
    // Readings of a platform the user switched off are not kept, whatever the page sent: neither
    // its posts nor its profile header (the author's followers).
    const switches: Record<string, boolean> = current.platforms;
    const on = (p: unknown) => {
      const platform = platformOf(p);
      return typeof platform !== 'string' || switches[platform] !== false;
    };
    const allowed = Array.isArray(posts) ? posts.filter(on) : posts;
    const profile = (data as { profile?: unknown } | null)?.profile;
    const profileOff = profile != null && !on(profile);
    const left =
      (Array.isArray(posts) ? posts.length - (allowed as unknown[]).length : 0) + (profileOff ? 1 : 0);
    if (left > 0) {
      const kept = { ...(data as object), posts: allowed, ...(profileOff ? { profile: null } : {}) };
      const result = await queue.record(kept, at);
      return { result: result.ok ? { ...result, dropped: result.dropped + left } : result, kept };
    }
    return { result: await queue.record(data, at), kept: data };
  };

  const handoff = createHandoff({
    area: deps.handoffArea ?? (browser.storage.local as unknown as HandoffArea),
    record: (batch, at) =>
      accept(batch, at).then(({ result, kept }) =>
        kept === null ? result : watch.afterWrite(kept, result, at),
      ),
    now: deps.now,
    warn: deps.warn,
  });

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
      // Checked and stored as a take: a delete begun meanwhile waits for it to be stored (then
      // deletes what it stored), one running now is waited for (then checked against).
      return handoff.asTake(async (): Promise<RecordResult> => {
        // Read before the user deleted all data: not kept, by the user's choice (as when PostLens
        // is off), and answered so the page lets its copy go rather than retry.
        if (await handoff.readBeforeDeleteAll(data)) {
          const posts = (data as { posts?: unknown } | null)?.posts;
          const dropped = Array.isArray(posts) ? posts.length : 0;
          const id = (data as { batchId?: unknown }).batchId;
          if (typeof id === 'string') void handoff.forget(handoffKey(id));
          return { ok: true, stored: 0, duplicate: false, dropped, nulled: 0, cut: 0, reasons: [] };
        }
        // The readings of posts and authors the user deleted after the page read them are left
        // out, by the user's choice, and counted as dropped; the rest of the batch is stored.
        const { batch, left } = await handoff.withoutDeleted(data);
        const { result: stored, kept } = await accept(batch);
        let result = stored.ok && left > 0 ? { ...stored, dropped: stored.dropped + left } : stored;
        // Which readings the check left out, for the page's popup. Checked again only when the
        // answer says some were left out, or a retry's (whose first answer may have been lost).
        if (result.ok && (result.dropped > 0 || result.duplicate)) {
          const refused = refusedKeys(data);
          if (refused.length > 0) result = { ...result, refused };
        }
        // A batch stored before (a retry, or its hand-off copy taken first) was checked then: its
        // readings alert once, not again once the hour between alerts has passed.
        if (result.ok && !result.duplicate && kept !== null) watch.written(kept);
        // Answered after the commit: the copy the content script kept is no longer needed.
        const batchId = (data as { batchId?: unknown } | null)?.batchId;
        if (result.ok && typeof batchId === 'string') void handoff.forget(handoffKey(batchId));
        if (result.ok && handoff.hasWaiting) void handoff.drainAll();
        return result;
      });
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

    async dismissUnsaved(data: unknown, sender: SenderLike | undefined): Promise<boolean> {
      if (!isExtensionPage(sender, deps)) {
        denied('dismissUnsaved', sender);
        return false;
      }
      return handoff.dismiss(data);
    },

    async checkedReadings(_data: unknown, sender: SenderLike | undefined): Promise<CheckedReadings> {
      if (!isExtensionPage(sender, deps)) {
        denied('checkedReadings', sender);
        return NO_CHECKED_READINGS;
      }
      return checked.get();
    },

    async dismissChecked(data: unknown, sender: SenderLike | undefined): Promise<boolean> {
      if (!isExtensionPage(sender, deps)) {
        denied('dismissChecked', sender);
        return false;
      }
      return checked.dismiss(data);
    },

    async knownPosts(data: unknown, sender: SenderLike | undefined): Promise<Record<string, PostKnowledge>> {
      if (!isContentScript(sender, deps) && !isExtensionPage(sender, deps)) {
        denied('knownPosts', sender);
        return {};
      }
      if (!Array.isArray(data)) return {};
      const keys = data.filter((k): k is string => typeof k === 'string' && k.length <= MAX_KEY_LENGTH);
      try {
        return await knownPosts(await deps.db(), keys, (await settings()).erPreference);
      } catch (e) {
        deps.warn(`PostLens: knownPosts failed: ${describeStorageError(e)}`); // i18n-ignore: console log
        return {};
      }
    },
  };
}
