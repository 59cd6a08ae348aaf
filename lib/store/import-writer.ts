// Merges a JSON export into the database: new posts and authors are added, snapshots already
// present (same post, same capture time) are skipped (and named in the result when the file's
// counts differ), nothing stored is overwritten except an author's latest followers by a newer
// reading. One transaction; invalid files write nothing.
// What the file touches is read at once, merged in memory in file order, then written at once;
// each touched post's summary is built again from its snapshots, old and new.

import { formatNumber } from '../format';
import { t, tn, uiLocale, wholeNumber } from '../i18n';
import type { ImportCounts, WriteResult } from '../messages';
import type { ExportV1 } from '../transfer';
import { checkExport, ProblemList, postAuthorSpellings } from '../transfer';
import type { Count, Platform } from '../types';
import { authorKey, pickCounts, postKey, READING_FIELDS } from '../types';
import type { PostLensDb } from './db';
import { inWriteTx } from './delete';
import { mergedPost, putPosts } from './post-writes';
import type { AuthorRecord, FollowerSnapshotRecord, SnapshotRecord, StoredPost } from './schema';
import { emptySummary, sameSummary, summarize, withAuthorFollowers } from './summary';
import { Requests, timeRange, type WriteTx } from './transactions';

/**
 * What an import added, and (kept) what of it the database already held otherwise, in words:
 * absent when nothing was.
 */
export type ImportResult = WriteResult<{ added: ImportCounts; kept?: string }>;

/**
 * A merge's counts, and what of the file was not taken: kept, every such item (readings, names, post
 * fields, campaigns), most of them left as the database had it; notTaken, those of them the file
 * itself contradicts, which the user may not have had anything of (keptText words them so).
 */
export interface Merged {
  added: ImportCounts;
  kept: string[];
  notTaken: string[];
}

/**
 * What the import did not take, in words for its result; undefined for nothing. The items of kept
 * that are in notTaken (the file contradicting itself) are said not imported, the others left as
 * the user had them. respelled: the handles the file spells in more than one case, each merged into
 * one author spelled as read last (ExportCheck), named so that the choice is not a quiet one.
 */
export function keptText(
  kept: readonly string[],
  notTaken: readonly string[] = [],
  respelled: readonly string[] = [],
): string | undefined {
  const fileOnly = new Set(notTaken);
  const left = kept.filter((k) => !fileOnly.has(k));
  const contradicted = kept.filter((k) => fileOnly.has(k));
  const sentences = [
    listed(left, 'store.importKeptMore', 'store.importKept'),
    listed(contradicted, 'store.importNotTakenMore', 'store.importNotTaken'),
    listed(respelled, 'store.importRespelledMore', 'store.importRespelled'),
  ].filter((x) => x !== undefined);
  return sentences.length > 0 ? sentences.join(' ') : undefined;
}

/** One sentence naming the first five items and counting the rest; undefined for none. */
function listed(
  items: readonly string[],
  more: 'store.importKeptMore' | 'store.importNotTakenMore' | 'store.importRespelledMore',
  few: 'store.importKept' | 'store.importNotTaken' | 'store.importRespelled',
): string | undefined {
  if (items.length === 0) return undefined;
  const shown = items.slice(0, 5).join(', ');
  return items.length > 5
    ? t(more, wholeNumber(items.length), shown, wholeNumber(items.length - 5))
    : tn(few, items.length, shown);
}

/** Validates, then merges; an invalid file is refused whole. */
export async function importExport(db: PostLensDb, input: unknown): Promise<ImportResult> {
  const checked = checkExport(input);
  if (!checked.ok) return importRefused(checked.error);
  return importChecked(db, checked.data, undefined, checked.respelled);
}

export const importRefused = (reason: string): ImportResult => ({
  ok: false,
  error: t('store.importRefused', reason),
});

/**
 * Merges an export checkExport already cleaned (respelled: its ExportCheck's, for the result's
 * words); a failure here is a storage failure. An aborted
 * signal aborts the transaction unless it has committed: nothing of the file is kept.
 */
export function importChecked(
  db: PostLensDb,
  data: ExportV1,
  signal?: AbortSignal,
  respelled: readonly string[] = [],
): Promise<ImportResult> {
  return inWriteTx(
    db,
    async (tx) => {
      const { added, kept, notTaken } = await mergeExport(tx, data);
      const text = keptText(kept, notTaken, respelled);
      return text ? { added, kept: text } : { added };
    },
    signal,
  );
}

const distinct = <T>(items: Iterable<T>) => [...new Set(items)];
const readEach = <T>(keys: readonly string[], read: (key: string) => Promise<T>) =>
  Promise.all(keys.map(read)).then((values) => new Map(keys.map((k, i) => [k, values[i] as T])));

/** Merges a checked export inside a transaction the caller owns (and commits or aborts). */
export async function mergeExport(tx: WriteTx, data: ExportV1): Promise<Merged> {
  const added: ImportCounts = { posts: 0, snapshots: 0, authors: 0, followerSnapshots: 0 };
  const kept: string[] = [];
  /** Of kept, what the file contradicts itself on: not imported, whatever the user had. */
  const notTaken: string[] = [];
  const exportedAt = Date.parse(data.exportedAt);
  // An author only in the posts takes the spelling of the post seen last, as an author in the
  // list the spelling read last (checkExport refused a file that does not tell which that is).
  const postSpelling = postAuthorSpellings(
    data.posts.map((item, i) => ({ item, path: `posts[${i}]` })),
    data.authors,
    new ProblemList(),
  );

  // Everything the file can touch, read at once.
  const fileAuthorKeys = distinct(data.authors.map((a) => authorKey(a.platform, a.handle)));
  const authorKeys = distinct([
    ...fileAuthorKeys,
    ...data.posts.flatMap((p) => (p.author.handle ? [authorKey(p.platform, p.author.handle)] : [])),
  ]);
  const postKeys = distinct(data.posts.map(postKey));
  const followerIndex = tx.objectStore('followerSnapshots').index('by-author-time');
  const snapIndex = tx.objectStore('snapshots').index('by-post-time');
  const [storedAuthors, storedFollowers, storedPosts, storedSnaps] = await Promise.all([
    readEach(authorKeys, (k) => tx.objectStore('authors').get(k)),
    readEach(fileAuthorKeys, (k) => followerIndex.getAll(timeRange(k))),
    readEach(postKeys, (k) => tx.objectStore('posts').get(k)),
    readEach(postKeys, (k) => snapIndex.getAll(timeRange(k))),
  ]);
  // Stored posts keep their author: its followers are their summaries' fallback.
  const postAuthors = distinct(
    [...storedPosts.values()].flatMap((p) =>
      p?.authorKey && !storedAuthors.has(p.authorKey) ? [p.authorKey] : [],
    ),
  );
  for (const [k, a] of await readEach(postAuthors, (k) => tx.objectStore('authors').get(k)))
    storedAuthors.set(k, a);

  const authors = new Map<string, AuthorRecord>();
  /** Authors whose stored name the file gives otherwise, named once each. */
  const renamed = new Set<string>();
  /** The authors the file lists (authors[]): theirs is the file's name of the author. */
  const listed = new Set(fileAuthorKeys);
  const author = (
    platform: Platform,
    handle: string,
    name: string | null,
    fromList: boolean,
  ): AuthorRecord => {
    const key = authorKey(platform, handle);
    let rec = authors.get(key);
    const stored = storedAuthors.get(key);
    if (!rec) {
      rec = stored ? { ...stored } : { key, platform, handle, name, followers: null, followersAt: null };
      if (!stored) added.authors++;
    }
    // The user's name of an author stays; another one in the file is named, not dropped quietly.
    // A post's author name is the name that post was read with (kept with the post, or named by
    // keptPostAuthorName): it says the author's name only for an author the file does not list.
    const filesName = fromList || !listed.has(key);
    if (filesName && stored?.name != null && name !== null && name !== stored.name && !renamed.has(key)) {
      renamed.add(key);
      kept.push(t('store.keptAuthorName', key));
    }
    // A listed author the file gives no name stays unnamed: its posts' names do not fill it in.
    if (filesName) rec.name ??= name;
    authors.set(key, rec);
    return rec;
  };
  const offerFollowers = (rec: AuthorRecord, followers: Count, at: number) => {
    if (followers === null || (rec.followersAt !== null && rec.followersAt >= at)) return;
    rec.followers = followers;
    rec.followersAt = at;
  };
  const followersOf = (key: string | null): Count =>
    key === null ? null : ((authors.get(key) ?? storedAuthors.get(key))?.followers ?? null);

  const followerAdds: FollowerSnapshotRecord[] = [];
  /** The file's own newest dated count of each author, to hold posts' author.followers against. */
  const dated = new Map<string, { at: number; followers: number }>();
  const offerDated = (key: string, at: number, followers: number) => {
    const d = dated.get(key);
    if (!d || at >= d.at) dated.set(key, { at, followers });
  };
  /** Each author's follower snapshot times, stored and added: one per author and time. */
  const followerTimes = new Map<string, Map<number, number>>();
  for (const a of data.authors) {
    const rec = author(a.platform, a.handle, a.name, true);
    let have = followerTimes.get(rec.key);
    if (!have) {
      have = new Map((storedFollowers.get(rec.key) ?? []).map((f) => [f.capturedAt, f.followers]));
      followerTimes.set(rec.key, have);
    }
    const mine = storedAuthors.get(rec.key);
    const latestAt = a.followersAt === undefined ? undefined : Date.parse(a.followersAt);
    if (a.followers !== undefined && latestAt !== undefined) {
      // One reading per moment: a stored count of that moment (the latest, or a snapshot) stays,
      // and the user is told the file's differed.
      const storedLatest = mine?.followersAt === latestAt ? mine.followers : null;
      const storedSnap = have.get(latestAt);
      if (
        (storedLatest !== null && storedLatest !== a.followers) ||
        (storedSnap !== undefined && storedSnap !== a.followers)
      )
        kept.push(t('store.keptFollowers', rec.key, a.followersAt!));
      offerFollowers(rec, a.followers, latestAt);
    }
    for (const f of a.followerSnapshots) {
      const at = Date.parse(f.capturedAt);
      offerFollowers(rec, f.followers, at);
      offerDated(rec.key, at, f.followers);
      // The stored latest count is a reading of its moment too, with or without a snapshot of it.
      const stored = have.get(at) ?? (mine?.followersAt === at ? (mine.followers ?? undefined) : undefined);
      if (stored !== undefined && stored !== f.followers) {
        // One reading per moment: yours stays, and the user is told the file's differed.
        kept.push(t('store.keptFollowers', rec.key, f.capturedAt));
        continue;
      }
      if (have.has(at)) continue;
      have.set(at, f.followers);
      followerAdds.push({ authorKey: rec.key, capturedAt: at, followers: f.followers });
      added.followerSnapshots++;
    }
    if (a.followers !== undefined && latestAt !== undefined) offerDated(rec.key, latestAt, a.followers);
  }

  /**
   * Authors' counts from their posts' author.followers, used only where nothing dated is known:
   * each author's from the post last seen; posts seen as late as each other must agree (counts
   * holds every count given at that time), as the file's order cannot tell which is newer.
   */
  const undated = new Map<string, { followers: number; last: number; counts: Set<number> }>();
  const posts = new Map<string, StoredPost>();
  /** Each touched post's snapshots, stored ones in index order, then the ones added, in order. */
  const snapsOf = new Map<string, SnapshotRecord[]>();
  const snapAdds: SnapshotRecord[] = [];
  for (const p of data.posts) {
    const key = postKey(p);
    const times = p.snapshots.map((s) => Date.parse(s.capturedAt));
    // When the post was first and last seen: the file's, else its snapshots' times.
    const seen = [...times, ...[p.firstSeen, p.lastSeen].flatMap((s) => (s ? [Date.parse(s)] : []))];
    const first = seen.reduce((m, t) => Math.min(m, t), seen[0] ?? exportedAt);
    const last = seen.reduce((m, t) => Math.max(m, t), seen[0] ?? exportedAt);
    const rec = p.author.handle
      ? author(
          p.platform,
          postSpelling.get(authorKey(p.platform, p.author.handle)) ?? p.author.handle,
          p.author.name,
          false,
        )
      : null;
    // author.followers is the author's latest count, of no stated time: the authors' entries give
    // it with its time. Only an author they leave without any count takes it, its time unknown.
    // Of several posts, the one seen last shows the latest count.
    const u = rec && undated.get(rec.key);
    if (rec && p.author.followers !== null) {
      if (!u || last > u.last)
        undated.set(rec.key, { followers: p.author.followers, last, counts: new Set([p.author.followers]) });
      else if (last === u.last) u.counts.add(p.author.followers);
    }

    const asNew: StoredPost = {
      key,
      platform: p.platform,
      postId: p.postId,
      url: p.url,
      authorKey: rec?.key ?? null,
      authorHandle: p.author.handle,
      authorName: p.author.name,
      publishedAt: p.publishedAt,
      text: p.text,
      promoted: p.promoted === true,
      firstSeen: first,
      lastSeen: last,
      summary: emptySummary(null),
    };
    const old = posts.get(key) ?? storedPosts.get(key);
    if (!old) {
      added.posts++;
      posts.set(key, asNew);
    } else {
      // What the user has stays and what it lacks the file fills in, as a later reading would
      // (mergedPost); what the file gives otherwise is named.
      const post = mergedPost(old, asNew);
      if (p.publishedAt !== null && post.publishedAt !== p.publishedAt)
        kept.push(t('store.keptPost.postedTime', key));
      if (old.text !== '' && p.text !== '' && old.text !== p.text) kept.push(t('store.keptPost.text', key));
      if (old.url !== p.url) kept.push(t('store.keptPost.link', key));
      // Handles in another case are one author (authorKey): only another author is named.
      if (old.authorKey !== null && rec !== null && old.authorKey !== rec.key)
        kept.push(t('store.keptPost.author', key));
      else if (old.authorName !== null && p.author.name !== null && old.authorName !== p.author.name)
        kept.push(t('store.keptPostAuthorName', key));
      posts.set(key, post);
    }

    let snaps = snapsOf.get(key);
    if (!snaps) {
      snaps = [...(storedSnaps.get(key) ?? [])];
      snapsOf.set(key, snaps);
    }
    const have = new Map(snaps.map((s) => [s.capturedAt, s]));
    for (const [i, s] of p.snapshots.entries()) {
      const capturedAt = times[i]!;
      const stored = have.get(capturedAt);
      if (stored) {
        // The file holds each moment once (checkExport), so this one is yours: it stays, and the
        // user is told when the file's reading of that moment differed.
        if (READING_FIELDS.some((f) => stored[f] !== s[f]))
          kept.push(t('store.keptReading', key, s.capturedAt));
        continue;
      }
      const snap: SnapshotRecord = { postKey: key, capturedAt, ...pickCounts(s), followers: s.followers };
      have.set(capturedAt, snap);
      snaps.push(snap);
      snapAdds.push(snap);
      added.snapshots++;
    }
  }

  // Counts the file's own readings contradict: not imported, said so whether or not the user had any.
  const fileSaysOtherwise = (item: string) => {
    kept.push(item);
    notTaken.push(item);
  };
  const numbers = (ns: Iterable<number>) =>
    new Intl.ListFormat(uiLocale(), { type: 'conjunction' }).format(
      [...ns].sort((a, b) => a - b).map((n) => formatNumber(n, uiLocale())),
    );
  for (const [key, { followers, counts }] of undated) {
    const rec = authors.get(key);
    const d = dated.get(key);
    // Posts seen as late as each other that give other counts: none is taken, all are named.
    if (counts.size > 1) fileSaysOtherwise(t('store.keptUndatedTied', key, numbers(counts)));
    else if (rec && rec.followers === null && !d) rec.followers = followers;
    // A file whose undated count contradicts its own newest dated one: the dated one is kept.
    else if (d && d.followers !== followers)
      fileSaysOtherwise(t('store.keptUndated', key, formatNumber(followers, uiLocale())));
    // A count of no time cannot be placed before or after the one the user has: theirs stays.
    else if (!d && rec && rec.followers !== null && rec.followers !== followers)
      kept.push(
        t(
          'store.keptUndatedStored',
          key,
          formatNumber(followers, uiLocale()),
          formatNumber(rec.followers, uiLocale()),
        ),
      );
  }

  // Summaries, with every author's followers as the import leaves them.
  for (const post of posts.values()) {
    // Stable: stored snapshots keep their order, added ones (newer ids) follow at equal times.
    const snaps = [...(snapsOf.get(post.key) ?? [])].sort((a, b) => a.capturedAt - b.capturedAt);
    post.summary = summarize(snaps, followersOf(post.authorKey));
  }
  const refollowed = [...authors.values()].filter(
    (a) => a.followers !== (storedAuthors.get(a.key)?.followers ?? null),
  );
  const others = await Promise.all(
    refollowed.map((a) => tx.objectStore('posts').index('by-author').getAll(a.key)),
  );
  const writes = new Requests();
  const resummarized = others.flat().flatMap((post) => {
    if (posts.has(post.key)) return [];
    const summary = withAuthorFollowers(post.summary, followersOf(post.authorKey));
    return sameSummary(summary, post.summary) ? [] : [{ ...post, summary }];
  });
  for (const f of followerAdds) writes.add(tx.objectStore('followerSnapshots').add(f));
  writes.add(putPosts(tx, [...resummarized, ...posts.values()]));
  for (const s of snapAdds) writes.add(tx.objectStore('snapshots').add(s));
  for (const rec of authors.values()) writes.add(tx.objectStore('authors').put(rec));
  await writes.settled();
  return { added, kept, notTaken };
}
