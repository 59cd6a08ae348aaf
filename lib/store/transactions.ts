// Small pieces the write and read paths share: transaction types, key ranges, storage errors.
import type { IDBPTransaction, StoreNames } from 'idb';
import { t } from '../i18n';
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

/** A message a person can act on, for the popup's storage warning. */
export function describeStorageError(e: unknown): string {
  const name = errName(e);
  const detail = errMessage(e);
  switch (name) {
    case 'QuotaExceededError':
      return t('store.error.quota');
    case 'AbortError':
      return detail ? t('store.error.abortedWhy', detail) : t('store.error.aborted');
    case 'DbBlockedError':
      return detail;
    case 'InvalidStateError':
      return t('store.error.closed');
    case 'VersionError':
      return t('store.error.newer');
    default:
      return t('store.error.other', name || 'Error', detail); // i18n-ignore: an error name, code
  }
}
