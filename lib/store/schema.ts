// Record shapes of the IndexedDB database (lib/db.ts opens it). Pure types, shared by the
// background (the only writer) and the extension pages (readers).
import type { DBSchema } from 'idb';
import type { Campaign } from '../campaigns/figures';
import type { Count, Platform } from '../types';

export const DB_NAME = 'postlens';

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

export interface SnapshotRecord {
  id?: number;
  postKey: string;
  /** Epoch ms. */
  capturedAt: number;
  likes: Count;
  comments: Count;
  reposts: Count;
  saves: Count;
  views: Count;
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

export interface PostLensDB extends DBSchema {
  posts: {
    key: string;
    value: PostRecord;
    indexes: { 'by-author': string; 'by-lastSeen': number; 'by-platform': string };
  };
  snapshots: {
    key: number;
    value: SnapshotRecord;
    indexes: { 'by-post-time': [string, number]; 'by-time': number };
  };
  authors: {
    key: string;
    value: AuthorRecord;
  };
  followerSnapshots: {
    key: number;
    value: FollowerSnapshotRecord;
    indexes: { 'by-author-time': [string, number] };
  };
  batches: {
    key: string;
    value: BatchRecord;
    indexes: { 'by-at': number };
  };
  /** Since version 3: the user's campaigns (lib/campaigns.ts), keyed by id. */
  campaigns: {
    key: string;
    value: Campaign;
  };
}
