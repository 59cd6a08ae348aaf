// The demo's summary: per platform, how many posts carried a badge, how many of their counts the
// page showed (non-null fields of each post's latest snapshot), and how many snapshots are stored.
import type { SnapshotRecord } from '../../lib/store/schema';
import { COUNT_FIELDS, type Platform } from '../../lib/types';

export interface DemoRow {
  platform: Platform;
  url: string;
  /** Badges on the page. */
  postsFound: number;
  /** Non-null count fields over the badged posts' latest snapshots. */
  countsRead: number;
  /** COUNT_FIELDS.length for every badged post that has a snapshot. */
  countsPossible: number;
  /** Snapshots stored for this platform's posts. */
  snapshots: number;
  note?: string;
}

export function summarize(
  platform: Platform,
  url: string,
  badgeKeys: readonly string[],
  snapshots: readonly SnapshotRecord[],
): DemoRow {
  const mine = snapshots.filter((s) => s.postKey.startsWith(`${platform}:`));
  const latest = new Map<string, SnapshotRecord>();
  for (const s of mine) {
    const prev = latest.get(s.postKey);
    if (!prev || s.capturedAt > prev.capturedAt) latest.set(s.postKey, s);
  }
  let countsRead = 0;
  let countsPossible = 0;
  for (const key of new Set(badgeKeys)) {
    const snap = latest.get(key);
    if (!snap) continue;
    countsPossible += COUNT_FIELDS.length;
    countsRead += COUNT_FIELDS.filter((f) => snap[f] !== null).length;
  }
  return { platform, url, postsFound: badgeKeys.length, countsRead, countsPossible, snapshots: mine.length };
}

export function formatTable(rows: readonly DemoRow[]): string {
  const header = ['platform', 'posts found', 'counts read', 'snapshots stored', 'page'];
  const body = rows.map((r) => [
    r.platform,
    String(r.postsFound),
    r.countsPossible > 0 ? `${r.countsRead}/${r.countsPossible}` : '-',
    String(r.snapshots),
    r.note ? `${r.url} (${r.note})` : r.url,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
