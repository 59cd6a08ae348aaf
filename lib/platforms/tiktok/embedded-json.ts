// TikTok's rehydration JSON (<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__">) carries exact
// counts where the page shows "12.3K". Read with JSON.parse only; any surprise in its shape gives
// null, so the adapter falls back to the visible numbers.

import { isoDate } from '../dom';

export interface TikTokItemData {
  id: string;
  handle: string | null;
  name: string | null;
  text: string | null;
  publishedAt: string | null;
  likes: number | null;
  comments: number | null;
  reposts: number | null;
  saves: number | null;
  views: number | null;
}

const SCRIPT_ID = '__UNIVERSAL_DATA_FOR_REHYDRATION__';
const parsed = new WeakMap<Element, { text: string; data: unknown }>();

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

function at(obj: unknown, path: readonly string[]): unknown {
  let cur = obj;
  for (const key of path) {
    if (!isRec(cur)) return undefined;
    cur = cur[key];
  }
  return cur;
}

/** A count TikTok states: a non-negative integer, or its decimal string (statsV2). */
export function exactCount(v: unknown): number | null {
  if (typeof v === 'number') return Number.isSafeInteger(v) && v >= 0 ? v : null;
  if (typeof v === 'string' && /^\d{1,15}$/.test(v)) return Number(v);
  return null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** The page's parsed rehydration data, or null when absent or not JSON. Cached per script text. */
export function rehydrationData(doc: Document | null | undefined): unknown {
  const script = doc?.getElementById(SCRIPT_ID);
  if (!script) return null;
  const text = script.textContent ?? '';
  const hit = parsed.get(script);
  if (hit && hit.text === text) return hit.data;
  let data: unknown = null;
  try {
    data = JSON.parse(text);
  } catch {
    data = null;
  }
  parsed.set(script, { text, data });
  return data;
}

/** The video-detail item when it is the video with this id (a stale item after in-app navigation
 * would otherwise lend its counts to the wrong video). */
export function videoDetailItem(data: unknown, id: string): TikTokItemData | null {
  const item = at(data, ['__DEFAULT_SCOPE__', 'webapp.video-detail', 'itemInfo', 'itemStruct']);
  if (!isRec(item) || String(item.id ?? '') !== id) return null;
  const stats = item.stats;
  const statsV2 = item.statsV2;
  // statsV2 first: "stats" holds rounded counts (diggCount 22600 where statsV2 says "22609",
  // playCount 1800000 for "1776621"; davidteather/TikTok-Api PR #1143) and int32 overflows.
  const count = (key: string) => exactCount(at(statsV2, [key])) ?? exactCount(at(stats, [key]));
  const created = exactCount(item.createTime);
  return {
    id,
    handle: str(at(item, ['author', 'uniqueId'])),
    name: str(at(item, ['author', 'nickname'])),
    text: str(item.desc),
    publishedAt: created === null ? null : isoDate(created),
    likes: count('diggCount'),
    comments: count('commentCount'),
    reposts: count('shareCount'),
    saves: count('collectCount'),
    views: count('playCount'),
  };
}

/** Exact follower count from the user-detail scope, when it describes this handle. */
export function userDetailFollowers(data: unknown, handle: string): number | null {
  const info = at(data, ['__DEFAULT_SCOPE__', 'webapp.user-detail', 'userInfo']);
  const uniqueId = str(at(info, ['user', 'uniqueId']));
  if (!uniqueId || uniqueId.toLowerCase() !== handle.toLowerCase()) return null;
  // statsV2 first, as for videos: stats.followerCount 156500000 where statsV2 says "156537139"
  // (TobyG74/tiktok-api-dl PR #57).
  return (
    exactCount(at(info, ['statsV2', 'followerCount'])) ?? exactCount(at(info, ['stats', 'followerCount']))
  );
}
