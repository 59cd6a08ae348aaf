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
