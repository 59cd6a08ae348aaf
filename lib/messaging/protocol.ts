// The one protocol file: every message between the content script, extension pages and the
// background, typed end to end. Only the background writes the database; extension pages read
// it directly (same origin) and ask the background for every change.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Campaign, CampaignInput } from '../campaigns';
import type {
  ImportCounts,
  PostKnowledge,
  PruneCounts,
  PrunePreview,
  ReadingBatch,
  RecordResult,
  RetentionStatus,
  StorageStatus,
  UnsavedReadings,
  UnsavedReport,
  WriteResult,
} from '../messages';
import type { ExportV1, ExportV2 } from '../transfer';

export interface ProtocolMap {
  // content script -> background
  /** Answered only once the batch's IndexedDB transaction has committed (or failed). */
  recordReadings(batch: ReadingBatch): RecordResult;
  /** Readings the content script could neither hand over nor keep: counted for the popup. */
  reportUnsaved(report: UnsavedReport): boolean;
  /** Keys are `platform:postId`. One message per batch of posts on the page. */
  knownPosts(keys: string[]): Record<string, PostKnowledge>;

  // extension pages -> background (writes)
  importData(data: ExportV1 | ExportV2): WriteResult<{ added: ImportCounts }>;
  deletePost(key: string): WriteResult<object>;
  deleteAuthor(key: string): WriteResult<object>;
  deleteAll(): WriteResult<object>;
  /** What pruning with the saved retention would delete now. Deletes nothing. */
  previewPrune(): WriteResult<{ preview: PrunePreview }>;
  /**
   * The user confirmed this preview: delete what it counted (never a snapshot written after it,
   * never more than it counted) and let automatic pruning follow its retention from now on.
   */
  pruneNow(preview: PrunePreview): WriteResult<{ removed: PruneCounts }>;
  /** The confirmed retention, whether automatic pruning is on, and what it last removed. */
  retentionStatus(): RetentionStatus;
  storageStatus(): StorageStatus;
  /** Readings not in the database: waiting in storage.local, or lost (for the popup). */
  unsavedReadings(): UnsavedReadings;
  /** The user has read the lost-readings notice: start counting again from zero. */
  dismissUnsaved(): boolean;
  /** Creates (no id) or replaces a campaign; answers the campaign as stored. */
  saveCampaign(c: CampaignInput): WriteResult<{ campaign: Campaign }>;
  /** Deletes a campaign (its posts stay). */
  deleteCampaign(id: string): WriteResult<object>;
  /**
   * Adds posts to a stored campaign in one transaction, reading the campaign there (never a page's
   * stale copy). Idempotent: keys already in it are counted in `already`, not written again.
   */
  addPostsToCampaign(req: {
    campaignId: string;
    postKeys: string[];
  }): WriteResult<{ campaign: Campaign; added: number; already: number }>;

  /** The overlay card's "History and campaigns…": open this post (`platform:postId`) in the dashboard. */
  openPostInDashboard(key: string): boolean;
  /**
   * The overlay card's "Add to campaign…": open the dashboard's campaigns view asking which
   * campaign to add this post to. Content scripts never add to a campaign themselves.
   */
  openAddToCampaign(key: string): boolean;

  // popup / background -> content script in a tab
  tabPosts(): { keys: string[]; profileKey: string | null; platform: string | null };
  setBadgesVisible(visible: boolean | 'toggle'): boolean;
}

export type {
  AutoPruneRecord,
  HandedOffBatch,
  ImportCounts,
  PostKnowledge,
  PruneCounts,
  PruneLimit,
  PrunePreview,
  ReadingBatch,
  RecordResult,
  RetentionConsent,
  RetentionStatus,
  StorageStatus,
  UnsavedReadings,
  UnsavedReport,
  WriteResult,
} from '../messages';

// content script -> background through storage.local: a batch kept until it is stored (the
// shape is HandedOffBatch, its key handoffKey, both in lib/messages.ts so the background's
// handlers need no messaging import). The content script writes the key; the background removes it.
export { HANDOFF_PREFIX, handoffKey } from '../messages';

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
