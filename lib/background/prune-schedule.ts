// Retention pruning without idle timers: after writes (and at start-up), at most once an hour.
// The last run time lives in storage.session, so a service worker that restarts every few
// minutes does not prune every time, while a new browser session prunes on its first write.
import { storage } from '#imports';
import type { PostLensDb } from '../store';
import { prune } from '../store';

export const PRUNE_EVERY_MS = 3_600_000;

export const lastPruneItem = storage.defineItem<number>('session:lastPruneAt', { fallback: 0 });

export interface PruneDeps {
  db(): Promise<PostLensDb>;
  retentionDays(): Promise<number | null>;
  now(): number;
  warn(message: string): void;
}

/** Prunes when the last run is an hour old; returns what it removed, or null when not due. */
export async function maybePrune(deps: PruneDeps): Promise<number | null> {
  const now = deps.now();
  const last = await lastPruneItem.getValue();
  if (last <= now && now - last < PRUNE_EVERY_MS) return null;
  await lastPruneItem.setValue(now);
  const result = await prune(await deps.db(), await deps.retentionDays(), now);
  if (!result.ok) {
    deps.warn(`PostLens: pruning failed: ${result.error}`);
    return null;
  }
  return result.removed;
}
