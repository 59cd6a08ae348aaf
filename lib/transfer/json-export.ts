// The JSON export (README "Export format", format.ts), built from database records. Pure: the
// caller reads the records and downloads the text.

import type { AuthorRecord, FollowerSnapshotRecord, PostRecord, SnapshotRecord } from '../records';
import { byCodeUnits, type Count, pickCounts } from '../types';
import { EXPORT_FORMAT, type ExportAuthor, type ExportPost, type ExportV1, type ExportV2 } from './format';

export interface ExportRecords {
  posts: PostRecord[];
  snapshots: SnapshotRecord[];
  authors: AuthorRecord[];
  followerSnapshots: FollowerSnapshotRecord[];
}

const iso = (ms: number) => new Date(ms).toISOString();

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function latestFollowers(snaps: SnapshotRecord[]): Count {
  for (let i = snaps.length - 1; i >= 0; i--) {
    const f = snaps[i]?.followers;
    if (f !== null && f !== undefined) return f;
  }
  return null;
}

/**
 * The posts and authors of an export, as version 1. Export JSON writes it through withCampaigns
 * (version EXPORT_VERSION); Export CSV is built from it.
 */
export function buildExport(records: ExportRecords, exportedAt: Date): ExportV1 {
  const snapsByPost = groupBy(records.snapshots, (s) => s.postKey);
  const followersByAuthor = groupBy(records.followerSnapshots, (f) => f.authorKey);
  const authorByKey = new Map(records.authors.map((a) => [a.key, a]));

  const posts: ExportPost[] = [...records.posts]
    .sort((a, b) => a.firstSeen - b.firstSeen || byCodeUnits(a.key, b.key))
    .map((p) => {
      const snaps = [...(snapsByPost.get(p.key) ?? [])].sort((a, b) => a.capturedAt - b.capturedAt);
      const author = p.authorKey ? authorByKey.get(p.authorKey) : undefined;
      const post: ExportPost = {
        platform: p.platform,
        postId: p.postId,
        url: p.url,
        author: {
          handle: p.authorHandle,
          name: p.authorName,
          // The author's own latest count, null when none was shown. A snapshot's count is of
          // whoever its reading named (a post's handle can change between readings; the post
          // keeps the first), so the snapshots speak only for a post with no author record.
          followers: author ? author.followers : latestFollowers(snaps),
        },
        publishedAt: p.publishedAt,
        text: p.text,
        snapshots: snaps.map((s) => ({
          capturedAt: iso(s.capturedAt),
          ...pickCounts(s),
          followers: s.followers,
        })),
      };
      // Only what the snapshots do not already say: files of posts without either stay as they were.
      if (p.promoted) post.promoted = true;
      if (p.firstSeen !== snaps[0]?.capturedAt) post.firstSeen = iso(p.firstSeen);
      if (p.lastSeen !== snaps[snaps.length - 1]?.capturedAt) post.lastSeen = iso(p.lastSeen);
      return post;
    });

  const authors: ExportAuthor[] = [...records.authors]
    .sort((a, b) => byCodeUnits(a.key, b.key))
    .map((a) => {
      const snaps = [...(followersByAuthor.get(a.key) ?? [])].sort((x, y) => x.capturedAt - y.capturedAt);
      const author: ExportAuthor = {
        platform: a.platform,
        handle: a.handle,
        name: a.name,
        followerSnapshots: snaps.map((f) => ({ capturedAt: iso(f.capturedAt), followers: f.followers })),
      };
      const last = snaps[snaps.length - 1];
      if (
        a.followers !== null &&
        a.followersAt !== null &&
        (last?.capturedAt !== a.followersAt || last.followers !== a.followers)
      ) {
        author.followers = a.followers;
        author.followersAt = iso(a.followersAt);
      }
      if (a.name !== null && a.nameAt !== undefined) author.nameAt = iso(a.nameAt);
      return author;
    });

  return { format: EXPORT_FORMAT, version: 1, exportedAt: exportedAt.toISOString(), posts, authors };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces unpaired surrogates (a post text cut mid-emoji) with U+FFFD so every reader can decode the file. */
export function wellFormed(s: string): string {
  return s.replace(LONE_SURROGATE, '\uFFFD');
}

/** The JSON.stringify replacer of every JSON export: each string well formed, nothing else changed. */
export const wellFormedStrings = (_key: string, value: unknown): unknown =>
  typeof value === 'string' ? wellFormed(value) : value;

export function serializeExport(data: ExportV1 | ExportV2): string {
  return JSON.stringify(data, wellFormedStrings);
}

/** The file formats export writes. */
export type ExportKind = 'json' | 'csv' | 'ndjson' | 'parquet';

/**
 * `postlens-YYYY-MM-DD.<kind>`, dated in the user's local time; `postlens-YYYY-MM-DD-filtered.<kind>`
 * when it holds only the posts a filter showed, so that a partial file never passes for a backup.
 */
export function exportFileName(kind: ExportKind, date: Date, filtered = false): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  // i18n-ignore: a file name, the same in every language
  return `postlens-${day}${filtered ? '-filtered' : ''}.${kind}`;
}
