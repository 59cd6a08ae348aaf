// Automatic retention pruning, without idle timers: after writes, at most once
// an hour. The last run time lives in storage.session, so a service worker that restarts every few
// minutes does not prune every time, while a new browser session prunes on its first write.
//
// It never deletes what the user has not agreed to: it runs only once the user confirmed the
// saved retention in options with a preview (retentionConsentItem, written by "Prune now"), and
// only over snapshots written before that confirmation (record ids up to the consent's). So a
// lowered setting deletes nothing until confirmed, and an import (old capture times, new ids)
// is never pruned behind the user's back. What it removes is kept in lastAutoPruneItem for options;
// a run that failed (its one transaction: nothing deleted) in autoPruneFailedItem, which the
// storage warning shows until a run succeeds.
import { storage } from '#imports';
import type { AutoPruneRecord, PruneCounts, PruneLimit, RetentionConsent } from '../messages';
import type { PostLensDb } from '../store';
import { DAY_MS, describeStorageError, pruneWithin } from '../store';
import { autoPruneFailedItem } from './storage-status';

export const PRUNE_EVERY_MS = 3_600_000;
/**
 * After a prune that failed (the database refused it or could not be opened): tried again this
 * soon, not an hour later. Often a full disk is why it failed, and what it would delete is what
 * frees the disk; a few minutes keep a failing prune from running after every write.
 */
export const PRUNE_RETRY_MS = 5 * 60_000;

export const lastPruneItem = storage.defineItem<number>('session:lastPruneAt', { fallback: 0 });

/** The user's last confirmed prune (lib/background/retention.ts writes it). */
export const retentionConsentItem = storage.defineItem<RetentionConsent | null>('local:retentionConsent', {
  fallback: null,
});

/** The last automatic prune that removed anything. */
export const lastAutoPruneItem = storage.defineItem<AutoPruneRecord | null>('local:lastAutoPrune', {
  fallback: null,
});

const isId = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/**
 * The stored consent if it can be followed, else null. storage.local can hold anything (an older
 * or broken version, a hand edit): a consent without whole-number record bounds is none, since
 * pruning it without bounds would delete what was stored after it (imports, new readings).
 */
export function usableConsent(v: unknown): RetentionConsent | null {
  if (typeof v !== 'object' || v === null) return null;
  const c = v as Partial<RetentionConsent>;
  const days = c.retentionDays;
  if (typeof days !== 'number' || !Number.isSafeInteger(days) || days < 1) return null;
  if (!isId(c.snapshotsThrough) || !isId(c.followersThrough)) return null;
  if (typeof c.at !== 'number' || !Number.isFinite(c.at)) return null;
  return {
    retentionDays: days,
    at: c.at,
    snapshotsThrough: c.snapshotsThrough,
    followersThrough: c.followersThrough,
  };
}

/** The consent as stored, checked (usableConsent). */
export const readConsent = async (): Promise<RetentionConsent | null> =>
  usableConsent(await retentionConsentItem.getValue());

/**
 * What automatic pruning may delete at `now`; null while the saved retention is not the confirmed
 * one. `consent` as readConsent gives it (checked once, where it is read).
 */
export function autoPruneLimit(
  retentionDays: number | null,
  consent: RetentionConsent | null,
  now: number,
): PruneLimit | null {
  if (retentionDays === null || !consent || consent.retentionDays !== retentionDays) return null;
  return {
    before: now - retentionDays * DAY_MS,
    snapshotsThrough: consent.snapshotsThrough,
    followersThrough: consent.followersThrough,
  };
}

export interface PruneDeps {
  db(): Promise<PostLensDb>;
  retentionDays(): Promise<number | null>;
  now(): number;
  warn(message: string): void;
}

/**
 * Prunes when the last run is an hour old (PRUNE_RETRY_MS after one that failed); returns what it
 * removed, or null when not due or failed. Old batch ids (write bookkeeping, not the user's data) are forgotten even without a consent.
 * A failure while automatic pruning is on stays in autoPruneFailedItem (the storage warning shows
 * it) until a run succeeds.
 */
export async function maybePrune(deps: PruneDeps): Promise<PruneCounts | null> {
  const now = deps.now();
  const last = await lastPruneItem.getValue();
  if (last <= now && now - last < PRUNE_EVERY_MS) return null;
  // A write of this bookkeeping that storage refuses is logged with what it would have kept, never
  // thrown: the prune's own outcome stands, and the log tells why the next run came early or late.
  // Answers whether the write was kept.
  const kept = (write: Promise<unknown>, what: string): Promise<boolean> =>
    write.then(
      () => true,
      (e: unknown) => {
        deps.warn(`PostLens: ${what}: ${describeStorageError(e)}`); // i18n-ignore: console log
        return false;
      },
    );
  // Without its time kept, every write would start a prune: this run is left out (the next write
  // tries again), and the log says so rather than that pruning failed. storage.session lives in
  // memory, so a full disk (storage.local and IndexedDB refusing writes) does not refuse this
  // write: the prune that frees room still runs then.
  if (
    !(await kept(
      lastPruneItem.setValue(now),
      'the time of this prune was not kept, so it did not run (the next write tries again)', // i18n-ignore: console log
    ))
  )
    return null;
  // Failed: due again PRUNE_RETRY_MS from now (as if the last run were that much less than an hour ago).
  const retrySoon = () =>
    kept(
      lastPruneItem.setValue(now - PRUNE_EVERY_MS + PRUNE_RETRY_MS),
      'the retry time of a failed prune was not kept, so the next one may wait the hour', // i18n-ignore: console log
    );
  let limit: PruneLimit | null = null;
  // Told to the user only while automatic pruning is on: without it (or before the settings and the
  // consent could be read) a run deletes none of their data, only old batch ids.
  const told = (error: string) =>
    limit
      ? kept(
          autoPruneFailedItem.setValue({ error, at: now }),
          'the record of a failed prune was not kept, so the storage warning does not show it', // i18n-ignore: console log
        )
      : Promise.resolve();
  let result: Awaited<ReturnType<typeof pruneWithin>>;
  try {
    limit = autoPruneLimit(await deps.retentionDays(), await readConsent(), now);
    result = await pruneWithin(await deps.db(), limit, now);
  } catch (e) {
    await Promise.all([retrySoon(), told(describeStorageError(e))]);
    throw e;
  }
  if (!result.ok) {
    await Promise.all([retrySoon(), told(result.error)]);
    deps.warn(`PostLens: pruning failed: ${result.error}`); // i18n-ignore: console log
    return null;
  }
  const { removed } = result;
  if (removed.snapshots + removed.followerSnapshots > 0)
    await kept(
      lastAutoPruneItem.setValue({ at: now, removed }),
      'the record of what automatic pruning removed was not kept, so options does not show it', // i18n-ignore: console log
    );
  // Done: a failure told before is over (or, without a consent, automatic pruning is off now).
  await kept(
    autoPruneFailedItem.removeValue(),
    'the record of a failed prune was not cleared, so the storage warning may still show it', // i18n-ignore: console log
  );
  return removed;
}

/**
 * maybePrune as the background runs it after each stored batch: one run at a time. A call while
 * one runs joins it (gets its promise) rather than starting another, which would read the last run
 * time before the running one wrote it and prune the whole store again: twice the work, two
 * records of what was removed, and a failure record one wrote that the other cleared in whichever
 * order they ended. Its failure is logged, never thrown (it is a write's aftermath, not the
 * write's), and ends the run, so the next call starts one (due PRUNE_RETRY_MS after the failure).
 * A run that never ends (a database open that never answers) holds the next ones off until the
 * service worker restarts; before, each write started a prune that would hang the same way.
 */
export function autoPruner(deps: PruneDeps): () => Promise<PruneCounts | null> {
  let running: Promise<PruneCounts | null> | null = null;
  return () => {
    running ??= maybePrune(deps)
      .catch((e: unknown) => {
        deps.warn(`PostLens: pruning failed: ${describeStorageError(e)}`); // i18n-ignore: console log
        return null;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
}
