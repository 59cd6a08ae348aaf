// Which posts a tab read will not be stored from the readings it sent: the user deleted them
// after the page read them (the background's delete marks, lib/background/delete-marks.ts, leave
// such a reading out however late it arrives), or their id is one the background's check refuses
// (lib/check.ts: empty, or longer than LIMITS.postId). Read only; the popup tells these apart from
// the posts still on their way to the database.

import { browser } from 'wxt/browser';
import { LIMITS } from '../limits';
import { DELETED_ALL_KEY, DELETED_KEYS_KEY, deletedKeysOf, HANDOFF_PREFIX, isTime } from '../messages';
import { keyParts, type Platform, postKey } from '../types';

/** The parts of browser.storage.local read here. */
export interface MarksArea {
  get(keys: string[] | null): Promise<Record<string, unknown>>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** True for a key ("platform:postId") whose post id the background's check refuses. */
export function refusedKey(key: string): boolean {
  // Any platform and an empty id are split as well: only the id is judged here. A key without ":"
  // is judged whole, as it always was (a tab's keys are postKeys, so none lacks one).
  const id = keyParts(key, { anyPlatform: true, emptyRest: true })?.rest ?? key;
  return id.trim() === '' || id.length > LIMITS.postId;
}

/**
 * Reads the delete marks of `keys` (a tab's posts) and, when any is marked, the hand-offs waiting:
 * a reading handed off after its post's delete is stored as usual. Call it BEFORE reading those
 * posts from the database: a hand-off the background stores meanwhile is then in the database
 * when read, not missing from both. Answers which of the keys missing from the database were
 * deleted after the page read them (the later of the post's own mark and "Delete all data").
 */
export async function readDeleteMarks(
  keys: readonly string[],
  area: MarksArea = browser.storage.local as unknown as MarksArea,
): Promise<(missing: readonly string[]) => string[]> {
  const marks = await area.get([DELETED_ALL_KEY, DELETED_KEYS_KEY]);
  const all = isTime(marks[DELETED_ALL_KEY]) ? marks[DELETED_ALL_KEY] : null;
  // As the background reads them (deletedKeysOf): a post's own mark, entries without a time left out.
  const { posts } = deletedKeysOf(marks[DELETED_KEYS_KEY]);
  const deletedAt = (key: string): number | null => {
    const own: unknown = posts[key];
    const at = isTime(own) ? own : null;
    return at === null ? all : all === null ? at : Math.max(at, all);
  };
  if (!keys.some((k) => deletedAt(k) !== null)) return () => [];
  // Each post's newest hand-off read time: a hand-off read after the delete is stored.
  const readAt = new Map<string, number>();
  for (const [name, value] of Object.entries(await area.get(null))) {
    if (!name.startsWith(HANDOFF_PREFIX) || !isRecord(value) || !isTime(value.at)) continue;
    const batch = value.batch;
    const batchPosts = isRecord(batch) && Array.isArray(batch.posts) ? batch.posts : [];
    for (const p of batchPosts) {
      if (!isRecord(p) || typeof p.platform !== 'string' || typeof p.postId !== 'string') continue;
      const key = postKey({ platform: p.platform as Platform, postId: p.postId });
      readAt.set(key, Math.max(value.at, readAt.get(key) ?? value.at));
    }
  }
  return (missing) =>
    missing.filter((key) => {
      const at = deletedAt(key);
      const read = readAt.get(key);
      return at !== null && (read === undefined || read <= at);
    });
}
