// The shapes of what travels between the content script, extension pages and the background.
// Pure types: the checks (lib/check.ts) and the store use them without importing the protocol.

import { isObject } from './check-fields';
import type { Counts, ErBasis, PostReading, ProfileReading } from './types';

export interface ReadingBatch {
  /** Unique per batch, so a batch retried after a service-worker restart is stored once. */
  batchId: string;
  /** Page URL the readings came from. */
  pageUrl: string;
  posts: PostReading[];
  profile: ProfileReading | null;
  /**
   * When the page read it (epoch ms). The background stores the readings as of this time (never
   * later than it stores them), so a batch that arrives after a newer one of the same post, as a
   * retry can, does not pass for the newer. A batch from an older content script has none and is
   * stored as of its arrival.
   */
  readAt?: number;
}

export type RecordResult =
  | {
      ok: true;
      stored: number;
      duplicate: boolean;
      /** Readings left out: their identity (platform, post id, url) failed the checks. */
      dropped: number;
      /** Fields of stored readings that failed the checks and were stored as null instead. */
      nulled: number;
      /** Texts of stored readings longer than their limit, stored cut to it. */
      cut: number;
      /**
       * Readings stored as of a time before they were read: the clock was set back between
       * reading and storing (lib/store/write-queue.ts). Absent: none.
       */
      retimed?: number;
      /**
       * Why, worded for the user: the first reasons for the dropped, nulled and cut, in that order,
       * then the re-dated batch's.
       */
      reasons: string[];
      /**
       * The keys (`platform:postId`) of the posts the check left out (their identity failed), at
       * most one per post sent; absent when there is none. The page keeps them for the popup,
       * which says these will never be stored rather than "not saved yet".
       */
      refused?: string[];
    }
  | { ok: false; error: string };

/** What the background knows about a post, for the overlay badge and card. */
export interface PostKnowledge {
  firstSeen: number;
  lastSeen: number;
  /**
   * Snapshots, oldest first: when each was read (epoch ms) and its counts, null where the page
   * showed none. Each count, not their sum: a velocity between two readings compares only the
   * counts both show, so a count shown for the first time is not taken for growth.
   */
  history: Array<Counts & { capturedAt: number }>;
  /** The author's latest known followers. */
  authorFollowers: number | null;
  /** Median ER of the author's OTHER posts, on the basis this post's own ER uses (the user's
   * preference applied to its latest snapshot, as the badge does), and how many posts. */
  authorMedianEr: number | null;
  /**
   * The basis of authorMedianEr. The page's own reading may rate the post on the other one (a feed
   * without the views its post page showed): the badge then compares the post's ER on this basis.
   * Optional: a background that predates it sends none.
   */
  authorMedianErBasis?: ErBasis | null;
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

/**
 * A write's answer. `refused`: the background refused the write for what it asked or who asked, not
 * for storage (a campaign another tab changed or deleted since the page read it; one that would hold
 * too many posts; a sender not one of PostLens's pages): nothing was written, `error` says why, and
 * trying again as it is would be refused again.
 */
export type WriteResult<T> =
  | ({ ok: true } & T)
  | { ok: false; error: string; refused?: true; reason?: RefusalReason };

/**
 * Which refusal, where a page words them apart: `noBase`, a campaign edit sent without the copy it
 * was made from (the page's copy is out of date); `notPage`, a sender the background does not take
 * for one of PostLens's pages. A refusal without one: what the write asked was refused (a campaign
 * another tab changed, one already full), its words say which.
 */
export type RefusalReason = 'noBase' | 'notPage';

/**
 * A delete's answer: `kept` when the records were deleted but the tags and notes (or stars) of the
 * deleted posts could not be removed (storage refused), in the user's words. The storage warning
 * tells it too (a notDone of 'deletedKept'), as the page that asked may be closed.
 */
export type DeleteResult = WriteResult<{ kept?: string }>;

export interface ImportCounts {
  posts: number;
  snapshots: number;
  authors: number;
  followerSnapshots: number;
  /** Campaigns (export version 2); absent for version 1 files. */
  campaigns?: number;
}

/**
 * The actions a failure that was not done names (StorageFailure.action): a guarded action's name,
 * the campaign's changes as one ('campaign'), and 'deletedKept', a delete that went but whose tags,
 * notes or stars could not be removed (DeleteResult.kept). A closed list: the storage warning has
 * a sentence for each, and the generic one for a stored value it does not know.
 */
export type NotDoneAction =
  | 'importData'
  | 'deletePost'
  | 'deleteAuthor'
  | 'deleteAll'
  | 'deleteCampaign'
  | 'campaign'
  | 'pruneNow'
  | 'deletedKept';

/** A storage failure in the user's words, and when it happened (epoch ms). */
export interface StorageFailure {
  error: string;
  at: number;
  /** Which action was not done (a StorageStatus.notDone); absent for others, or one not known. */
  action?: NotDoneAction;
}

/** The storage failures the popup, options and dashboard warn of. */
export interface StorageStatus {
  /**
   * The last failure of a write that is tried again (readings kept until the database takes
   * them): the next write that succeeds clears it, as what failed is then stored.
   */
  lastError: string | null;
  at: number | null;
  /**
   * The last failure of an action that is not tried again (an import, a delete, a campaign's
   * change, "Prune now"), or the tags, notes or stars a delete could not remove: it was not done.
   * Named by its `action` when known. Told until the user dismisses it
   * (STORAGE_PROBLEM_DISMISSED_KEY); absent when there is none. The field an older version wrote
   * alone: it still holds the newest, the earlier ones are beside it.
   */
  notDone?: StorageFailure;
  /**
   * The actions not done before `notDone` and not dismissed either, newest first: a second failure
   * never hides the first. A few only (NOT_DONE_KEPT in lib/background/storage-status.ts, with
   * `notDone`); absent when none.
   */
  notDoneEarlier?: StorageFailure[];
  /**
   * How many actions not done, earlier still, the status no longer lists, and the time of the
   * newest of them: the warning says how many, so none is dropped unsaid. Absent when none.
   */
  notDoneOmitted?: { count: number; at: number };
  /** The last automatic prune failed (it deleted nothing); the next that succeeds clears it. Absent when none. */
  autoPrune?: StorageFailure;
}

/**
 * storage.local key of when the user dismissed the storage warning's failed action (epoch ms: the
 * time of the failure it showed). The page writes it; the background tells no failure up to it.
 */
export const STORAGE_PROBLEM_DISMISSED_KEY = 'storageProblemDismissedAt';

/**
 * A batch the content script keeps in storage.local (under handoffKey(batchId))
 * until the background has stored it: unlike the page's memory, it survives the tab closing, a
 * navigation, the service worker stopping and an extension update. The background takes these
 * entries at start-up and when one is written, stores them (deduplicated by batchId) and removes
 * each key once its transaction has committed.
 */
export interface HandedOffBatch {
  batch: ReadingBatch;
  /** When the page read it (epoch ms): a batch stored much later keeps this time. */
  at: number;
}

/** storage.local keys of handed-off batches: the content script writes them, the background removes them. */
export const HANDOFF_PREFIX = 'handoff:';
export const handoffKey = (batchId: string): string => `${HANDOFF_PREFIX}${batchId}`;

/**
 * storage.local keys of the background's delete marks (lib/background/delete-marks.ts): when
 * "Delete all data" ran, and when each post and author was deleted. The background writes them;
 * the popup reads them (lib/queries/deleted-keys.ts) to tell a deleted post from one on its way.
 */
export const DELETED_ALL_KEY = 'deletedAllAt';
export const DELETED_KEYS_KEY = 'deletedKeysAt';

/**
 * When each post and author the user deleted one by one was deleted (epoch ms), by post key and
 * by author key. A batch read at or before that time is stored without their readings: it would
 * bring back a post deleted (or an author, their posts and follower counts). At most
 * MAX_DELETED_KEYS (lib/background/delete-marks.ts) keys are kept; past it the oldest deletes are
 * forgotten (the worker's log says so), and a batch read before those would store their readings
 * again. "Delete all" empties it (its own mark covers every key). Kept in storage.local, so a
 * worker started later knows it too. The background writes it; the popup reads it too.
 */
export interface DeletedKeys {
  posts: Record<string, number>;
  authors: Record<string, number>;
}
export const NO_DELETED_KEYS: DeletedKeys = { posts: {}, authors: {} };

export const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** A stored DeletedKeys, any entry without a time left out. */
export function deletedKeysOf(v: unknown): DeletedKeys {
  const record = (m: unknown): Record<string, number> =>
    isObject(m)
      ? Object.fromEntries(Object.entries(m).filter((e): e is [string, number] => isTime(e[1])))
      : {};
  return isObject(v) ? { posts: record(v.posts), authors: record(v.authors) } : NO_DELETED_KEYS;
}

/** Readings a content script gave up on: it could neither hand them over nor keep them. */
export interface UnsavedReport {
  readings: number;
  reason: string;
}

/** What the popup shows about readings not (yet) in the database. */
export interface UnsavedReadings {
  /** Readings of pages already gone, kept in storage.local because the database refused them;
   * stored as soon as it accepts writes again. */
  waiting: number;
  /** Readings lost for good since the user last dismissed this, the last reason and when. */
  lost: number;
  reason: string | null;
  at: number | null;
}

/**
 * What the batch check changed in readings since the user last dismissed it (the popup, options
 * and dashboard show it): readings left out, fields stored as null, texts cut, readings re-dated
 * because the clock was set back; the newest reasons
 * (worded for the user, newest first) and when the last change was.
 */
export interface CheckedReadings {
  dropped: number;
  nulled: number;
  cut: number;
  /** Readings stored as of a time before they were read (the clock was set back). */
  retimed: number;
  reasons: string[];
  at: number | null;
}

/** What a prune deletes (or deleted): how many, of how many posts and authors, captured when. */
export interface PruneCounts {
  snapshots: number;
  followerSnapshots: number;
  /** Posts that lose snapshots; authors that lose follower snapshots. */
  posts: number;
  authors: number;
  /** The oldest and newest capture time (epoch ms) among what goes; null when nothing does. */
  oldest: number | null;
  newest: number | null;
}

/**
 * Which snapshots a prune may take: captured before `before` (epoch ms), and written no later
 * than the record ids `snapshotsThrough` / `followersThrough` (ids only grow, so an id marks what
 * was stored at a moment; null: no bound). Among those, each post's and author's first and
 * latest always stay.
 */
export interface PruneLimit {
  before: number;
  snapshotsThrough: number | null;
  followersThrough: number | null;
}

/** What pruning with the saved retention would delete now. "Prune now" sends it back to confirm. */
export interface PrunePreview extends PruneCounts {
  retentionDays: number | null;
  /** What a confirmation deletes, at most; null when the retention keeps everything. */
  limit: PruneLimit | null;
}

/**
 * The retention the user last confirmed with a preview, and what was stored then. Automatic
 * pruning follows it while the saved retention is the same, and only over those records.
 */
export interface RetentionConsent {
  retentionDays: number;
  /** When the user confirmed (epoch ms). */
  at: number;
  snapshotsThrough: number;
  followersThrough: number;
}

/** The last automatic prune that removed anything. */
export interface AutoPruneRecord {
  at: number;
  removed: PruneCounts;
}

/** What the options page shows about pruning. */
export interface RetentionStatus {
  /** The saved setting. */
  retentionDays: number | null;
  consent: RetentionConsent | null;
  /** Automatic pruning is on: the saved retention is the one the user confirmed. */
  automatic: boolean;
  lastAutomatic: AutoPruneRecord | null;
}
