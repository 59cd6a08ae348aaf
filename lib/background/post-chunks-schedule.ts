// When the background builds the dashboard's chunked copy of the posts again
// (lib/store/post-chunks.ts): once writes pause, QUIET_MS after the last one, and at the latest
// MAX_WAIT_MS after the first write not yet copied, so a long browse still gets its copy. A timer,
// not pruning's check right after a write: a build reads every post, and during a burst of writes
// it would be repeated for nothing. A worker stopped before its timer fires loses nothing: the
// changes stay noted, readers take those posts from the store itself, and the next start checks.
import { buildPostChunks, chunksDue, describeStorageError, type PostLensDb } from '../store';

export const CHUNKS_QUIET_MS = 3_000;
export const CHUNKS_MAX_WAIT_MS = 60_000;

export interface ChunkTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

export interface ChunkScheduleDeps {
  db(): Promise<PostLensDb>;
  now(): number;
  warn(message: string): void;
  timers: ChunkTimers;
}

export function createChunkSchedule(deps: ChunkScheduleDeps) {
  let timer: unknown;
  let firstAt: number | null = null;
  let last: Promise<void> = Promise.resolve();

  const build = async () => {
    try {
      const db = await deps.db();
      if (await chunksDue(db)) await buildPostChunks(db);
    } catch (e) {
      // Only the copy failed (a full disk, say): readers read the posts store instead.
      deps.warn(`PostLens: the dashboard's copy of the posts was not rebuilt: ${describeStorageError(e)}`); // i18n-ignore: console log
    }
  };

  return {
    /** After a write: (re)starts the wait for a pause. */
    changed(): void {
      const now = deps.now();
      firstAt ??= now;
      if (timer !== undefined) deps.timers.clearTimeout(timer);
      const wait = Math.max(0, Math.min(CHUNKS_QUIET_MS, firstAt + CHUNKS_MAX_WAIT_MS - now));
      timer = deps.timers.setTimeout(() => {
        timer = undefined;
        firstAt = null;
        last = last.then(build);
      }, wait);
    },
    /** The build started last (for tests and callers that wait for it). */
    settled: (): Promise<void> => last,
  };
}

export type ChunkSchedule = ReturnType<typeof createChunkSchedule>;
