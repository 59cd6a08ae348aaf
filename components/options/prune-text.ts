// What the options page says about pruning, in words. Pure.
import { formatDate } from '@/lib/format';
import type { PruneCounts, PrunePreview, RetentionStatus } from '@/lib/messaging';
import { t, tn, uiLocale } from '../../lib/i18n';

const nothing = (c: PruneCounts) => c.snapshots + c.followerSnapshots === 0;

/** "1,234 snapshots of 56 posts and 3 follower counts of 1 author" (counts in the user's locale). */
function what(c: PruneCounts): string {
  const snapshots =
    c.snapshots > 0
      ? tn('options.prune.snapshotsOf', c.snapshots, tn('options.prune.ofPosts', c.posts))
      : null;
  const followers =
    c.followerSnapshots > 0
      ? tn('options.prune.followerCountsOf', c.followerSnapshots, tn('options.prune.ofAuthors', c.authors))
      : null;
  if (snapshots && followers) return t('options.prune.both', snapshots, followers);
  return snapshots ?? followers ?? '';
}

/** The preview the user confirms or not. */
// Dates in the browser UI's language, as the rest of the page writes them, unless a test gives one.
export function previewText(p: PrunePreview, locale: string = uiLocale()): string {
  if (nothing(p)) return tn('options.prune.nothingToDelete', p.retentionDays ?? 0);
  const from = formatDate(p.oldest, locale);
  const to = formatDate(p.newest, locale);
  return p.followerSnapshots > 0
    ? t('options.prune.deletesWithAuthors', what(p), from, to)
    : t('options.prune.deletes', what(p), from, to);
}

/** What confirming means from then on. */
export function consentText(p: PrunePreview): string {
  return tn('options.prune.consent', p.retentionDays ?? 0);
}

export function confirmLabel(p: PrunePreview): string {
  if (nothing(p)) return tn('options.prune.confirmDays', p.retentionDays ?? 0);
  return t('options.prune.delete', what(p));
}

/** While the confirmed prune runs: one transaction, so no fraction to show. */
export function deletingText(p: PruneCounts): string {
  return nothing(p) ? t('options.prune.confirming') : t('options.prune.deleting', what(p));
}

export function removedText(removed: PruneCounts): string {
  return nothing(removed) ? t('options.prune.nothingDeleted') : t('options.prune.removed', what(removed));
}

/** Whether automatic pruning is on, and what it last removed; null when there is nothing to say. */
export function automaticText(s: RetentionStatus, locale: string = uiLocale()): string | null {
  const lines: string[] = [];
  if (s.automatic && s.consent)
    lines.push(tn('options.prune.automaticOn', s.consent.retentionDays, formatDate(s.consent.at, locale)));
  else if (s.retentionDays !== null) lines.push(tn('options.prune.automaticOff', s.retentionDays));
  const last = s.lastAutomatic;
  if (last) lines.push(t('options.prune.lastAutomatic', what(last.removed), formatDate(last.at, locale)));
  return lines.length > 0 ? lines.join(' ') : null;
}
