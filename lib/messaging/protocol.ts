// The one protocol file: every message between the content script, extension pages and the
// background, typed end to end. Only the background writes the database; extension pages read
// it directly (same origin) and ask the background for every change.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ExportV2 } from '../transfer/campaigns-in-export';
import type { Campaign, CampaignInput } from '../campaigns/figures';
import type { ExportV1 } from '../transfer/format';
import type { PostReading, ProfileReading } from '../types';

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

export interface ProtocolMap {
  // content script -> background
  recordReadings(batch: ReadingBatch): RecordResult;
  /** Keys are `platform:postId`. One message per batch of posts on the page. */
  knownPosts(keys: string[]): Record<string, PostKnowledge>;

  // extension pages -> background (writes)
  importData(data: ExportV1 | ExportV2): WriteResult<{ added: ImportCounts }>;
  deletePost(key: string): WriteResult<object>;
  deleteAuthor(key: string): WriteResult<object>;
  deleteAll(): WriteResult<object>;
  pruneNow(): WriteResult<{ removed: number }>;
  storageStatus(): StorageStatus;
  /** Creates (no id) or replaces a campaign; answers the campaign as stored. */
  saveCampaign(c: CampaignInput): WriteResult<{ campaign: Campaign }>;
  /** Deletes a campaign (its posts stay). */
  deleteCampaign(id: string): WriteResult<object>;

  /** The overlay card's "Add to campaign…": open this post (`platform:postId`) in the dashboard. */
  openPostInDashboard(key: string): boolean;

  // popup / background -> content script in a tab
  tabPosts(): { keys: string[]; profileKey: string | null; platform: string | null };
  setBadgesVisible(visible: boolean | 'toggle'): boolean;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
