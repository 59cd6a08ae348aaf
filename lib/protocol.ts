// The one protocol file: every message between the content script, extension pages and the
// background, typed end to end. Only the background answers; only the background writes.
import { defineExtensionMessaging } from '@webext-core/messaging';
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
  /** Median ER (by followers, else by views) of the author's OTHER posts, and how many. */
  authorMedianEr: number | null;
  authorPostCount: number;
}

export interface ProtocolMap {
  recordReadings(batch: ReadingBatch): RecordResult;
  /** Keys are `platform:postId`. One message per batch of posts on the page. */
  knownPosts(keys: string[]): Record<string, PostKnowledge>;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
