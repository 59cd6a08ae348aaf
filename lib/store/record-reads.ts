// A recording call's reads (record-writes.ts has its readings applied to them): every record the
// batches can touch, read in waves inside the call's one transaction, so that applying the
// readings in memory needs no further request.

import type { ReadingBatch } from '../messages';
import type { Count, Platform } from '../types';
import { authorKey, postKey } from '../types';
import type { AuthorRecord, FollowerSnapshotRecord, SnapshotRecord, StoredPost } from './schema';
import { followersUpTo, snapshotUpTo, type WriteTx } from './transactions';

/** One author as the call sees it: the stored record (if any) and its state after the readings. */
export interface AuthorState {
  stored: AuthorRecord | undefined;
  rec: AuthorRecord;
  /** Newest follower snapshot time; null when none is stored, or not read (no reading gave followers). */
  lastFollowerAt: number | null;
  /**
   * When its name was read: the record's nameAt; for a record stored before nameAt was kept, as far
   * as known: the newest time it is known to have been read (followers, and for an author whose
   * name a reading would change its posts' lastSeen); then each taken name's time. null: unknown,
   * any name read takes its place.
   */
  nameAt: number | null;
}

/**
 * When a stored author's name was read (AuthorState.nameAt): its nameAt; for a record stored before
 * nameAt was kept, the newest time the record (followers) and, for one a reading would rename, its
 * posts (lastSeen) say it was read; null when unknown.
 */
function nameTime(
  stored: AuthorRecord,
  lastFollowerAt: number | null,
  posts: readonly StoredPost[] | undefined,
): number | null {
  if (stored.nameAt !== undefined) return stored.nameAt;
  if (stored.name === null) return null;
  const readTimes = [stored.followersAt, lastFollowerAt, ...(posts ?? []).map((p) => p.lastSeen)].filter(
    (t): t is number => t !== null,
  );
  return readTimes.length > 0 ? readTimes.reduce((m, t) => Math.max(m, t)) : null;
}

const distinct = <T>(items: Iterable<T>) => [...new Set(items)];
const readEach = <T>(keys: readonly string[], read: (key: string) => Promise<T>) =>
  Promise.all(keys.map(read)).then((values) => new Map(keys.map((k, i) => [k, values[i] as T])));

/** A post's (or author's) key and a time, as one map key. */
export const at = (key: string, time: number) => `${key}|${time}`;

/** What a call found stored, for Writes to apply its readings to. */
export interface CallReads {
  /** The batch ids of the call already stored. */
  seenBatches: Set<string>;
  /** Each post a reading names, as stored (undefined: new). */
  posts: Map<string, StoredPost | undefined>;
  /** Each stored author a reading names, or the author of a stored post a reading names. */
  authors: Map<string, AuthorState>;
  /** Each author's newest stored follower snapshot (read for the authors a reading gave followers). */
  storedFollowers: Map<string, FollowerSnapshotRecord | null>;
  /**
   * For a reading read before a stored post's two newest snapshots (or an author's newest
   * follower snapshot): the stored one at or before its time, by `${key}|${time}`.
   */
  storedUpTo: Map<string, SnapshotRecord | null>;
  storedFollowersUpTo: Map<string, FollowerSnapshotRecord | null>;
}

/**
 * Reads every record the batches can touch: one wave for their keys, one for stored posts'
 * authors, the posts of an author a reading would rename and, for a reading read before what is
 * stored of its post or author (a late batch, a clock set back), the stored snapshot before it in
 * time; then, only for a post reading read before its author's newest follower count, the
 * follower snapshot before it. times: each batch's capture time.
 */
export async function readCall(
  tx: WriteTx,
  batches: readonly ReadingBatch[],
  times: readonly number[],
): Promise<CallReads> {
  const postKeys = distinct(batches.flatMap((b) => b.posts.map(postKey)));
  const authorKeys = new Set<string>();
  const withFollowers = new Set<string>();
  /** [author key, time] of every reading that gives an author's followers. */
  const followerReadings: [string, number][] = [];
  /** [author key, name] of every reading that names an author. */
  const nameReadings: [string, string][] = [];
  const note = (
    platform: Platform,
    handle: string | null,
    name: string | null,
    followers: Count | undefined,
    time: number,
  ) => {
    if (!handle) return;
    const key = authorKey(platform, handle);
    authorKeys.add(key);
    if (name) nameReadings.push([key, name]);
    if (typeof followers === 'number') {
      withFollowers.add(key);
      followerReadings.push([key, time]);
    }
  };
  for (const [i, b] of batches.entries()) {
    const time = times[i]!;
    if (b.profile) note(b.profile.platform, b.profile.handle, b.profile.name, b.profile.followers, time);
    for (const r of b.posts) note(r.platform, r.author.handle, r.author.name, r.author.followers, time);
  }
  const batchIds = distinct(batches.map((b) => b.batchId));
  const [seen, posts, authors, newestFollowers] = await Promise.all([
    readEach(batchIds, (k) => tx.objectStore('batches').getKey(k)),
    readEach(postKeys, (k) => tx.objectStore('posts').get(k)),
    readEach([...authorKeys], (k) => tx.objectStore('authors').get(k)),
    readEach([...withFollowers], (k) => followersUpTo(tx, k, Infinity)),
  ]);
  // A stored post keeps its author even when a reading names none (or another).
  const postAuthors = distinct(
    [...posts.values()].flatMap((p) => (p?.authorKey && !authors.has(p.authorKey) ? [p.authorKey] : [])),
  );
  // Readings read before a stored post's previous snapshot, or an author's newest follower
  // snapshot: the snapshot before each in time is read, to compare it with.
  const lateReadings = new Map<string, [string, number]>();
  for (const [i, b] of batches.entries()) {
    const time = times[i]!;
    for (const r of b.posts) {
      const key = postKey(r);
      const previous = posts.get(key)?.summary.previous;
      if (previous && time < previous.capturedAt) lateReadings.set(at(key, time), [key, time]);
    }
  }
  const lateFollowers = new Map<string, [string, number]>();
  for (const [key, time] of followerReadings) {
    const newest = newestFollowers.get(key);
    if (newest && time < newest.capturedAt) lateFollowers.set(at(key, time), [key, time]);
  }
  // Authors stored before records kept nameAt whose stored name a reading would change (rare):
  // their posts, for when each was last seen, as such a record keeps no time for its name and a
  // late batch's name must not replace a newer one. A record with nameAt needs no read.
  const renamed = distinct(
    nameReadings.flatMap(([key, name]) => {
      const stored = authors.get(key);
      return stored?.name && stored.nameAt === undefined && stored.name !== name ? [key] : [];
    }),
  );
  const [postAuthorRecords, upTo, followersUpToTime, renamedPosts] = await Promise.all([
    readEach(postAuthors, (k) => tx.objectStore('authors').get(k)),
    readEach([...lateReadings.keys()], (k) => snapshotUpTo(tx, ...lateReadings.get(k)!)),
    readEach([...lateFollowers.keys()], (k) => followersUpTo(tx, ...lateFollowers.get(k)!)),
    readEach(renamed, (k) => tx.objectStore('posts').index('by-author').getAll(k)),
  ]);
  for (const [k, a] of postAuthorRecords) authors.set(k, a);
  // A snapshot takes the followers read at or before its time: for a post reading that shows
  // none, read before its author's newest count (stored, or of this call), the follower
  // snapshot at or before its time.
  const newestFollowerReading = new Map<string, number>();
  for (const [key, time] of followerReadings)
    newestFollowerReading.set(key, Math.max(time, newestFollowerReading.get(key) ?? time));
  const lateSnapshotFollowers = new Map<string, [string, number]>();
  for (const [i, b] of batches.entries()) {
    const time = times[i]!;
    for (const r of b.posts) {
      if (typeof r.author.followers === 'number') continue;
      const stored = posts.get(postKey(r))?.authorKey;
      const keys = [r.author.handle ? authorKey(r.platform, r.author.handle) : null, stored ?? null];
      for (const key of keys) {
        if (!key || followersUpToTime.has(at(key, time))) continue;
        const newest = Math.max(
          authors.get(key)?.followersAt ?? -Infinity,
          newestFollowerReading.get(key) ?? -Infinity,
        );
        if (time < newest) lateSnapshotFollowers.set(at(key, time), [key, time]);
      }
    }
  }
  const snapshotFollowersUpTo = await readEach([...lateSnapshotFollowers.keys()], (k) =>
    followersUpTo(tx, ...lateSnapshotFollowers.get(k)!),
  );
  for (const [k, f] of snapshotFollowersUpTo) followersUpToTime.set(k, f);
  const states = new Map<string, AuthorState>();
  for (const [key, stored] of authors) {
    if (!stored) continue;
    const lastFollowerAt = newestFollowers.get(key)?.capturedAt ?? null;
    const nameAt = nameTime(stored, lastFollowerAt, renamedPosts.get(key));
    states.set(key, { stored, rec: { ...stored }, lastFollowerAt, nameAt });
  }
  const seenIds = new Set(batchIds.filter((id) => seen.get(id) !== undefined));
  return {
    seenBatches: seenIds,
    posts,
    authors: states,
    storedFollowers: newestFollowers,
    storedUpTo: upTo,
    storedFollowersUpTo: followersUpToTime,
  };
}
