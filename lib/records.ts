// What the database holds, record by record. Pure types shared by the store (the only writer),
// the read models, the export and the checks; lib/store/schema.ts puts them into the database schema.
import type { Count, Counts, Platform } from './types';

export interface PostRecord {
  /** `platform:postId` */
  key: string;
  platform: Platform;
  postId: string;
  url: string;
  /** `platform:handle` (lower-cased handle), or null when the page did not show one. */
  authorKey: string | null;
  authorHandle: string | null;
  authorName: string | null;
  publishedAt: string | null;
  text: string;
  promoted: boolean;
  /** Epoch ms. */
  firstSeen: number;
  lastSeen: number;
}

/** A snapshot's time, counts and followers: what a post's summary keeps of it. */
export interface SummaryReading extends Counts {
  /** Epoch ms. */
  capturedAt: number;
  followers: Count;
}

/**
 * What the posts table needs of a post's snapshots, kept on the post record (`summary`) and
 * updated in the same transaction as every write of its snapshots or its author's followers
 * (lib/store/summary.ts), so a table row never reads the history. Derived: built again from the
 * snapshots it must always equal (database version 4 built it for every post stored before).
 */
export interface PostSummary {
  snapshotCount: number;
  /** The newest snapshot (by capture time, then by id) and the one before it; null when none. */
  latest: SummaryReading | null;
  previous: SummaryReading | null;
  /** The followers a rate by followers divides by: latest's, else the author's latest known. */
  followers: Count;
  /**
   * The readings before the latest that its velocity (recentVelocity, the badge's rule) may compare
   * now or after later readings, oldest first: every reading showing an engagement count from
   * MIN_AGE_MS (5 minutes) before the last such reading on, and for each count the newest earlier
   * reading showing it (lib/store/summary.ts; since version 9, before which it held the readings
   * from the newest one 5 minutes before the latest). A reader of every post gets only the pair
   * compared (forReaders, lib/store/summary-velocity.ts). Packed into one Float64Array
   * (packReadings, lib/store/packed-readings.ts: RECENT_STRIDE numbers a reading, NaN for null),
   * since version 8; version 7 kept an array of readings. Absent when there
   * is no reading before the latest, and on a summary stored before it was kept.
   */
  recent?: Float64Array;
  /**
   * The ER the table leads with under each order preferredEr knows (by views first: 'auto' and
   * 'views'; by followers first: 'followers'), for the posts store's ER indexes; absent (so not
   * indexed) when there is none.
   */
  erViewsFirst?: number;
  erFollowersFirst?: number;
}

/** A post as the posts store holds it since version 4: the record and its snapshots' summary. */
export interface StoredPost extends PostRecord {
  summary: PostSummary;
}

/** A post's counts at one moment. */
export interface SnapshotRecord extends Counts {
  id?: number;
  postKey: string;
  /** Epoch ms. */
  capturedAt: number;
  /** The author's followers as known when the snapshot was taken. */
  followers: Count;
}

export interface AuthorRecord {
  /** `platform:handle` (lower-cased handle) */
  key: string;
  platform: Platform;
  handle: string;
  name: string | null;
  /**
   * Epoch ms of the reading that gave `name` as it is (an import: the file's, or its post seen
   * last; the same name read again later does not move it, which would cost a write per batch), so
   * a late batch's older name never takes the place of a newer one and a reading without a name
   * moves nothing. Absent while there is no name, and on a record stored before it was kept (the
   * recorder then guesses it from followersAt and the author's posts' lastSeen: record-reads.ts).
   */
  nameAt?: number;
  followers: Count;
  /** Epoch ms of the latest follower reading, or null. */
  followersAt: number | null;
}

export interface FollowerSnapshotRecord {
  id?: number;
  authorKey: string;
  capturedAt: number;
  followers: number;
}

/** Batch ids already stored, so a batch retried after a worker restart is stored once. */
export interface BatchRecord {
  batchId: string;
  at: number;
}
