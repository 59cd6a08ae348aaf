// A recording call's work inside its one transaction: every record its readings touch read in one
// wave, the readings applied in memory in order (each sees the ones before it, as one-at-a-time
// writes would), then every write issued at once. recorder.ts validates the batches and runs this.

import type { ReadingBatch } from '../messages';
import type { SummaryReading } from '../records';
import type { Count, Counts, Platform, PostReading } from '../types';
import { authorKey, COUNT_FIELDS, pickCounts, postKey } from '../types';
import { holdForTest } from './hold-for-test';
import { mergedPost, putPosts } from './post-writes';
import type { AuthorRecord, FollowerSnapshotRecord, PostSummary, SnapshotRecord, StoredPost } from './schema';
import {
  emptySummary,
  sameSummary,
  withAuthorFollowers,
  withSnapshot,
  withSnapshotReplaced,
} from './summary';
import { followersUpTo, Requests, snapshotUpTo, type WriteTx } from './transactions';

/** One author as the call sees it: the stored record (if any) and its state after the readings. */
interface AuthorState {
  stored: AuthorRecord | undefined;
  rec: AuthorRecord;
  /** Newest follower snapshot time; null when none is stored, or not read (no reading gave followers). */
  lastFollowerAt: number | null;
  /**
   * When its name was read, as far as known (the record keeps no time for it): for a stored author
   * whose name a reading would change, the newest time it is known to have been read (followers,
   * its posts' lastSeen); then each taken name's time. null: unknown, any name read takes its place.
   */
  nameAt: number | null;
}

const distinct = <T>(items: Iterable<T>) => [...new Set(items)];
const readEach = <T>(keys: readonly string[], read: (key: string) => Promise<T>) =>
  Promise.all(keys.map(read)).then((values) => new Map(keys.map((k, i) => [k, values[i] as T])));

/** A post's (or author's) key and a time, as one map key. */
const at = (key: string, time: number) => `${key}|${time}`;

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
  private readonly batchIds: { batchId: string; at: number }[] = [];
  /** This call's snapshots (and follower snapshots) of each post (and author), in the order added. */
  private readonly addedOf = new Map<string, SnapshotRecord[]>();
  private readonly addedFollowersOf = new Map<string, FollowerSnapshotRecord[]>();
  /** Each stored post's summary as this call found it. */
  private readonly storedSummaries = new Map<string, PostSummary>();

  private constructor(
    private readonly tx: WriteTx,
    private readonly seenBatches: Set<string>,
    stored: Map<string, StoredPost | undefined>,
    private readonly authors: Map<string, AuthorState>,
    /** Each author's newest stored follower snapshot (read for the authors a reading gave followers). */
    private readonly storedFollowers: Map<string, FollowerSnapshotRecord | null>,
    /**
     * For a reading read before a stored post's two newest snapshots (or an author's newest
     * follower snapshot): the stored one at or before its time, by `${key}|${time}`.
     */
    private readonly storedUpTo: Map<string, SnapshotRecord | null>,
    private readonly storedFollowersUpTo: Map<string, FollowerSnapshotRecord | null>,
  ) {
    for (const [k, p] of stored) {
      if (!p) continue;
      this.posts.set(k, p);
      this.storedSummaries.set(k, p.summary);
    }
  }

  /**
   * Reads every record the batches can touch: one wave for their keys, one for stored posts'
   * authors, the posts of an author a reading would rename and, for a reading read before what is
   * stored of its post or author (a late batch, a clock set back), the stored snapshot before it in
   * time; then, only for a post reading read before its author's newest follower count, the
   * follower snapshot before it. times: each batch's capture time.
   */
  static async read(
    tx: WriteTx,
    batches: readonly ReadingBatch[],
    times: readonly number[],
  ): Promise<Writes> {
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
    // Authors whose stored name a reading would change (rare): their posts, for when each was last
    // seen, as the record keeps no time for its name and a late batch's name must not replace a
    // newer one.
    const renamed = distinct(
      nameReadings.flatMap(([key, name]) => {
        const stored = authors.get(key)?.name;
        return stored && stored !== name ? [key] : [];
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
      const readTimes = [
        stored.followersAt,
        lastFollowerAt,
        ...(renamedPosts.get(key) ?? []).map((p) => p.lastSeen),
      ].filter((t): t is number => t !== null);
      const nameAt =
        renamedPosts.has(key) && readTimes.length > 0 ? readTimes.reduce((m, t) => Math.max(m, t)) : null;
      states.set(key, { stored, rec: { ...stored }, lastFollowerAt, nameAt });
    }
    const seenIds = new Set(batchIds.filter((id) => seen.get(id) !== undefined));
    return new Writes(tx, seenIds, posts, states, newestFollowers, upTo, followersUpToTime);
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
    // was read of, but does not take the place of one read after it.
    if (name && (rec.name === null || state.nameAt === null || now >= state.nameAt)) {
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
    // A count the page stopped showing (null) is absence, not change.
    if (before && !COUNT_FIELDS.some((f) => counts[f] !== null && counts[f] !== before[f])) {
      if (now - before.capturedAt < interval) {
        this.unchangedAt.set(`${key}|${now}`, counts);
        return;
      }
    }
    // The followers this reading saw, or else the author's read at or before its time (the
    // author's newest count can be from a later reading: a late batch's snapshot does not take it).
    let followers =
      typeof r.author.followers === 'number'
        ? r.author.followers
        : this.followersAsOf(author?.key ?? null, now);
    if (followers === null && post.authorKey) followers = this.followersAsOf(post.authorKey, now);
    const snap: SnapshotRecord = { postKey: key, capturedAt: now, ...counts, followers };
    this.snapshots.push(snap);
    this.snapshotAt.set(`${key}|${now}`, snap);
    const list = this.addedOf.get(key);
    if (list) list.push(snap);
    else this.addedOf.set(key, [snap]);
    post.summary = withSnapshot(post.summary, snap, null);
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
