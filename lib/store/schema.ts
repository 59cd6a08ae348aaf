// Record shapes of the IndexedDB database (db.ts opens it). Pure types, shared by the
// background (the only writer) and the extension pages (readers).
import type { DBSchema } from 'idb';
import type { Campaign } from '../campaigns';
import type {
  AuthorRecord,
  BatchRecord,
  FollowerSnapshotRecord,
  SnapshotRecord,
  StoredPost,
} from '../records';

export type {
  AuthorRecord,
  BatchRecord,
  FollowerSnapshotRecord,
  PostRecord,
  PostSummary,
  SnapshotRecord,
  StoredPost,
} from '../records';

export const DB_NAME = 'postlens';

export interface PostLensDB extends DBSchema {
  /**
   * Since version 4 each post carries its snapshots' summary, and two indexes order by its ER.
   * Version 6 dropped the by-lastSeen and by-platform indexes, which nothing read. Version 7
   * changes no store: it fills in the summaries' `recent` where a velocity needs it. Version 8
   * changes none either: it packs each `recent` into one Float64Array. Nor does version 9: it keeps
   * each `recent` again by the badge's velocity rule (lib/store/summary.ts).
   */
  posts: {
    key: string;
    value: StoredPost;
    indexes: {
      'by-author': string;
      'by-er-views-first': number;
      'by-er-followers-first': number;
    };
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
  /** Since version 3: the user's campaigns (lib/campaigns/), keyed by id. */
  campaigns: {
    key: string;
    value: Campaign;
  };
  /**
   * Since version 5: a copy of every post record, a thousand to a record in key order, so the
   * dashboard reads ten values instead of ten thousand (lib/store/post-chunks.ts). Derived: the
   * background builds it again from the posts store; never exported.
   */
  postChunks: {
    key: number;
    value: PostChunk;
  };
  /**
   * Since version 5: the keys of the posts each write transaction put or deleted since postChunks
   * was built, one record per transaction (one more write per batch, not one per post).
   */
  postChanges: {
    key: number;
    value: PostChange;
  };
}

export interface PostChange {
  id?: number;
  keys: string[];
}

export interface PostChunk {
  id: number;
  /**
   * Post records as the posts store held them when the chunk was built, in key order, each summary
   * as a reader needs it (forReaders, lib/store/summary-velocity.ts: `recent` cut to the readings its
   * velocity is between).
   */
  posts: StoredPost[];
}
