// Checks what arrives from content scripts before it reaches the database. Pure, never throws.
// A reading is dropped (with a reason) only when its identity fails: without platform, post id
// and a permalink of that platform, no snapshot could be attributed. Any other field that fails
// costs only itself: it is stored as null (unknown, never a guessed 0) and the reason is noted,
// as is every text cut to its limit, so nothing is lost or changed without a word. What passes
// is a fresh object holding only the known fields (nothing hostile rides along into IndexedDB).
import {
  attempt,
  countOf,
  fail,
  flagOf,
  handleOf,
  idOf,
  isObject,
  Notes,
  named,
  objectOf,
  postedIsoOf,
  shown,
  stringOf,
} from './check-fields';
import { t, wholeNumber } from './i18n';
import { FUTURE_SLACK_MS, LIMITS } from './limits';
import type { ReadingBatch } from './messages';
import { hostBelongs } from './platforms';
import type { Platform, PostReading, ProfileReading } from './types';
import { countsFrom, PLATFORMS } from './types';

export { attempt, fail, LIMITS };

export function platformOf(v: unknown, field = 'platform'): Platform {
  if (typeof v !== 'string' || !(PLATFORMS as readonly string[]).includes(v)) {
    fail(t('checks.unknownPlatform', field));
  }
  return v as Platform;
}

export function urlOf(v: unknown, platform: Platform, field = 'url'): string {
  if (typeof v !== 'string') return fail(t('checks.urlString', field));
  // Too long as given: said so (it is a string), before parsing a megabyte of it.
  if (v.length > LIMITS.url)
    return fail(t('checks.urlTooLong', field, wholeNumber(LIMITS.url), wholeNumber(v.length)));
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    return fail(t('checks.urlInvalid', field));
  }
  if (u.protocol !== 'https:') fail(t('checks.urlHttps', field));
  if (u.username || u.password) fail(t('checks.urlCredentials', field));
  if (!hostBelongs(platform, u.hostname)) fail(t('checks.urlHost', field, u.hostname, platform));
  // What is stored is the parsed form, which percent-encoding can make longer than what came in:
  // a link is held to its limit as stored, as the import holds it.
  if (u.href.length > LIMITS.url)
    fail(t('checks.urlLong', field, wholeNumber(LIMITS.url), wholeNumber(u.href.length)));
  return u.href;
}

/**
 * A posting time no later than a day after the reading (readAt): a later one (a premiere's or a
 * scheduled post's announced time, or a page's wrong date) is no time the post was posted, and
 * the import refuses it (FUTURE_SLACK_MS), so it is stored as unknown.
 */
function postedOf(v: unknown, readAt: number): string | null {
  const iso = postedIsoOf(v);
  if (iso !== null && Date.parse(iso) > readAt + FUTURE_SLACK_MS)
    fail(t('checks.postedLater', new Date(readAt).toISOString()));
  return iso;
}

/**
 * A post's author: an object, its handle read once (what is checked is what is kept). On Reddit a
 * handle with a "/" is refused with the whole author: a user's never holds one (userHandle,
 * platforms/reddit), so only a page's own text could send it, and "r/<name>" is a community's
 * record (isCommunity), whose members are no poster's followers. The import refuses it alike
 * (postAuthorRule, transfer/import-check.ts); a community's profile reading is no post author.
 */
function posterOf(v: unknown, platform: Platform): { handle: unknown; of: Record<string, unknown> } {
  const of = objectOf(v);
  const handle = of.handle;
  if (platform === 'reddit' && typeof handle === 'string' && handle.includes('/'))
    fail(t('checks.redditPostAuthor', shown(handle)));
  return { handle, of };
}

/**
 * A post read at readAt (epoch ms); throws only when its identity fails, notes every other field
 * it could not keep.
 */
export function postOf(v: unknown, notes = new Notes(), readAt = Date.now()): PostReading {
  if (!isObject(v)) return fail(t('checks.postObject', shown(v)));
  const platform = platformOf(v.platform);
  const postId = named('postId', () => idOf(v.postId, LIMITS.postId));
  const who = `${platform}:${postId.slice(0, 40)}`;
  const url = urlOf(v.url, platform, `${who} url`); // i18n-ignore: a field path (post key and field name)
  const { field, text, displayName } = notes.about(who);
  // The author handle is not identity: a post without one is kept, with no author (authorKey null).
  const a = field('author', () => posterOf(v.author, platform), null);
  const reading: PostReading = {
    platform,
    postId,
    url,
    author: {
      handle: a && field('author.handle', () => handleOf(a.handle), null),
      name: a && displayName('author.name', () => a.of.name),
      followers: a && field('author.followers', () => countOf(a.of.followers), null),
    },
    publishedAt: field('publishedAt', () => postedOf(v.publishedAt, readAt), null),
    text: text('text', () => v.text, LIMITS.text),
    ...countsFrom((f) => field(f, () => countOf(v[f]), null)),
  };
  if (field('promoted', () => flagOf(v.promoted), false)) reading.promoted = true;
  return reading;
}

/** A profile header; its handle is its identity (authorKey), so only platform and handle drop it. */
export function profileOf(v: unknown, notes = new Notes()): ProfileReading {
  if (!isObject(v)) return fail(t('checks.profileObject', shown(v)));
  const platform = platformOf(v.platform, 'profile.platform');
  const handle = named('profile.handle', () => idOf(v.handle, LIMITS.name));
  const { field, displayName } = notes.about(t('checks.profileWho', `${platform}:${handle.slice(0, 40)}`));
  return {
    platform,
    handle,
    name: displayName('name', () => v.name),
    followers: field('followers', () => countOf(v.followers), null),
  };
}

export type BatchValidation =
  | {
      ok: true;
      batch: ReadingBatch;
      /** One reason per reading left out (one for all posts past the limit). */
      dropped: string[];
      droppedCount: number;
      /** One reason per field of a kept reading stored as null (text as '', promoted as false). */
      nulled: string[];
      /** One note per text kept but cut to its limit. */
      cut: string[];
    }
  | { ok: false; error: string };

/**
 * The valid part of a batch read at readAt (epoch ms), with a reason for every reading left out
 * and every field nulled or cut.
 */
export function validateBatch(input: unknown, readAt = Date.now()): BatchValidation {
  const notes = new Notes();
  const head = attempt(() => {
    if (!isObject(input)) return fail(t('checks.batchObject'));
    const batchId = named('batchId', () => idOf(input.batchId, LIMITS.batchId));
    const pageUrl = named('pageUrl', () => stringOf(input.pageUrl));
    if (!Array.isArray(input.posts)) fail(t('checks.postsArray'));
    return { batchId, pageUrl, posts: input.posts as unknown[], profile: input.profile };
  });
  if ('reason' in head) return { ok: false, error: head.reason };

  const { batchId, posts: raw } = head.value;
  const pageUrl = notes.cutTo('pageUrl', head.value.pageUrl, LIMITS.url);
  const dropped: string[] = [];
  const posts: PostReading[] = [];
  for (const item of raw.slice(0, LIMITS.posts)) {
    const r = attempt(() => postOf(item, notes, readAt));
    if ('value' in r) posts.push(r.value);
    else dropped.push(r.reason);
  }
  const excess = Math.max(0, raw.length - LIMITS.posts);
  if (excess > 0) dropped.push(t('checks.beyondLimit', wholeNumber(excess), wholeNumber(LIMITS.posts)));

  let profile: ProfileReading | null = null;
  if (head.value.profile != null) {
    const r = attempt(() => profileOf(head.value.profile, notes));
    if ('value' in r) profile = r.value;
    else dropped.push(r.reason);
  }
  const droppedCount = dropped.length - (excess > 0 ? 1 : 0) + excess;
  const { nulled, cut } = notes;
  return { ok: true, batch: { batchId, pageUrl, posts, profile }, dropped, droppedCount, nulled, cut };
}
