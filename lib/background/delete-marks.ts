// What the user deleted, as the hand-off must know it: a batch read before a delete must not bring
// back what it deleted when it is stored after it (one waiting in storage.local because the
// database refused it, one a drain was storing as the delete ran, one a page left open retries by
// message). "Delete all data" notes its time (deletedAllItem): a batch read by then is removed
// unstored. A post or an author deleted notes its key and time (deletedKeysItem): a batch read by
// then is stored without their readings. Deletes and stores of batches run one after the other
// (asTake, asDelete), so none is checked before a delete and stored after it. handoff.ts and the
// readings handlers use it.

import { browser } from 'wxt/browser';
import { storage } from '#imports';
import { isObject } from '../check-fields';
import {
  DELETED_ALL_KEY,
  DELETED_KEYS_KEY,
  type DeletedKeys,
  deletedKeysOf,
  HANDOFF_PREFIX,
  isTime,
  NO_DELETED_KEYS,
} from '../messages';
import { authorKey, type Platform, postKey } from '../types';

/** The parts of browser.storage.local the hand-off uses. */
export interface HandoffArea {
  get(keys: null): Promise<Record<string, unknown>>;
  remove(keys: string[]): Promise<void>;
}

/**
 * When the user last deleted all data (epoch ms), or null. A hand-off read at or before it is
 * removed, not stored: the user asked for nothing to be kept, and it would bring back posts they
 * deleted (one waiting because the database refused it, one a drain had read as the delete ran,
 * or one a page wrote to storage just after). Kept in storage.local, so a worker started later
 * knows it too.
 */
export const deletedAllItem = storage.defineItem<number | null>(`local:${DELETED_ALL_KEY}`, {
  fallback: null,
});

/** deletedKeysAt: when each post and author the user deleted one by one was deleted (DeletedKeys). */
export const deletedKeysItem = storage.defineItem<DeletedKeys>(`local:${DELETED_KEYS_KEY}`, {
  fallback: NO_DELETED_KEYS,
});
/**
 * The bound on what deletedKeysItem keeps in storage.local (some tens of bytes a key: under a
 * megabyte); an author's delete counts their key and one for each of their posts.
 */
export const MAX_DELETED_KEYS = 10_000;

/** What one delete took, by key: the posts, and the authors (their posts are in `posts` too). */
export interface DeletedOnes {
  posts: readonly string[];
  authors: readonly string[];
}

/** The keys deleted one by one, as one hand-off keeps them: key -> when deleted. */
interface DeletedMaps {
  posts: Map<string, number>;
  authors: Map<string, number>;
}

/** Adds `gone`, deleted at `at`, to `into` (the later time of a key deleted twice). */
function addDeleted(into: DeletedMaps, gone: DeletedKeys | (DeletedOnes & { at: number })): void {
  const add = (m: Map<string, number>, key: string, at: number) => m.set(key, Math.max(at, m.get(key) ?? at));
  if ('at' in gone) {
    for (const key of gone.posts) add(into.posts, key, gone.at);
    for (const key of gone.authors) add(into.authors, key, gone.at);
  } else {
    for (const [key, at] of Object.entries(gone.posts)) add(into.posts, key, at);
    for (const [key, at] of Object.entries(gone.authors)) add(into.authors, key, at);
  }
}

/**
 * The keys past MAX_DELETED_KEYS, oldest deletes first; of one delete, its posts before its
 * author (a reading of the author's post that names them is still left out by the author's key).
 */
function overCap(keys: DeletedKeys): { posts: string[]; authors: string[] } {
  const all = [
    ...Object.entries(keys.posts).map(([key, at]) => ({ key, at, author: false })),
    ...Object.entries(keys.authors).map(([key, at]) => ({ key, at, author: true })),
  ];
  const over = all.length - MAX_DELETED_KEYS;
  if (over <= 0) return { posts: [], authors: [] };
  const oldest = all.sort((a, b) => a.at - b.at || Number(a.author) - Number(b.author)).slice(0, over);
  return {
    posts: oldest.filter((e) => !e.author).map((e) => e.key),
    authors: oldest.filter((e) => e.author).map((e) => e.key),
  };
}

/**
 * Takes and messages under way (each registered before its first await) and the delete running,
 * if one: a delete waits for those begun before it, one begun during a delete waits for it, so no
 * batch is checked against the marks before a delete and stored after it. Empty between operations.
 */
const taking = new Set<Promise<unknown>>();
let deleting: Promise<unknown> | null = null;
/** Each hand-off's copy of the mark, told of a new one at once (without a read of storage). */
const markCopies = new Set<(at: number) => void>();
/** Each hand-off's copy of the keys deleted one by one, told of a delete at once. */
const keyCopies = new Set<(gone: DeletedOnes & { at: number }) => void>();

/** Runs `take` after any delete running now, counted as under way until it ends. */
export function asTake<T>(take: () => Promise<T>): Promise<T> {
  const run = (deleting ? deleting.then(take, take) : take()).finally(() => taking.delete(run));
  taking.add(run);
  return run;
}

/**
 * Runs `work` (a delete) once no batch is being stored, holding new ones back, with the time taken
 * before it starts: a batch read after it is the user's new browsing, stored as usual.
 */
function asDelete<T>(work: (at: number) => Promise<T>): Promise<T> {
  // Taken now: a take begun from here on waits for this delete, so must not be waited for.
  const before = [deleting, ...taking];
  const run = (async () => {
    await Promise.allSettled(before);
    return work(Date.now());
  })();
  const settled = run.then(
    () => {},
    () => {},
  );
  deleting = settled;
  void settled.then(() => {
    if (deleting === settled) deleting = null;
  });
  return run;
}

/**
 * Runs the delete of one post or one author (`deleteOne`) as deleteAllHandoffs runs "delete all";
 * once it has committed (`ok`), marks the keys `gone` names as deleted at its time, so the
 * readings of them in a batch read by then are left out when it is stored (deletedKeysItem).
 */
export function deleteOneHandoffs<T extends { ok: boolean }>(
  deleteOne: () => Promise<T>,
  gone: (result: T & { ok: true }) => DeletedOnes,
  warn: (message: string) => void = console.warn,
): Promise<T> {
  return asDelete(async (at) => {
    const result = await deleteOne();
    if (!result.ok) return result;
    const keys = gone(result as T & { ok: true });
    for (const tell of keyCopies) tell({ ...keys, at });
    try {
      const maps: DeletedMaps = { posts: new Map(), authors: new Map() };
      addDeleted(maps, deletedKeysOf(await deletedKeysItem.getValue()));
      addDeleted(maps, { ...keys, at });
      const next = { posts: Object.fromEntries(maps.posts), authors: Object.fromEntries(maps.authors) };
      const over = overCap(next);
      for (const key of over.posts) delete next.posts[key];
      for (const key of over.authors) delete next.authors[key];
      const forgotten = over.posts.length + over.authors.length;
      if (forgotten > 0)
        // i18n-ignore: console log
        warn(`PostLens: past ${MAX_DELETED_KEYS} deleted keys, the ${forgotten} oldest are forgotten`);
      await deletedKeysItem.setValue(next);
    } catch (e) {
      // This worker's copy still leaves them out; a worker started later does not know them.
      warn(`PostLens: could not note the posts and authors deleted: ${String(e)}`); // i18n-ignore: console log
    }
    return result;
  });
}

/**
 * Runs `deleteAll` once no hand-off is being stored, holding new ones back; once it has committed
 * (`ok`), marks its time and removes the hand-offs read by then. The time is taken before the
 * delete starts: a batch read after it is the user's new browsing, stored as usual.
 */
export function deleteAllHandoffs<T extends { ok: boolean }>(
  deleteAll: () => Promise<T>,
  warn: (message: string) => void = console.warn,
  area: HandoffArea = browser.storage.local as unknown as HandoffArea,
): Promise<T> {
  return asDelete(async (at) => {
    const result = await deleteAll();
    if (!result.ok) return result;
    for (const tell of markCopies) tell(at);
    let noted = false;
    try {
      await deletedAllItem.setValue(at);
      noted = true;
    } catch (e) {
      warn(`PostLens: could not note when all data was deleted: ${String(e)}`); // i18n-ignore: console log
    }
    try {
      // Every key deleted one by one was deleted before the mark just noted, which covers it.
      if (noted) await deletedKeysItem.removeValue();
    } catch (e) {
      warn(`PostLens: could not forget the posts and authors deleted before: ${String(e)}`); // i18n-ignore: console log
    }
    try {
      const all = await area.get(null);
      const gone = Object.entries(all)
        .filter(([key, value]) => key.startsWith(HANDOFF_PREFIX) && !readAfter(value, at))
        .map(([key]) => key);
      if (gone.length > 0) await area.remove(gone);
    } catch (e) {
      // The mark above still keeps them from being stored; they are removed when next taken.
      warn(`PostLens: could not remove the hand-offs of deleted data: ${String(e)}`); // i18n-ignore: console log
    }
    return result;
  });
}

/** True for a readable hand-off read after `at` (one unreadable is removed when taken anyway). */
function readAfter(value: unknown, at: number): boolean {
  const read = isObject(value) ? value.at : undefined;
  return typeof read === 'number' && read > at;
}

/**
 * `batch` (read at `read`) without the readings of the posts and authors deleted at or after that
 * time: a post whose key, or whose author's key, was deleted since, and the profile header of an
 * author deleted since. `left` counts the readings left out; with none, the batch is the same object.
 * Keys as lib/types' postKey and authorKey make them from the page's values, which the checks keep
 * as they are (a reading they would refuse is refused anyway).
 */
function withoutDeleted(
  batch: unknown,
  read: number,
  deleted: DeletedMaps,
): { batch: unknown; left: number } {
  if (!isObject(batch)) return { batch, left: 0 };
  const after = (m: Map<string, number>, key: string) => {
    const at = m.get(key);
    return at !== undefined && read <= at;
  };
  const authorGone = (platform: unknown, handle: unknown) =>
    typeof platform === 'string' &&
    typeof handle === 'string' &&
    after(deleted.authors, authorKey(platform as Platform, handle));
  const postGone = (p: unknown) => {
    if (!isObject(p) || typeof p.platform !== 'string') return false;
    const author = isObject(p.author) ? p.author.handle : undefined;
    return (
      (typeof p.postId === 'string' &&
        after(deleted.posts, postKey({ platform: p.platform as Platform, postId: p.postId }))) ||
      authorGone(p.platform, author)
    );
  };
  const posts = Array.isArray(batch.posts) ? batch.posts : null;
  const kept = posts?.filter((p) => !postGone(p)) ?? null;
  const profileGone = isObject(batch.profile) && authorGone(batch.profile.platform, batch.profile.handle);
  const left = (posts && kept ? posts.length - kept.length : 0) + (profileGone ? 1 : 0);
  if (left === 0) return { batch, left };
  return {
    batch: { ...batch, ...(kept ? { posts: kept } : {}), ...(profileGone ? { profile: null } : {}) },
    left,
  };
}

/**
 * One hand-off's view of the deletes: the stored marks, read once (a worker started after a
 * delete; through the area itself, as WXT's items add round trips a take made at start-up would
 * wait for), then kept up to date by this worker's deletes at once, without a read of storage.
 */
export function watchDeletes(area: HandoffArea, warn: (message: string) => void) {
  let mark: number | null | undefined;
  markCopies.add((at) => {
    mark = at;
  });
  const deletedOnes: DeletedMaps = { posts: new Map(), authors: new Map() };
  keyCopies.add((gone) => addDeleted(deletedOnes, gone));
  const ready = area.get(null).then(
    (all) => {
      const stored = all[DELETED_ALL_KEY];
      mark ??= isTime(stored) ? stored : null;
      addDeleted(deletedOnes, deletedKeysOf(all[DELETED_KEYS_KEY]));
    },
    (e: unknown) => {
      // deleteAllHandoffs removed what was waiting then; only a batch written just after is unchecked.
      warn(`PostLens: could not read when all data was deleted: ${String(e)}`); // i18n-ignore: console log
      mark ??= null;
    },
  );
  return {
    /** Resolves once the stored marks are read. */
    ready,
    /** When all data was last deleted, or null (after `ready`). */
    allDeletedAt: (): number | null => mark ?? null,
    /** `batch`, read at `read`, without the readings of what was deleted since (withoutDeleted). */
    without: (batch: unknown, read: number) => withoutDeleted(batch, read, deletedOnes),
  };
}
