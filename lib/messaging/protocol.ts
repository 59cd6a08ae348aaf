// The one protocol file: every message between the content script, extension pages and the
// background, typed end to end. Only the background writes the database; extension pages read
// it directly (same origin) and ask the background for every change.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Campaign, CampaignInput } from '../campaigns';
import type {
  CheckedReadings,
  DeleteResult,
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
import type { WatchlistCheck } from '../watchlist';

/** A cancelled write's answer: nothing of it was kept. */
export type Cancelled = { ok: false; error: string; cancelled: true };
/** A cancel's answer: the write was cancelled (nothing kept), had committed first, or had failed. */
export type CancelAnswer =
  | { ok: true; outcome: 'cancelled' | 'finished' | 'failed' }
  | { ok: false; error: string };

export interface ProtocolMap {
  // content script -> background
  /** Answered only once the batch's IndexedDB transaction has committed (or failed). */
  recordReadings(batch: ReadingBatch): RecordResult;
  /** Readings the content script could neither hand over nor keep: counted for the popup. */
  reportUnsaved(report: UnsavedReport): boolean;
  /** Keys are `platform:postId`. One message per batch of posts on the page. */
  knownPosts(keys: string[]): Record<string, PostKnowledge>;

  // extension pages -> background (writes)
  /**
   * A bare file, or { importId, file }: that one can be cancelled (cancelImport) until its one
   * transaction commits, and then answers `cancelled: true` with nothing imported. `kept` names,
   * in words, what the file gave otherwise than the database already held (it stays as it was).
   */
  importData(
    data: ExportV1 | ExportV2 | { importId: string; file: ExportV1 | ExportV2 },
  ): WriteResult<{ added: ImportCounts; kept?: string }> | Cancelled;
  /** Aborts that import's transaction unless it has committed: `finished` then (lib/background/cancels.ts). */
  cancelImport(req: { importId: string }): CancelAnswer;
  deletePost(key: string): DeleteResult;
  deleteAuthor(key: string): DeleteResult;
  deleteAll(): DeleteResult;
  /** What pruning with the saved retention would delete now. Deletes nothing. */
  previewPrune(): WriteResult<{ preview: PrunePreview }>;
  /**
   * The user confirmed this preview: delete what it counted (never a snapshot written after it,
   * never more than it counted) and let automatic pruning follow its retention from now on.
   */
  pruneNow(preview: PrunePreview & { pruneId?: string }): WriteResult<{ removed: PruneCounts }> | Cancelled;
  /** Aborts that prune's transaction unless it has committed: `finished` then. */
  cancelPrune(req: { pruneId: string }): CancelAnswer;
  /** The confirmed retention, whether automatic pruning is on, and what it last removed. */
  retentionStatus(): RetentionStatus;
  storageStatus(): StorageStatus;
  /** Readings not in the database: waiting in storage.local, or lost (for the popup). */
  unsavedReadings(): UnsavedReadings;
  /**
   * The user has read the lost-readings notice, which said `lost` (with `at`, the time read with
   * it): those are no longer counted. Readings reported after the page read the count stay, even
   * when another page dismissed meanwhile, to be shown next time.
   */
  dismissUnsaved(data: { lost: number; at?: number | null }): boolean;
  /** What the batch check changed in readings since the user last dismissed it (for the popup). */
  checkedReadings(): CheckedReadings;
  /**
   * The user has read the notice, which counted these (with `at`, the time read with them): they
   * are no longer counted. Changes made after the page read the counts stay, even when another
   * page dismissed meanwhile, to be shown next time.
   */
  dismissChecked(
    data: Pick<CheckedReadings, 'dropped' | 'nulled' | 'cut' | 'retimed'> & { at?: number | null },
  ): boolean;
  /**
   * Creates (no id) or replaces a campaign's fields; answers the campaign as stored. A stored
   * campaign keeps its posts (they change only through the two messages below, by key).
   * `basedOn`: the stored campaign an edit started from; a save over a copy another tab changed
   * (or deleted) since is refused, not written over that tab's edit. An edit (a save with an id)
   * must send it: one without is refused too, as it could not be checked.
   */
  saveCampaign(c: CampaignInput & { basedOn?: Campaign }): WriteResult<{ campaign: Campaign }>;
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
  /** Removes posts from a stored campaign in one transaction, the same way. */
  removePostsFromCampaign(req: {
    campaignId: string;
    postKeys: string[];
  }): WriteResult<{ campaign: Campaign; removed: number }>;

  /** The overlay card's "History and campaigns…": open this post (`platform:postId`) in the dashboard. */
  openPostInDashboard(key: string): boolean;
  /**
   * The overlay card's "Add to campaign…": open the dashboard's campaigns view asking which
   * campaign to add this post to. Content scripts never add to a campaign themselves.
   */
  openAddToCampaign(key: string): boolean;

  /**
   * Options' "Check my watchlist now": open the starred posts (platform pages only) in one
   * unfocused window, let the content scripts read them, close it (lib/background/check-watchlist.ts).
   */
  checkWatchlist(): WriteResult<WatchlistCheck>;

  // popup / background -> content script in a tab
  /** `refused`: of `keys`, those the background's check refused (RecordResult.refused). */
  tabPosts(): { keys: string[]; refused?: string[]; profileKey: string | null; platform: string | null };
  setBadgesVisible(visible: boolean | 'toggle'): boolean;
  /** The user switched PostLens off on this site (Mastodon): the script stops as if unloaded. */
  stopReading(): void;
}

export type {
  AutoPruneRecord,
  CheckedReadings,
  HandedOffBatch,
  ImportCounts,
  PostKnowledge,
  PruneCounts,
  PruneLimit,
  PrunePreview,
  ReadingBatch,
  RecordResult,
  RefusalReason,
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

/** Tells the content script in tab `tabId` to stop (its site switched off); no answer expected. */
export const stopReadingIn = (tabId: number): Promise<void> => sendMessage('stopReading', undefined, tabId);
