// Merges a JSON export into the database: new posts and authors are added, snapshots already
// present (same post, same capture time) are skipped, nothing stored is overwritten except an
// author's latest followers by a newer reading. One transaction; invalid files write nothing.

import type { ImportCounts, WriteResult } from '../messages';
import type { ExportV1 } from '../transfer';
import { checkExport } from '../transfer';
import type { Count, Platform } from '../types';
import { authorKey, pickCounts, postKey } from '../types';
import type { PostLensDb } from './db';
import { inWriteTx } from './delete';
import type { AuthorRecord } from './schema';
import type { WriteTx } from './transactions';

export type ImportResult = WriteResult<{ added: ImportCounts }>;

/** Validates, then merges; an invalid file is refused whole. */
export async function importExport(db: PostLensDb, input: unknown): Promise<ImportResult> {
  const checked = checkExport(input);
  if (!checked.ok) return importRefused(checked.error);
  return importChecked(db, checked.data);
}

export const importRefused = (reason: string): ImportResult => ({
  ok: false,
  error: `Import refused, nothing was added: ${reason}`,
});

/** Merges an export checkExport already cleaned; a failure here is a storage failure. */
export function importChecked(db: PostLensDb, data: ExportV1): Promise<ImportResult> {
  return inWriteTx(db, (tx) => merge(tx, data));
}

async function merge(tx: WriteTx, data: ExportV1): Promise<{ added: ImportCounts }> {
  const added: ImportCounts = { posts: 0, snapshots: 0, authors: 0, followerSnapshots: 0 };
  const exportedAt = Date.parse(data.exportedAt);
  const authors = new Map<string, AuthorRecord>();

  const author = async (platform: Platform, handle: string, name: string | null): Promise<AuthorRecord> => {
    const key = authorKey(platform, handle);
    let rec = authors.get(key) ?? (await tx.objectStore('authors').get(key));
    if (!rec) {
      rec = { key, platform, handle, name, followers: null, followersAt: null };
      added.authors++;
    }
    rec.name ??= name;
    authors.set(key, rec);
    return rec;
  };
  const offerFollowers = (rec: AuthorRecord, followers: Count, at: number) => {
    if (followers === null || (rec.followersAt !== null && rec.followersAt >= at)) return;
    rec.followers = followers;
    rec.followersAt = at;
  };

  for (const a of data.authors) {
    const rec = await author(a.platform, a.handle, a.name);
    const store = tx.objectStore('followerSnapshots');
    for (const f of a.followerSnapshots) {
      const at = Date.parse(f.capturedAt);
      offerFollowers(rec, f.followers, at);
      if ((await store.index('by-author-time').count([rec.key, at])) > 0) continue;
      await store.add({ authorKey: rec.key, capturedAt: at, followers: f.followers });
      added.followerSnapshots++;
    }
  }

  for (const p of data.posts) {
    const key = postKey(p);
    const times = p.snapshots.map((s) => Date.parse(s.capturedAt));
    const first = times.reduce((m, t) => Math.min(m, t), times[0] ?? exportedAt);
    const last = times.reduce((m, t) => Math.max(m, t), times[0] ?? exportedAt);
    const rec = p.author.handle ? await author(p.platform, p.author.handle, p.author.name) : null;
    if (rec) offerFollowers(rec, p.author.followers, last);

    const posts = tx.objectStore('posts');
    const old = await posts.get(key);
    if (!old) added.posts++;
    await posts.put(
      old
        ? { ...old, firstSeen: Math.min(old.firstSeen, first), lastSeen: Math.max(old.lastSeen, last) }
        : {
            key,
            platform: p.platform,
            postId: p.postId,
            url: p.url,
            authorKey: rec?.key ?? null,
            authorHandle: p.author.handle,
            authorName: p.author.name,
            publishedAt: p.publishedAt,
            text: p.text,
            promoted: false,
            firstSeen: first,
            lastSeen: last,
          },
    );

    const snaps = tx.objectStore('snapshots');
    for (const [i, s] of p.snapshots.entries()) {
      const capturedAt = times[i]!;
      if ((await snaps.index('by-post-time').count([key, capturedAt])) > 0) continue;
      await snaps.add({ postKey: key, capturedAt, ...pickCounts(s), followers: s.followers });
      added.snapshots++;
    }
  }

  for (const rec of authors.values()) await tx.objectStore('authors').put(rec);
  return { added };
}
