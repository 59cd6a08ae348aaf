// What the options page says about pruning, in words. Pure.
import { formatDate, formatNumber } from '@/lib/format';
import type { PruneCounts, PrunePreview, RetentionStatus } from '@/lib/messaging';

const plural = (n: number, one: string, many: string, locale?: string) =>
  `${formatNumber(n, locale)} ${n === 1 ? one : many}`;

const nothing = (c: PruneCounts) => c.snapshots + c.followerSnapshots === 0;

/** "1,234 snapshots of 56 posts and 3 follower counts of 1 author". */
function what(c: PruneCounts, locale?: string): string {
  const parts: string[] = [];
  if (c.snapshots > 0)
    parts.push(
      `${plural(c.snapshots, 'snapshot', 'snapshots', locale)} of ${plural(c.posts, 'post', 'posts', locale)}`,
    );
  if (c.followerSnapshots > 0)
    parts.push(
      `${plural(c.followerSnapshots, 'follower count', 'follower counts', locale)} of ${plural(c.authors, 'author', 'authors', locale)}`,
    );
  return parts.join(' and ');
}

/** The preview the user confirms or not. */
export function previewText(p: PrunePreview, locale?: string): string {
  const days = plural(p.retentionDays ?? 0, 'day', 'days', locale);
  if (nothing(p))
    return `Nothing to delete now: besides each post's first and latest snapshot, none is older than ${days}.`;
  const keeps =
    p.followerSnapshots > 0
      ? 'each post keeps its first and latest snapshot, each author their first and latest follower count'
      : 'each post keeps its first and latest snapshot';
  return `Deletes ${what(p, locale)} captured between ${formatDate(p.oldest, locale)} and ${formatDate(p.newest, locale)}; ${keeps}.`;
}

/** What confirming means from then on. */
export function consentText(p: PrunePreview, locale?: string): string {
  const days = plural(p.retentionDays ?? 0, 'day', 'days', locale);
  return `Confirming also lets PostLens prune what is stored now automatically as it gets older than ${days}. Snapshots stored later (new readings, imports) are only pruned when you confirm again.`;
}

export function confirmLabel(p: PrunePreview, locale?: string): string {
  if (nothing(p)) return `Confirm ${plural(p.retentionDays ?? 0, 'day', 'days', locale)}`;
  return `Delete ${what(p, locale)}`;
}

/** While the confirmed prune runs: one transaction, so no fraction to show. */
export function deletingText(p: PruneCounts, locale?: string): string {
  return nothing(p) ? 'Confirming…' : `Deleting ${what(p, locale)} in one transaction…`;
}

export function removedText(removed: PruneCounts, locale?: string): string {
  return nothing(removed) ? 'Nothing was deleted.' : `Removed ${what(removed, locale)}.`;
}

/** Whether automatic pruning is on, and what it last removed; null when there is nothing to say. */
export function automaticText(s: RetentionStatus, locale?: string): string | null {
  const lines: string[] = [];
  if (s.automatic && s.consent)
    lines.push(
      `Automatic pruning is on: it keeps ${plural(s.consent.retentionDays, 'day', 'days', locale)} of the snapshots stored when you confirmed on ${formatDate(s.consent.at, locale)}.`,
    );
  else if (s.retentionDays !== null)
    lines.push(
      `Automatic pruning is off until you confirm the saved ${plural(s.retentionDays, 'day', 'days', locale)} with Prune now.`,
    );
  const last = s.lastAutomatic;
  if (last)
    lines.push(
      `Last automatic prune removed ${what(last.removed, locale)} on ${formatDate(last.at, locale)}.`,
    );
  return lines.length > 0 ? lines.join(' ') : null;
}
