// A recording call's work inside its one transaction: every record its readings touch read in
// waves (record-reads.ts), the readings applied in memory in order (each sees the ones before it,
// as one-at-a-time writes would; one left out as unchanged is compared again when a later one of
// the call goes in before it: left-out-readings.ts), then every write issued at once. recorder.ts validates the
// batches and runs this.

import type { ReadingBatch } from '../messages';
import type { SummaryReading } from '../records';
import type { Count, Counts, Platform, PostReading } from '../types';
import { authorKey, COUNT_FIELDS, pickCounts, postKey } from '../types';
import { holdForTest } from './hold-for-test';
import { LeftOutReadings, showsChange } from './left-out-readings';
import { mergedPost, putPosts } from './post-writes';
import { type AuthorState, at, type CallReads, readCall } from './record-reads';
import type { AuthorRecord, FollowerSnapshotRecord, PostSummary, SnapshotRecord, StoredPost } from './schema';
import {
  emptySummary,
  sameSummary,
  withAuthorFollowers,
  withSnapshot,
  withSnapshotReplaced,
} from './summary';
import { Requests, type WriteTx } from './transactions';

/** Of two readings, the later one (by time; at equal times `b`, the one written later). */
function later<T extends { capturedAt: number }>(a: T | null, b: T | null): T | null {
  if (!a) return b;
  if (!b) return a;
  return b.capturedAt >= a.capturedAt ? b : a;
}

/** The newest of `list` captured before `time`, or null. */
function newestBefore<T extends { capturedAt: number }>(
  list: readonly T[] | undefined,
  time: number,
): T | null {
  let out: T | null = null;
  for (const x of list ?? []) if (x.capturedAt < time) out = later(out, x);
  return out;
}

/**
 * A call's reads, then its readings applied in memory exactly as one-at-a-time writes would
 * apply them (each reading sees the ones before it), then its writes.
 */
export class Writes {
  private readonly posts = new Map<string, StoredPost>();
  private readonly touchedPosts = new Set<string>();
  private readonly snapshots: SnapshotRecord[] = [];
  private readonly followerSnapshots: FollowerSnapshotRecord[] = [];
  /**
   * This call's snapshots by post (or author) key and capture time: a second reading of the same
   * post at the same moment (two tabs' batches in one call, or one page showing a post twice) is
   * merged into the first, as one snapshot per moment is all a history (and an import) can hold.
   */
  private readonly snapshotAt = new Map<string, SnapshotRecord>();
  private readonly followerSnapshotAt = new Map<string, FollowerSnapshotRecord>();
  /**
   * The counts of this call's readings left out as unchanged, by post key and capture time: a
   * later reading of that moment that differs is stored with them where it shows none.
   */
  private readonly unchangedAt = new Map<string, Counts>();
  /** The readings known to be left out as unchanged, compared again when a snapshot goes in before them. */
  private readonly leftOut = new LeftOutReadings();
  private readonly batchIds: { batchId: string; at: number }[] = [];
  /** This call's snapshots (and follower snapshots) of each post (and author), in the order added. */
  private readonly addedOf = new Map<string, SnapshotRecord[]>();
  private readonly addedFollowersOf = new Map<string, FollowerSnapshotRecord[]>();
  /** Each stored post's summary as this call found it. */
  private readonly storedSummaries = new Map<string, PostSummary>();

  private readonly seenBatches: Set<string>;
  private readonly authors: Map<string, AuthorState>;
  private readonly storedFollowers: Map<string, FollowerSnapshotRecord | null>;
  private readonly storedUpTo: Map<string, SnapshotRecord | null>;
  private readonly storedFollowersUpTo: Map<string, FollowerSnapshotRecord | null>;

  private constructor(
    private readonly tx: WriteTx,
    reads: CallReads,
  ) {
    this.seenBatches = reads.seenBatches;
    this.authors = reads.authors;
    this.storedFollowers = reads.storedFollowers;
    this.storedUpTo = reads.storedUpTo;
    this.storedFollowersUpTo = reads.storedFollowersUpTo;
    for (const [k, p] of reads.posts) {
      if (!p) continue;
      this.posts.set(k, p);
      this.storedSummaries.set(k, p.summary);
    }
  }

  /** Reads what the batches can touch (record-reads.ts), for their readings to be applied to. */
  static async read(
    tx: WriteTx,
    batches: readonly ReadingBatch[],
    times: readonly number[],
  ): Promise<Writes> {
    return new Writes(tx, await readCall(tx, batches, times));
  }

  /**
   * The snapshot of a post before `time` (or at it, when stored already), of those stored and
   * those this call added: what a reading of that time is compared with.
   */
  private snapshotBefore(key: string, time: number): SnapshotRecord | SummaryReading | null {
    const stored = this.storedSummaries.get(key);
    let storedOne: SnapshotRecord | SummaryReading | null = null;
    if (stored?.latest && stored.latest.capturedAt <= time) storedOne = stored.latest;
    else if (stored?.previous && stored.previous.capturedAt <= time) storedOne = stored.previous;
    else if (stored?.previous) storedOne = this.storedUpTo.get(at(key, time)) ?? null;
    return later(storedOne, newestBefore(this.addedOf.get(key), time));
  }

  /** The follower snapshot of an author before `time` (or at it, when stored already), stored or added. */
  private followersBefore(key: string, time: number): FollowerSnapshotRecord | null {
    const newest = this.storedFollowers.get(key) ?? null;
    const storedOne =
      newest && newest.capturedAt <= time ? newest : (this.storedFollowersUpTo.get(at(key, time)) ?? null);
    return later(storedOne, newestBefore(this.addedFollowersOf.get(key), time));
  }

  /** False when the batch id is already stored (or earlier in this call); else claims it. */
  claimBatch(batchId: string, now: number): boolean {
    if (this.seenBatches.has(batchId)) return false;
    this.seenBatches.add(batchId);
    this.batchIds.push({ batchId, at: now });
    return true;
  }

  batch(batch: ReadingBatch, interval: number, now: number): void {
    const { profile } = batch;
    if (profile)
      this.author(profile.platform, profile.handle, profile.name, profile.followers, interval, now);
    for (const reading of batch.posts) this.post(reading, interval, now);
  }

  /** Upserts an author; a follower snapshot when followers changed or the interval passed. */
  private author(
    platform: Platform,
    handle: string,
    name: string | null,
    followers: Count | undefined,
    interval: number,
    now: number,
  ): AuthorRecord {
    const key = authorKey(platform, handle);
    let state = this.authors.get(key);
    if (!state) {
      const rec: AuthorRecord = { key, platform, handle, name: null, followers: null, followersAt: null };
      state = {
        stored: undefined,
        rec,
        lastFollowerAt: this.storedFollowers.get(key)?.capturedAt ?? null,
        nameAt: null,
      };
      this.authors.set(key, state);
    }
    const { rec } = state;
    // The newest-read name is the author's: a batch read earlier, come late, fills in a name none
    // was read of, but does not take the place of one read after it. Its time is kept with it
    // (nameAt), so a reading that shows no name moves nothing. Stored only when the name changes
    // (or has no time yet): the same name read again would cost a write of every named author in
    // every batch; a late batch's other name read between two readings of the kept one can then
    // still take its place (the author renamed and back within the batch's lateness).
    if (name && (rec.name === null || state.nameAt === null || now >= state.nameAt)) {
      if (name !== rec.name || rec.nameAt === undefined) rec.nameAt = now;
      rec.name = name;
      state.nameAt = now;
    }
    if (typeof followers === 'number') {
      const last = state.lastFollowerAt;
      const same = this.followerSnapshotAt.get(`${key}|${now}`);
      /** A snapshot of this moment stored by an earlier call, which stays as it is. */
      let keptStored = false;
      if (same) {
        // The later reading of one moment is the one kept, as it is for the author's count below.
        same.followers = followers;
      } else if (last === now) {
        // A snapshot of this moment is stored already (an earlier call): it stays as it is.
        keptStored = true;
      } else {
        // Compared with the follower snapshot before it in time, stored or added: the newest, or
        // for a reading read before it (a late batch, a clock set back) the one before its time.
        // Not with the author's count, which can be newer than that snapshot (a late batch's
        // snapshot goes in before a newer unchanged reading's time).
        const before = this.followersBefore(key, now);
        // A snapshot of this moment stored by an earlier call stays as it is.
        const stored = before?.capturedAt === now;
        keptStored = stored;
        if (!stored && (!before || followers !== before.followers || now - before.capturedAt >= interval)) {
          const snap = { authorKey: key, capturedAt: now, followers };
          this.followerSnapshots.push(snap);
          this.followerSnapshotAt.set(`${key}|${now}`, snap);
          const list = this.addedFollowersOf.get(key);
          if (list) list.push(snap);
          else this.addedFollowersOf.set(key, [snap]);
          state.lastFollowerAt = last === null ? now : Math.max(last, now);
        }
      }
      // The newest reading's count is the author's: a batch read earlier, come late, adds its
      // follower snapshot above but does not take the place of a newer count. Of one moment whose
      // snapshot an earlier call stored, that snapshot's count stays the author's too: one count
      // per moment (an export holding two for one moment would not import again).
      if (rec.followersAt === null || now > rec.followersAt || (now === rec.followersAt && !keptStored)) {
        rec.followers = followers;
        rec.followersAt = now;
      }
    }
    return rec;
  }

  private post(r: PostReading, interval: number, now: number): void {
    const key = postKey(r);
    const handle = r.author.handle;
    const author = handle
      ? this.author(r.platform, handle, r.author.name, r.author.followers, interval, now)
      : null;

    const old = this.posts.get(key);
    const seen: StoredPost = {
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
      summary: emptySummary(null),
    };
    // First non-null wins: a feed card and the permalink may show these differently.
    const post = old ? mergedPost(old, seen) : seen;
    this.posts.set(key, post);
    this.touchedPosts.add(key);

    const same = this.snapshotAt.get(`${key}|${now}`);
    if (same) {
      // One moment, one snapshot: the later reading's shown counts win, the others stay.
      for (const f of COUNT_FIELDS) if (r[f] !== null) same[f] = r[f];
      if (typeof r.author.followers === 'number') same.followers = r.author.followers;
      post.summary = withSnapshotReplaced(post.summary, same, null);
      this.recheck(post, now);
      return;
    }
    const { latest, previous } = post.summary;
    // A snapshot of this moment stored by an earlier call stays as it is.
    if (latest?.capturedAt === now || previous?.capturedAt === now) return;
    // A reading is compared with the snapshot before it in time: the latest, or for a late batch
    // or a clock set back (read before the latest) the previous one, or one stored or added before
    // it; one read before every snapshot is kept whatever it shows.
    let before: SnapshotRecord | SummaryReading | null = latest;
    if (latest && now < latest.capturedAt)
      before = previous && now > previous.capturedAt ? previous : this.snapshotBefore(key, now);
    // A snapshot of this moment stored by an earlier call stays as it is.
    if (before?.capturedAt === now) return;
    // One moment, one snapshot: the counts of a reading of this moment left out as unchanged
    // stay where this one shows none.
    const counts = pickCounts(r);
    const unchanged = this.unchangedAt.get(`${key}|${now}`);
    if (unchanged) for (const f of COUNT_FIELDS) counts[f] ??= unchanged[f];
    if (before && !showsChange(counts, before) && now - before.capturedAt < interval) {
      this.unchangedAt.set(`${key}|${now}`, counts);
      const authorKey = author?.key ?? null;
      this.leftOut.note(key, {
        at: now,
        counts,
        followers: r.author.followers,
        authorKey,
      });
      return;
    }
    this.addSnapshot(
      post,
      now,
      counts,
      this.snapshotFollowers(post, r.author.followers, author?.key ?? null, now),
    );
    this.recheck(post, now);
  }

  /**
   * After the snapshot of a post at `time` was added or merged into: each reading left out after
   * it (leftOut) is compared again, oldest first, with the snapshot now before it, and stored
   * where it shows a change, as it would have been had the readings come in order. Without this a
   * late snapshot passes for what the page showed at the times of the readings left out after it.
   * The interval need not be looked at again: the snapshot before one is no older than before.
   */
  private recheck(post: StoredPost, time: number): void {
    for (const o of this.leftOut.after(post.key, time)) {
      const before = this.snapshotBefore(post.key, o.at);
      if (before && !showsChange(o.counts, before)) continue;
      this.addSnapshot(post, o.at, o.counts, this.snapshotFollowers(post, o.followers, o.authorKey, o.at));
    }
  }

  /**
   * A snapshot's followers: those its reading saw, or else the author's read at or before its time
   * (the author's newest count can be from a later reading: a late batch's snapshot does not take it).
   */
  private snapshotFollowers(
    post: StoredPost,
    seen: Count | undefined,
    author: string | null,
    time: number,
  ): Count {
    if (typeof seen === 'number') return seen;
    const followers = this.followersAsOf(author, time);
    return followers === null && post.authorKey ? this.followersAsOf(post.authorKey, time) : followers;
  }

  private addSnapshot(post: StoredPost, time: number, counts: Counts, followers: Count): void {
    const snap: SnapshotRecord = { postKey: post.key, capturedAt: time, ...counts, followers };
    this.snapshots.push(snap);
    this.snapshotAt.set(`${post.key}|${time}`, snap);
    const list = this.addedOf.get(post.key);
    if (list) list.push(snap);
    else this.addedOf.set(post.key, [snap]);
    post.summary = withSnapshot(post.summary, snap, null);
    this.leftOut.stored(snap);
  }

  /**
   * An author's followers as read at or before `time`: its count when read then (or of no known
   * time, as an import can leave it), else the follower snapshot before it; null when none was.
   */
  private followersAsOf(key: string | null, time: number): Count {
    const rec = key === null ? undefined : this.authors.get(key)?.rec;
    if (!key || !rec) return null;
    if (rec.followersAt === null || rec.followersAt <= time) return rec.followers;
    return this.followersBefore(key, time)?.followers ?? null;
  }

  private authorFollowers(post: StoredPost): Count {
    return post.authorKey === null ? null : (this.authors.get(post.authorKey)?.rec.followers ?? null);
  }

  /** Issues every write at once and waits for the commit. */
  async commit(): Promise<void> {
    const { tx } = this;
    const writes = new Requests();
    // Posts of an author whose followers changed read them as their fallback: summarize again.
    const refollowed = [...this.authors.values()].filter(
      (a) => a.rec.followers !== (a.stored?.followers ?? null),
    );
    const others = await Promise.all(
      refollowed.map((a) => tx.objectStore('posts').index('by-author').getAll(a.rec.key)),
    );
    const changed: StoredPost[] = [];
    for (const post of others.flat()) {
      if (this.touchedPosts.has(post.key)) continue;
      const summary = withAuthorFollowers(post.summary, this.authorFollowers(post));
      if (!sameSummary(summary, post.summary)) changed.push({ ...post, summary });
    }
    for (const key of this.touchedPosts) {
      const post = this.posts.get(key)!;
      post.summary = withAuthorFollowers(post.summary, this.authorFollowers(post));
      changed.push(post);
    }
    writes.add(putPosts(tx, changed));
    for (const a of this.authors.values()) {
      if (!a.stored || JSON.stringify(a.stored) !== JSON.stringify(a.rec))
        writes.add(tx.objectStore('authors').put(a.rec));
    }
    for (const f of this.followerSnapshots) writes.add(tx.objectStore('followerSnapshots').add(f));
    for (const s of this.snapshots) writes.add(tx.objectStore('snapshots').add(s));
    for (const b of this.batchIds) writes.add(tx.objectStore('batches').put(b));
    await holdForTest(tx);
    await Promise.all([writes.settled(), tx.done]);
  }
}
