// Shared by the db, recorder and background tests: a fresh fake IndexedDB per test, and readings
// shaped like the content script's.
import { IDBFactory } from 'fake-indexeddb';
import type { ReadingBatch } from '@/lib/messaging/protocol';
import { closeDb } from '@/lib/store/db';
import type { PostReading } from '@/lib/types';

export async function freshIndexedDb(): Promise<void> {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
}

export const T0 = Date.UTC(2025, 4, 1, 12, 0, 0);
export const MIN = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

export function reading(over: Partial<PostReading> = {}): PostReading {
  const postId = over.postId ?? '1790000000000000001';
  return {
    platform: 'x',
    postId,
    url: `https://x.com/nasa/status/${postId}`,
    author: { handle: 'nasa', name: 'NASA' },
    publishedAt: '2025-05-01T10:00:00.000Z',
    text: 'Liftoff!',
    likes: 100,
    comments: 10,
    reposts: 5,
    saves: null,
    views: 10_000,
    ...over,
  };
}

let seq = 0;
export function batch(posts: PostReading[], over: Partial<ReadingBatch> = {}): ReadingBatch {
  seq++;
  return { batchId: `batch-${seq}`, pageUrl: 'https://x.com/home', posts, profile: null, ...over };
}

export const SETTINGS = { snapshotIntervalMinutes: 30 };
