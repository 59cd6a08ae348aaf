// The write path: readings from content scripts become posts, authors and timestamped snapshots.
// Every batch is validated first, and all writes of a call go into ONE transaction, so a failure
// leaves the database exactly as it was.

import { validateBatch } from '../check';
import type { ReadingBatch, RecordResult } from '../messages';
import type { Count, Platform, PostReading } from '../types';
import { authorKey, COUNT_FIELDS, pickCounts, postKey } from '../types';
import type { PostLensDb } from './db';
import type { AuthorRecord, PostRecord } from './schema';
import {
  abortQuietly,
  describeStorageError,
  latestFollowerTime,
  latestSnapshot,
  type WriteTx,
  writeTx,
} from './transactions';

export interface RecordSettings {
  /** A new snapshot of an unchanged post (or author) only after this many minutes. */
  snapshotIntervalMinutes: number;
}

const MINUTE_MS = 60_000;

/** Records one batch. See recordBatches. */
export async function recordBatch(
  db: PostLensDb,
  batch: unknown,
  settings: RecordSettings,
  now: number,
  log?: (message: string) => void,
): Promise<RecordResult> {
  const [result] = await recordBatches(db, [batch], settings, now, log);
  return result!;
}

/**
 * Records batches in one transaction, one result per batch, in order. stored counts the posts
 * recorded; dropped the readings validation left out. A batchId seen before is not stored again
 * (duplicate: true). On a storage failure every batch gets { ok: false } and nothing is written.
 * A malformed batch is answered ok with everything dropped: sending it again cannot fix it, and
 * the content script retries whatever is not ok. log receives the reasons.
 */
export async function recordBatches(
  db: PostLensDb,
  batches: readonly unknown[],
  settings: RecordSettings,
  now: number,
  log: (message: string) => void = () => {},
): Promise<RecordResult[]> {
  const minutes = settings.snapshotIntervalMinutes;
  const interval = (Number.isFinite(minutes) && minutes >= 0 ? minutes : 30) * MINUTE_MS;
  const checked = batches.map((input) => {
    const c = validateBatch(input);
    if (!c.ok) log(`PostLens: batch refused: ${c.error}`);
    else if (c.dropped.length > 0)
      log(`PostLens: ${c.droppedCount} readings dropped: ${c.dropped.slice(0, 5).join('; ')}`);
    return c;
  });
  const refused = (input: unknown): RecordResult => {
    const posts = (input as { posts?: unknown } | null)?.posts;
    return { ok: true, stored: 0, duplicate: false, dropped: Array.isArray(posts) ? posts.length : 1 };
  };
  if (checked.every((c) => !c.ok)) return batches.map(refused);

  let tx: WriteTx | undefined;
  try {
    tx = writeTx(db);
    const results: RecordResult[] = [];
    for (const [i, c] of checked.entries()) {
      if (!c.ok) {
        results.push(refused(batches[i]));
        continue;
      }
      const duplicate = (await tx.objectStore('batches').getKey(c.batch.batchId)) !== undefined;
      if (duplicate) {
        results.push({ ok: true, stored: 0, duplicate: true, dropped: 0 });
        continue;
      }
      await writeBatch(tx, c.batch, interval, now);
      await tx.objectStore('batches').put({ batchId: c.batch.batchId, at: now });
      results.push({ ok: true, stored: c.batch.posts.length, duplicate: false, dropped: c.droppedCount });
    }
    await tx.done;
    return results;
  } catch (e) {
    abortQuietly(tx);
    const error = describeStorageError(e);
    return checked.map((c, i) => (c.ok ? { ok: false, error } : refused(batches[i])));
  }
}

async function writeBatch(tx: WriteTx, batch: ReadingBatch, interval: number, now: number): Promise<void> {
  const { profile } = batch;
  if (profile)
    await noteAuthor(tx, profile.platform, profile.handle, profile.name, profile.followers, interval, now);
  for (const reading of batch.posts) await writePost(tx, reading, interval, now);
}

/** Upserts an author; a follower snapshot when followers changed or the interval passed. */
export async function noteAuthor(
  tx: WriteTx,
  platform: Platform,
  handle: string,
  name: string | null,
  followers: Count | undefined,
  interval: number,
  now: number,
): Promise<AuthorRecord> {
  const key = authorKey(platform, handle);
  const store = tx.objectStore('authors');
  const rec: AuthorRecord = (await store.get(key)) ?? {
    key,
    platform,
    handle,
    name: null,
    followers: null,
    followersAt: null,
  };
  if (name) rec.name = name;
  if (typeof followers === 'number') {
    const last = await latestFollowerTime(tx, key);
    if (followers !== rec.followers || last === null || now - last >= interval) {
      await tx.objectStore('followerSnapshots').add({ authorKey: key, capturedAt: now, followers });
    }
    rec.followers = followers;
    rec.followersAt = Math.max(rec.followersAt ?? now, now);
  }
  await store.put(rec);
  return rec;
}

async function writePost(tx: WriteTx, r: PostReading, interval: number, now: number): Promise<void> {
  const key = postKey(r);
  const handle = r.author.handle;
  const author = handle
    ? await noteAuthor(tx, r.platform, handle, r.author.name, r.author.followers, interval, now)
    : null;

  const posts = tx.objectStore('posts');
  const old = await posts.get(key);
  const post: PostRecord = old
    ? {
        ...old,
        // First non-null wins: a feed card and the permalink may show these differently.
        authorKey: old.authorKey ?? author?.key ?? null,
        authorHandle: old.authorHandle ?? handle,
        authorName: old.authorName ?? r.author.name,
        publishedAt: old.publishedAt ?? r.publishedAt,
        text: old.text || r.text,
        promoted: old.promoted || r.promoted === true,
        firstSeen: Math.min(old.firstSeen, now),
        lastSeen: Math.max(old.lastSeen, now),
      }
    : {
        key,
        platform: r.platform,
        postId: r.postId,
        url: r.url,
        authorKey: author?.key ?? null,
        authorHandle: handle,
        authorName: r.author.name,
        publishedAt: r.publishedAt,
        text: r.text,
        promoted: r.promoted === true,
        firstSeen: now,
        lastSeen: now,
      };
  await posts.put(post);

  const last = await latestSnapshot(tx, key);
  // A count the page stopped showing (null) is absence, not change.
  const changed = !last || COUNT_FIELDS.some((f) => r[f] !== null && r[f] !== last[f]);
  if (!changed && now - last.capturedAt < interval) return;
  let followers = author?.followers ?? null;
  if (followers === null && post.authorKey)
    followers = (await tx.objectStore('authors').get(post.authorKey))?.followers ?? null;
  await tx.objectStore('snapshots').add({
    postKey: key,
    capturedAt: now,
    ...pickCounts(r),
    followers,
  });
}
