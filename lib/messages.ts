// The shapes of what travels between the content script, extension pages and the background.
// Pure types: the checks (lib/check.ts) and the store use them without importing the protocol.
import type { PostReading, ProfileReading } from './types';

export interface ReadingBatch {
  /** Unique per batch, so a batch retried after a service-worker restart is stored once. */
  batchId: string;
  /** Page URL the readings came from. */
  pageUrl: string;
  posts: PostReading[];
  profile: ProfileReading | null;
}

export type RecordResult =
  | { ok: true; stored: number; duplicate: boolean; dropped: number }
  | { ok: false; error: string };

/** What the background knows about a post, for the overlay badge and card. */
export interface PostKnowledge {
  firstSeen: number;
  lastSeen: number;
  /** Snapshots, oldest first: [capturedAt, engagement, views]. */
  history: Array<[number, number | null, number | null]>;
  /** The author's latest known followers. */
  authorFollowers: number | null;
  /** Median ER of the author's OTHER posts, on the basis this post's own ER uses (the user's
   * preference applied to its latest snapshot, as the badge does), and how many posts. */
  authorMedianEr: number | null;
  authorPostCount: number;
  /** When authorFollowers was read (epoch ms). Optional: a background that predates it sends none. */
  authorFollowersAt?: number | null;
  /**
   * Where authorFollowers was read: the author's profile page header, or a post's header. The
   * background must fill it: the author record does not keep it yet (lib/store/recorder.ts).
   */
  authorFollowersSource?: 'profile' | 'post';
  /**
   * Median engagement and median views of the author's OTHER posts (latest snapshot each), each
   * with how many posts it rests on: the outlier of a post without an ER.
   */
  authorMedians?: Record<'engagement' | 'views', [median: number | null, posts: number]>;
}

export type WriteResult<T> = ({ ok: true } & T) | { ok: false; error: string };

export interface ImportCounts {
  posts: number;
  snapshots: number;
  authors: number;
  followerSnapshots: number;
  /** Campaigns (export version 2); absent for version 1 files. */
  campaigns?: number;
}

/** The last storage failure, for the popup's visible warning. */
export interface StorageStatus {
  lastError: string | null;
  at: number | null;
}
