// Figure 4's two halves, run in the browser. `recordThroughBackground` runs in the content
// script's isolated world of a platform page and sends readings exactly as the content script's
// Sender does (recordReadings messages of 100 posts, one at a time, each waiting for its answer),
// so they take the background's real path: sender check, validation, write queue, one
// transaction per batch. `bulkCopy` runs in an extension page and writes the records that path
// stored into a fresh database of the same schema, in one transaction.
import type { ReadingBatch, RecordResult } from '../../../lib/messaging/protocol';
import type { PostReading } from '../../../lib/types';

export interface RecordPlan {
  posts: number;
  rounds: number;
  batchSize: number;
  authors: number;
  /**
   * Posting times count back from here, a minute apart (10,000 posts span the last week), so the
   * Overview's periods and the When-to-post grid hold them; the bench passes the run's start.
   */
  postedBefore?: number;
}

declare const chrome: {
  runtime: {
    sendMessage(message: unknown, callback: (response: unknown) => void): void;
    lastError?: { message?: string };
  };
};

/** Post `i` as read in round `round`: its likes and views grow each round, so each is a new snapshot. */
function reading(i: number, round: number, authors: number, postedBefore: number): PostReading {
  const id = (1_900_000_000_000_000_000n + BigInt(i)).toString();
  const handle = `bench_author_${i % authors}`;
  return {
    platform: 'x',
    postId: id,
    url: `https://x.com/${handle}/status/${id}`,
    author: { handle, name: `Bench Author ${i % authors}` },
    publishedAt: new Date(postedBefore - (i + 1) * 60_000).toISOString(),
    // Hashtags and a mention, as posts carry them, so "What to post about" has topics to count:
    // 60 topics and 7 campaigns' tags, each on many posts.
    text: `Post ${i} of the storage benchmark #topic${i % 60} #launch${i % 7}, with @bench_author_${(i + 1) % authors}.`,
    likes: 10 + (i % 500) + round,
    comments: i % 40,
    reposts: i % 25,
    saves: null,
    views: 1000 + i * 3 + round * 50,
    promoted: false,
  };
}

/** The same message @webext-core/messaging builds for sendMessage('recordReadings', batch). */
function send(batch: ReadingBatch, seq: number): Promise<RecordResult> {
  const message = { id: seq, type: 'recordReadings', data: batch, timestamp: Date.now() };
  return new Promise((resolve, reject) =>
    chrome.runtime.sendMessage(message, (response) => {
      const r = response as { res?: RecordResult; err?: unknown } | undefined;
      if (chrome.runtime.lastError) reject(new Error(chrome.runtime.lastError.message));
      else if (r?.res) resolve(r.res);
      else reject(new Error(`no answer: ${JSON.stringify(r?.err ?? r)}`));
    }),
  );
}

export async function recordThroughBackground(plan: RecordPlan) {
  const started = performance.now();
  let stored = 0;
  let seq = 0;
  const failures: string[] = [];
  for (let round = 0; round < plan.rounds; round++) {
    for (let first = 0; first < plan.posts; first += plan.batchSize) {
      const posts: PostReading[] = [];
      for (let i = first; i < Math.min(plan.posts, first + plan.batchSize); i++) {
        posts.push(reading(i, round, plan.authors, plan.postedBefore ?? Date.UTC(2025, 0, 8)));
      }
      const batch: ReadingBatch = {
        batchId: `bench-${round}-${first}-${Math.random().toString(36).slice(2)}`,
        pageUrl: location.href,
        posts,
        profile: null,
      };
      const result = await send(batch, seq++);
      if (result.ok) stored += result.stored;
      else failures.push(result.error);
    }
  }
  return { ms: performance.now() - started, batches: seq, stored, failures: failures.slice(0, 3) };
}

const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

const openDb = (name: string, version?: number, upgrade?: (db: IDBDatabase) => void) =>
  new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(name, version);
    req.onupgradeneeded = () => upgrade?.(req.result);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error(`opening ${name} was blocked`));
  });

/**
 * The background's own derived stores (the dashboard's chunked copy of the posts and its change
 * notes, lib/store/post-chunks.ts): not records a reading stores, so the baseline leaves them out.
 */
const DERIVED = ['postChunks', 'postChanges'];

/**
 * Copies every record of database `from` into a new database `to` with the same stores and
 * indexes, in one read-write transaction; times only that transaction.
 */
export async function bulkCopy(from: string, to: string) {
  const source = await openDb(from);
  const names = Array.from(source.objectStoreNames).filter((n) => !DERIVED.includes(n));
  const read = source.transaction(names, 'readonly');
  const records = new Map<string, unknown[]>();
  const shapes = names.map((n) => {
    const store = read.objectStore(n);
    return {
      name: n,
      keyPath: store.keyPath,
      autoIncrement: store.autoIncrement,
      indexes: Array.from(store.indexNames, (i) => {
        const index = store.index(i);
        return { name: i, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
      }),
    };
  });
  for (const n of names) records.set(n, await request(read.objectStore(n).getAll()));
  source.close();

  await request(indexedDB.deleteDatabase(to));
  const target = await openDb(to, 1, (db) => {
    for (const s of shapes) {
      const store = db.createObjectStore(s.name, { keyPath: s.keyPath, autoIncrement: s.autoIncrement });
      for (const i of s.indexes)
        store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
    }
  });
  const counts = Object.fromEntries(names.map((n) => [n, records.get(n)!.length]));
  const started = performance.now();
  const tx = target.transaction(names, 'readwrite');
  for (const n of names) {
    const store = tx.objectStore(n);
    for (const r of records.get(n)!) store.put(r);
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('bulk transaction aborted'));
  });
  const ms = performance.now() - started;
  target.close();
  await request(indexedDB.deleteDatabase(to));
  return { ms, counts };
}
