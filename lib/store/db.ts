// The one IndexedDB database, opened lazily and shared by everything in this context. The
// background writes it; extension pages read it. Each version's schema step runs once, in order,
// so a database created by any older version upgrades without losing a record.
import { type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames, unwrap } from 'idb';
import { t } from '../i18n';
import type { PostSummary, SnapshotRecord, SummaryReading } from '../records';
import { DB_NAME, type PostLensDB } from './schema';
import { packReadings, summarize } from './summary';

export const DB_VERSION = 9;

export type PostLensDb = IDBPDatabase<PostLensDB>;

type UpgradeTx = IDBPTransaction<PostLensDB, StoreNames<PostLensDB>[], 'versionchange'>;

/** Posts read at a time while version 4 summarizes them, so memory stays small on any database. */
const SUMMARIZE_CHUNK = 500;

/**
 * The snapshots of the posts keyed `first` to `last` (a chunk of the posts store, in key order), by
 * post, each post's oldest first: one read for the chunk, as the upgrade steps summarize them.
 */
async function snapshotsOf(
  snapIndex: { getAll(query: IDBKeyRange): Promise<SnapshotRecord[]> },
  first: string,
  last: string,
): Promise<Map<string, SnapshotRecord[]>> {
  const byPost = new Map<string, SnapshotRecord[]>();
  for (const s of await snapIndex.getAll(IDBKeyRange.bound([first, -Infinity], [last, Infinity]))) {
    const list = byPost.get(s.postKey);
    if (list) list.push(s);
    else byPost.set(s.postKey, [s]);
  }
  return byPost;
}

/**
 * Version 4: every stored post gets the summary of its snapshots, read in the upgrade
 * transaction itself (nothing else can write meanwhile). Every other field is kept as it was.
 */
async function summarizeStoredPosts(tx: UpgradeTx): Promise<void> {
  const followers = new Map((await tx.objectStore('authors').getAll()).map((a) => [a.key, a.followers]));
  const posts = tx.objectStore('posts');
  const snapIndex = tx.objectStore('snapshots').index('by-post-time');
  let after: string | null = null;
  for (;;) {
    const chunk = await posts.getAll(
      after === null ? undefined : IDBKeyRange.lowerBound(after, true),
      SUMMARIZE_CHUNK,
    );
    const first = chunk[0];
    const last = chunk[chunk.length - 1];
    if (!first || !last) return;
    const byPost = await snapshotsOf(snapIndex, first.key, last.key);
    await Promise.all(
      chunk.map((post) => {
        const author = post.authorKey === null ? null : (followers.get(post.authorKey) ?? null);
        return posts.put({ ...post, summary: summarize(byPost.get(post.key) ?? [], author) });
      }),
    );
    after = last.key;
  }
}

/** A summary as version 7 (and version 6 from e6b0b3c on) kept it: `recent` as reading objects. */
type UnpackedSummary = Omit<PostSummary, 'recent'> & { recent?: SummaryReading[] | Float64Array };

/** Whether two packed `recent`s hold the same readings, every number as it is (NaN for null). */
function samePacked(a: Float64Array | undefined, b: Float64Array | undefined): boolean {
  if (!a || !b) return a === b;
  return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}

/**
 * The summary `s` should hold now, or null when it already does: `recent` as the current rule keeps
 * it, from the post's snapshots (summarize), packed into one Float64Array; every other field as
 * it is. Version 9: the readings the badge's velocity (recentVelocity) can compare, which versions
 * 7 and 8 did not always keep (they kept those from the newest 5 minutes or more before the latest,
 * whatever counts it showed), so the tables show the badge's velocity at once rather than after
 * the post's next reading. Version 8 packed a `recent` of reading objects (version 7); version 7
 * filled it in on summaries stored before it was kept (versions 4 to 6 before e6b0b3c).
 */
function mendedSummary(s: UnpackedSummary, snapshots: readonly SnapshotRecord[]): PostSummary | null {
  const old = Array.isArray(s.recent) ? packReadings(s.recent) : s.recent;
  const { recent } = summarize(snapshots, null);
  if (samePacked(old, recent) && !Array.isArray(s.recent)) return null;
  if (recent) return { ...s, recent };
  const { recent: _dropped, ...rest } = s;
  return rest;
}

/**
 * Versions 7 to 9: every stored summary as mendedSummary says, in one pass; each chunk of posts'
 * snapshots read at once, as version 4 reads them. Each post written is noted in postChanges, as
 * every write is, so the dashboard's chunked copy is not read stale (post-writes.ts).
 */
async function mendRecent(tx: UpgradeTx): Promise<void> {
  const posts = tx.objectStore('posts');
  const snapIndex = tx.objectStore('snapshots').index('by-post-time');
  for (let after: string | null = null; ; ) {
    const chunk = await posts.getAll(
      after === null ? undefined : IDBKeyRange.lowerBound(after, true),
      SUMMARIZE_CHUNK,
    );
    const first = chunk[0];
    const last = chunk[chunk.length - 1];
    if (!first || !last) return;
    after = last.key;
    const byPost = await snapshotsOf(snapIndex, first.key, last.key);
    const changed = chunk.flatMap((post) => {
      const summary = post.summary && mendedSummary(post.summary, byPost.get(post.key) ?? []);
      return summary ? [{ ...post, summary }] : [];
    });
    if (changed.length === 0) continue;
    await Promise.all([
      ...changed.map((p) => posts.put(p)),
      tx.objectStore('postChanges').add({ keys: changed.map((p) => p.key) }),
    ]);
  }
}

/** A failed step aborts the whole upgrade: the database stays as the old version left it. */
function abortOnFailure(tx: UpgradeTx, step: Promise<void>): void {
  step.catch(() => {
    tx.done.catch(() => {});
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
  });
}

/** Another open connection (an older PostLens page) keeps the database from upgrading. */
export class DbBlockedError extends Error {
  override name = 'DbBlockedError'; // i18n-ignore: an error name, code
}

let opening: Promise<PostLensDb> | null = null;
/** The pending open's blocked signal: rejects if the open gets blocked. */
let waiting: Promise<never> | null = null;
/** Set while the pending open is blocked, so callers fail fast instead of hanging. */
let blocked: Promise<never> | null = null;

function open(): Promise<PostLensDb> {
  let rejectBlocked: (e: Error) => void = () => {};
  const signal = new Promise<never>((_, reject) => {
    rejectBlocked = reject;
  });
  signal.catch(() => {});
  waiting = signal;
  const p = openDB<PostLensDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        const posts = db.createObjectStore('posts', { keyPath: 'key' });
        posts.createIndex('by-author', 'authorKey');
        // Dropped in version 6, so no longer in the typed schema: the raw store creates it.
        unwrap(posts).createIndex('by-lastSeen', 'lastSeen');
        const snapshots = db.createObjectStore('snapshots', { keyPath: 'id', autoIncrement: true });
        snapshots.createIndex('by-post-time', ['postKey', 'capturedAt']);
        snapshots.createIndex('by-time', 'capturedAt');
        db.createObjectStore('authors', { keyPath: 'key' });
        const followers = db.createObjectStore('followerSnapshots', { keyPath: 'id', autoIncrement: true });
        followers.createIndex('by-author-time', ['authorKey', 'capturedAt']);
      }
      if (oldVersion < 2) {
        const batches = db.createObjectStore('batches', { keyPath: 'batchId' });
        batches.createIndex('by-at', 'at');
        unwrap(tx.objectStore('posts')).createIndex('by-platform', 'platform'); // dropped in version 6
      }
      if (oldVersion < 3) {
        db.createObjectStore('campaigns', { keyPath: 'id' });
      }
      if (oldVersion < 4) {
        const posts = tx.objectStore('posts');
        posts.createIndex('by-er-views-first', 'summary.erViewsFirst');
        posts.createIndex('by-er-followers-first', 'summary.erFollowersFirst');
        abortOnFailure(tx, summarizeStoredPosts(tx));
      }
      if (oldVersion < 5) {
        // Empty: until the background builds the chunks, readers read the posts store itself.
        db.createObjectStore('postChunks', { keyPath: 'id' });
        db.createObjectStore('postChanges', { keyPath: 'id', autoIncrement: true });
      }
      if (oldVersion < 6) {
        // Nothing reads these two, and every post write (one per reading) paid an index entry in
        // each (docs/performance.md has what dropping them did to the storage figure).
        // Every version that shipped made both; should one be missing, the upgrade must still
        // go on (a throw here would abort it, and the database would never open again).
        const posts = unwrap(tx.objectStore('posts'));
        for (const name of ['by-lastSeen', 'by-platform'])
          if (posts.indexNames.contains(name)) posts.deleteIndex(name);
      }
      // Version 4's step above summarized every post as the current code does: only a database
      // that was version 4 to 8 before this upgrade has summaries whose `recent` is kept by an
      // older rule, missing, or unpacked.
      if (oldVersion >= 4 && oldVersion < 9) abortOnFailure(tx, mendRecent(tx));
      // Version 9: the chunks hold each post as an older reader cut it (`recent` to its first
      // reading), which today's velocity rule may read otherwise even where the post itself is not
      // rewritten; they are derived data (post-chunks.ts), so they go, and the background builds
      // them again (chunksDue: none while posts exist). Until then readers read the posts store.
      if (oldVersion >= 5 && oldVersion < 9) tx.objectStore('postChunks').clear();
    },
    blocked(currentVersion, blockedVersion) {
      if (waiting === signal) blocked = signal;
      rejectBlocked(new DbBlockedError(t('store.blocked', currentVersion, String(blockedVersion))));
    },
    blocking() {
      // A newer version wants to upgrade: step aside; the next getDb() opens again.
      if (opening === p) opening = null;
      void p.then((db) => db.close()).catch(() => {});
    },
    terminated() {
      // The browser closed the connection (storage cleared, disk error): reopen on next use.
      if (opening === p) opening = null;
    },
  });
  const settle = () => {
    if (waiting === signal) waiting = blocked = null;
  };
  p.then(settle, () => {
    if (opening === p) opening = null;
    settle();
  });
  return p;
}

/** The shared connection, opened on first use. Rejects with DbBlockedError while blocked. */
export function getDb(): Promise<PostLensDb> {
  if (!opening) opening = open();
  if (blocked) return blocked;
  return waiting ? Promise.race([opening, waiting]) : opening;
}

/** Closes the shared connection (tests, reset); the next getDb() opens it again. */
export async function closeDb(): Promise<void> {
  const p = opening;
  opening = waiting = blocked = null;
  if (!p) return;
  try {
    (await p).close();
  } catch {
    // It never opened: nothing to close.
  }
}
