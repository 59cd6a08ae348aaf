// Checks what arrives from content scripts before it reaches the database. Pure, never throws:
// anything malformed is dropped with a reason, and what passes is a fresh object holding only
// the known fields (nothing hostile rides along into IndexedDB).
import { LIMITS } from './limits';
import type { ReadingBatch } from './messages';
import { hostBelongs } from './platforms';
import type { Count, Platform, PostReading, ProfileReading } from './types';
import { PLATFORMS } from './types';

export { LIMITS };

/** Thrown by the checks below and caught by attempt(), which turns it into a reason. */
class Invalid extends Error {}
export const fail = (msg: string): never => {
  throw new Invalid(msg);
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function platformOf(v: unknown, field = 'platform'): Platform {
  if (typeof v !== 'string' || !(PLATFORMS as readonly string[]).includes(v)) {
    fail(`${field}: unknown platform`);
  }
  return v as Platform;
}

export function idOf(v: unknown, field: string, max: number): string {
  if (typeof v !== 'string' || v.trim() === '') return fail(`${field}: must be a non-empty string`);
  if (v.length > max) fail(`${field}: longer than ${max} characters`);
  return v;
}

/** Free text: cut to max rather than refused, since a long caption is still a good reading. */
export function textOf(v: unknown, field: string, max: number): string {
  if (v === undefined || v === null) return '';
  if (typeof v !== 'string') fail(`${field}: must be a string`);
  return (v as string).slice(0, max);
}

export function nameOf(v: unknown, field: string): string | null {
  if (v === undefined || v === null) return null;
  return textOf(v, field, LIMITS.name) || null;
}

export function handleOf(v: unknown, field: string): string | null {
  if (v === undefined || v === null) return null;
  return idOf(v, field, LIMITS.name);
}

/** null (not shown) or a finite count ≥ 0. Float noise from "1.1K" parsing is rounded away. */
export function countOf(v: unknown, field: string): Count {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'number' || !Number.isFinite(v)) return fail(`${field}: must be a number or null`);
  if (v < 0 || v > LIMITS.count) fail(`${field}: out of range`);
  return Math.round(v);
}

export function urlOf(v: unknown, platform: Platform, field = 'url'): string {
  if (typeof v !== 'string' || v.length > LIMITS.url) return fail(`${field}: must be a URL string`);
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    return fail(`${field}: not a valid URL`);
  }
  if (u.protocol !== 'https:') fail(`${field}: must be https`);
  if (u.username || u.password) fail(`${field}: must not carry credentials`);
  if (!hostBelongs(platform, u.hostname)) fail(`${field}: host ${u.hostname} is not ${platform}`);
  return u.href;
}

const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/;

/** An ISO 8601 date string, returned as UTC ISO; throws Invalid otherwise. */
export function isoOf(v: unknown, field: string): string {
  if (typeof v !== 'string' || !ISO.test(v)) return fail(`${field}: must be an ISO 8601 date`);
  const t = Date.parse(v);
  if (!Number.isFinite(t)) fail(`${field}: not a real date`);
  return new Date(t).toISOString();
}

export function postOf(v: unknown): PostReading {
  if (!isObject(v)) return fail('post: must be an object');
  const platform = platformOf(v.platform);
  const postId = idOf(v.postId, 'postId', LIMITS.postId);
  const where = (f: string) => `${f} (${platform}:${postId.slice(0, 40)})`;
  const author = v.author;
  if (!isObject(author)) fail(where('author: must be an object'));
  const a = author as Record<string, unknown>;
  const reading: PostReading = {
    platform,
    postId,
    url: urlOf(v.url, platform, where('url')),
    author: {
      handle: handleOf(a.handle, where('author.handle')),
      name: nameOf(a.name, where('author.name')),
      followers: countOf(a.followers, where('author.followers')),
    },
    publishedAt: v.publishedAt == null ? null : isoOf(v.publishedAt, where('publishedAt')),
    text: textOf(v.text, where('text'), LIMITS.text),
    likes: countOf(v.likes, where('likes')),
    comments: countOf(v.comments, where('comments')),
    reposts: countOf(v.reposts, where('reposts')),
    saves: countOf(v.saves, where('saves')),
    views: countOf(v.views, where('views')),
  };
  if (v.promoted !== undefined && typeof v.promoted !== 'boolean') fail(where('promoted: must be boolean'));
  if (v.promoted === true) reading.promoted = true;
  return reading;
}

export function profileOf(v: unknown): ProfileReading {
  if (!isObject(v)) return fail('profile: must be an object');
  const platform = platformOf(v.platform, 'profile.platform');
  return {
    platform,
    handle: idOf(v.handle, 'profile.handle', LIMITS.name),
    name: nameOf(v.name, 'profile.name'),
    followers: countOf(v.followers, 'profile.followers'),
  };
}

/** Runs check, turning its failure into a reason. */
export function attempt<T>(check: () => T): { value: T } | { reason: string } {
  try {
    return { value: check() };
  } catch (e) {
    return { reason: e instanceof Invalid ? e.message : `unreadable: ${String(e)}` };
  }
}

export type BatchValidation =
  /** dropped: one reason per reading left out (one for all posts past the limit). */
  { ok: true; batch: ReadingBatch; dropped: string[]; droppedCount: number } | { ok: false; error: string };

/** The valid part of a batch, with a reason for every reading left out. */
export function validateBatch(input: unknown): BatchValidation {
  const head = attempt(() => {
    if (!isObject(input)) return fail('batch: must be an object');
    const batchId = idOf(input.batchId, 'batchId', LIMITS.batchId);
    const pageUrl = textOf(input.pageUrl, 'pageUrl', LIMITS.url);
    if (!Array.isArray(input.posts)) fail('posts: must be an array');
    return { batchId, pageUrl, posts: input.posts as unknown[], profile: input.profile };
  });
  if ('reason' in head) return { ok: false, error: head.reason };

  const { batchId, pageUrl, posts: raw } = head.value;
  const dropped: string[] = [];
  const posts: PostReading[] = [];
  for (const item of raw.slice(0, LIMITS.posts)) {
    const r = attempt(() => postOf(item));
    if ('value' in r) posts.push(r.value);
    else dropped.push(r.reason);
  }
  const excess = Math.max(0, raw.length - LIMITS.posts);
  if (excess > 0) dropped.push(`${excess} posts beyond the ${LIMITS.posts} a batch may hold`);

  let profile: ProfileReading | null = null;
  if (head.value.profile != null) {
    const r = attempt(() => profileOf(head.value.profile));
    if ('value' in r) profile = r.value;
    else dropped.push(r.reason);
  }
  const droppedCount = dropped.length - (excess > 0 ? 1 : 0) + excess;
  return { ok: true, batch: { batchId, pageUrl, posts, profile }, dropped, droppedCount };
}
