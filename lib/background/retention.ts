// "Prune now" in two steps: the options page asks for a preview of what the saved retention
// deletes, shows it, and sends it back only when the user confirms. The confirmation deletes what
// the preview counted (never anything written after it) and becomes the consent automatic pruning
// follows (prune-schedule.ts).
import { t } from '../i18n';
import type { PruneCounts, PruneLimit, PrunePreview, RetentionStatus, WriteResult } from '../messages';
import type { PostLensDb } from '../store';
import { limitFor, previewPrune, pruneWithin } from '../store';
import { autoPruneLimit, lastAutoPruneItem, readConsent, retentionConsentItem } from './prune-schedule';

// Worded once, when the worker starts: its language is the browser's, which does not change while it runs.
export const OUTDATED_PREVIEW = t('background.retention.outdated');
export const KEEPS_EVERYTHING = t('background.retention.keepsEverything');
export const CHANGED_SETTING = t('background.retention.changedSetting');

const isId = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** A confirmed preview, checked against the saved setting: what the background may delete. */
export interface Confirmation {
  retentionDays: number;
  limit: { before: number; snapshotsThrough: number; followersThrough: number };
  counts: Pick<PruneCounts, 'snapshots' | 'followerSnapshots'>;
}

/**
 * The confirmation in a message, or why there is none. Its id bounds are required (they become
 * the consent); its retention must be the saved one; its cutoff never goes past what the saved
 * setting allows now, whatever the message says.
 */
export function checkConfirmation(
  data: unknown,
  savedDays: number | null,
  now: number,
): Confirmation | string {
  const p = data as Partial<PrunePreview> | null;
  const limit = p?.limit as Partial<PruneLimit> | null | undefined;
  if (p?.retentionDays === null) return KEEPS_EVERYTHING;
  if (
    !p ||
    typeof p.retentionDays !== 'number' ||
    !limit ||
    typeof limit.before !== 'number' ||
    !Number.isFinite(limit.before) ||
    !isId(limit.snapshotsThrough) ||
    !isId(limit.followersThrough) ||
    !isId(p.snapshots) ||
    !isId(p.followerSnapshots)
  ) {
    return t('background.retention.needsPreview');
  }
  const saved = limitFor(savedDays, now);
  if (!saved || savedDays !== p.retentionDays) return CHANGED_SETTING;
  return {
    retentionDays: p.retentionDays,
    limit: {
      before: Math.min(limit.before, saved.before),
      snapshotsThrough: limit.snapshotsThrough,
      followersThrough: limit.followersThrough,
    },
    counts: { snapshots: p.snapshots, followerSnapshots: p.followerSnapshots },
  };
}

export interface RetentionDeps {
  retentionDays(): Promise<number | null>;
  now(): number;
}

export function createRetention(deps: RetentionDeps) {
  return {
    /** What the saved retention would delete now; reads only. */
    async preview(db: PostLensDb): Promise<PrunePreview> {
      return previewPrune(db, await deps.retentionDays(), deps.now());
    },

    /**
     * Deletes what a confirmation allows, never more than its preview counted (else `outdated`,
     * nothing deleted). Once done, its retention and id bounds are the consent automatic
     * pruning follows.
     */
    async confirm(
      db: PostLensDb,
      c: Confirmation,
      signal?: AbortSignal,
    ): Promise<WriteResult<{ removed: PruneCounts; outdated: boolean }>> {
      const now = deps.now();
      // Cancelled before the commit: nothing deleted, and no consent given.
      const result = await pruneWithin(db, c.limit, now, c.counts, signal);
      if (result.ok && !result.outdated) {
        try {
          await retentionConsentItem.setValue({
            retentionDays: c.retentionDays,
            at: now,
            snapshotsThrough: c.limit.snapshotsThrough,
            followersThrough: c.limit.followersThrough,
          });
        } catch (e) {
          // The delete has committed: the answer says what it removed, never that it failed.
          // Without the consent automatic pruning stays off, as retentionStatus then says.
          console.warn('PostLens: the prune was done, but its consent could not be saved', e); // i18n-ignore: console log
        }
      }
      return result;
    },

    async status(): Promise<RetentionStatus> {
      const [retentionDays, consent, lastAutomatic] = await Promise.all([
        deps.retentionDays(),
        readConsent(),
        lastAutoPruneItem.getValue(),
      ]);
      const automatic = autoPruneLimit(retentionDays, consent, deps.now()) !== null;
      return { retentionDays, consent, automatic, lastAutomatic };
    },
  };
}

export const NO_RETENTION_STATUS: RetentionStatus = {
  retentionDays: null,
  consent: null,
  automatic: false,
  lastAutomatic: null,
};
