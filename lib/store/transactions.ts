// Small pieces the write and read paths share: transaction types, key ranges, storage errors.
import type { IDBPTransaction, StoreNames } from 'idb';
import { t } from '../i18n';
import { withRawError } from '../raw-error';
import type { FollowerSnapshotRecord, PostLensDB, SnapshotRecord } from './schema';

export const ALL_STORES = [
  'posts',
  'snapshots',
  'authors',
  'followerSnapshots',
  'batches',
  'campaigns',
  'postChunks',
  'postChanges',
] as const;
export type WriteTx = IDBPTransaction<PostLensDB, typeof ALL_STORES, 'readwrite'>;
export type AnyTx = IDBPTransaction<PostLensDB, ArrayLike<StoreNames<PostLensDB>>, IDBTransactionMode>;

/** Every [key, time] entry of one post (or author) in a compound time index. */
export const timeRange = (key: string) => IDBKeyRange.bound([key, -Infinity], [key, Infinity]);

const upTo = (key: string, time: number) => IDBKeyRange.bound([key, -Infinity], [key, time]);

/** The newest stored snapshot of a post captured at or before `time` (by time, then id), or null. */
export async function snapshotUpTo(tx: AnyTx, key: string, time: number): Promise<SnapshotRecord | null> {
  const c = await tx.objectStore('snapshots').index('by-post-time').openCursor(upTo(key, time), 'prev');
  return c?.value ?? null;
}

/** The newest stored follower snapshot of an author at or before `time` (Infinity: the newest), or null. */
export async function followersUpTo(
  tx: AnyTx,
  key: string,
  time: number,
): Promise<FollowerSnapshotRecord | null> {
  const c = await tx
    .objectStore('followerSnapshots')
    .index('by-author-time')
    .openCursor(upTo(key, time), 'prev');
  return c?.value ?? null;
}

/** Opens a read-write transaction over every store, with its completion promise pre-handled. */
export function writeTx(db: { transaction: (s: typeof ALL_STORES, m: 'readwrite') => WriteTx }): WriteTx {
  const tx = db.transaction(ALL_STORES, 'readwrite');
  // Callers await tx.done themselves; this keeps an abort from surfacing as unhandled.
  tx.done.catch(() => {});
  return tx;
}

/**
 * The requests of a transaction issued without awaiting each (idb's way: issue them all, then
 * await them with tx.done). Each is handled as it is added, so when issuing stops halfway (a
 * throw), the requests already issued reject with the aborted transaction without going unheard.
 */
export class Requests {
  private readonly all: Promise<unknown>[] = [];

  add(request: Promise<unknown>): void {
    request.catch(() => {});
    this.all.push(request);
  }

  /** Resolves when every request succeeded; rejects with the first failure. */
  settled(): Promise<unknown> {
    return Promise.all(this.all);
  }
}

/** Aborts tx if it is still running, so a failure halfway commits nothing. */
export function abortQuietly(tx: WriteTx | undefined): void {
  try {
    tx?.abort();
  } catch {
    // Already finished or aborted.
  }
}

const errName = (e: unknown): string =>
  typeof e === 'object' && e !== null && 'name' in e ? String((e as { name: unknown }).name) : '';
const errMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** `sentence`, then the raw error of `e` (its name and message) enclosed apart (withRawError). */
function withRaw(sentence: string, e: unknown): string {
  const name = errName(e);
  const message = errMessage(e);
  return withRawError(
    sentence,
    e instanceof Error && name ? (message ? `${name}: ${message}` : name) : message,
  );
}

/**
 * A message a person can act on, for the storage warning and a failed action's answer: a sentence
 * in the user's language, the browser's raw error enclosed apart (lib/raw-error.ts:
 * splitStorageError takes it out).
 */
export function describeStorageError(e: unknown): string {
  switch (errName(e)) {
    case 'QuotaExceededError':
      return withRaw(t('store.error.quota'), e);
    case 'AbortError':
      return withRaw(t('store.error.aborted'), e);
    case 'DbBlockedError':
      // Our own words (store.blocked), no browser's error to fold.
      return errMessage(e);
    case 'InvalidStateError':
      return withRaw(t('store.error.closed'), e);
    case 'VersionError':
      return withRaw(t('store.error.newer'), e);
    default:
      return withRaw(t('store.error.failed'), e);
  }
}
