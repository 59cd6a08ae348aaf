// The shapes every part of PostLens agrees on. Pure types: no browser imports.

import { LIMITS } from './limits';

// Every platform's id, in the order pages list them. The one list a new platform is added to
// outside its folder (docs/adding-a-platform.md says why): each platform's facts are in
// lib/platforms/<id>/platform.ts and its descriptor (facts and adapter) in its index.ts, and
// lib/platforms/registry.ts and adapters.ts fail to compile unless they list every id here.
export const PLATFORMS = [
  'x',
  'reddit',
  'linkedin',
  'instagram',
  'youtube',
  'tiktok',
  'facebook',
  'threads',
  'bluesky',
  'mastodon',
] as const;
export type Platform = (typeof PLATFORMS)[number];

/**
 * Whether a platform's "likes" are a post's score (upvotes − downvotes, below 0 when voted down):
 * Reddit's. Wherever a post's likes are named (its count, a chart, a table, the badge, an alert, a
 * formula), such a post's are named "Score" ("score + comments …"); every one of those places asks
 * this. Declared here, beside the platform list, rather than in the platform's facts: the badge
 * (lib/metrics, in the content script) and the alerts (lib/watchlist) name it too and do not load
 * the platform registry (lib/platforms), while every layer imports these types.
 */
const SCORE_PLATFORMS: ReadonlySet<string> = new Set<Platform>(['reddit']);
export const likesAreScore = (platform: string | undefined): boolean =>
  platform !== undefined && SCORE_PLATFORMS.has(platform);

/**
 * The counts PostLens reads on a post, in the order every export writes them:
 * likes (reactions / hearts / favourites / score), comments (replies), reposts (retweets / shares /
 * boosts), saves (bookmarks / collects), views (plays / impressions).
 */
export const COUNT_FIELDS = ['likes', 'comments', 'reposts', 'saves', 'views'] as const;
export type CountField = (typeof COUNT_FIELDS)[number];

/**
 * A reading's fields that an import compares with the stored reading of the same moment: one that
 * differs in any is left as the user has it (lib/store/import-writer.ts; previewImport counts them).
 */
export const READING_FIELDS = [...COUNT_FIELDS, 'followers'] as const;

/** A count as the page shows it: null when the page does not show it (never guessed as 0). */
export type Count = number | null;

/** A post's counts at one moment, one per COUNT_FIELDS entry. Every shape holding counts extends it. */
export type Counts = { [F in CountField]: Count };

/** What an engagement rate divides by: the post's views, or its author's followers. */
export type ErBasis = 'views' | 'followers';

/** Counts with each field read by `read`, built in COUNT_FIELDS order (so JSON keeps that order). */
export function countsFrom(read: (field: CountField) => Count): Counts {
  const out = {} as Counts;
  for (const f of COUNT_FIELDS) out[f] = read(f);
  return out;
}

/** Just the counts of `from` (a reading, a snapshot, a row…); all null when there is none. */
export const pickCounts = (from: Readonly<Counts> | null | undefined): Counts =>
  countsFrom((f) => from?.[f] ?? null);

export interface AuthorRef {
  /** Stable handle without a leading @ (e.g. "nasa", "r/science", "company/acme"). */
  handle: string | null;
  /** Display name as shown. */
  name: string | null;
  /** Followers when the post itself shows them (LinkedIn headers, YouTube watch page). */
  followers?: Count;
}

/** One post as read from the page at one moment. */
export interface PostReading extends Counts {
  platform: Platform;
  /** Platform's own id for the post (tweet id, t3_…, urn activity id, shortcode…). */
  postId: string;
  /** https permalink of the post on its platform. */
  url: string;
  author: AuthorRef;
  /**
   * ISO 8601 UTC, or null when the page does not say. A page that names only the day ("Yesterday",
   * "4. März", "3 days ago") gives that calendar day alone, "2026-03-04" (isDayOnly): no time of
   * day is made up for it.
   */
  publishedAt: string | null;
  /** The post's text, at most LIMITS.text (4,000) characters, cut at a word. */
  text: string;
  /** Sponsored / promoted post. */
  promoted?: boolean;
  /**
   * Reddit: the share of votes that are upvotes, where the page gives it; null where it does not.
   * For the badge's card only: the background's checks (lib/check.ts) keep no such field, so it
   * is never stored or exported.
   */
  upvoteRatio?: UpvoteRatio | null;
}

/** Reddit's upvote ratio (0 to 1) and where it was read. */
export interface UpvoteRatio {
  value: number;
  /** 'attribute': the post element's `upvote-ratio` (new Reddit, not printed); 'sidebar': old Reddit's "(97% upvoted)". */
  from: 'attribute' | 'sidebar';
}

/** A profile / channel / community page's header. */
export interface ProfileReading {
  platform: Platform;
  handle: string;
  name: string | null;
  followers: Count;
}

export interface PageReading {
  posts: PostReading[];
  profile: ProfileReading | null;
}

export interface AdapterContext {
  /** Page URL (location.href in the browser, --url in the inspect command). */
  url: URL;
  /** BCP 47 locale to read numbers with: <html lang>, then the browser's. */
  locale: string;
  /**
   * When the page is read, epoch ms, for labels relative to it ("3 h", "Yesterday"); absent means
   * the clock (Date.now()). The inspect command passes --now so saved pages read the same each run.
   */
  now?: number;
}

/**
 * How to read one platform's pages: what its lib/platforms/<id>/adapter.ts implements. A method
 * may throw on markup it did not expect: definePlatform puts every call under one error guard
 * (lib/read/guard.ts), so a throw reads as [] / null / false, never as an error in the page.
 */
export interface PageReader {
  /** Does this adapter handle the page? Host check, or markup check for Mastodon. */
  matches(url: URL, root: ParentNode): boolean;
  /** Every post element under root (used by the content script to observe and badge). */
  findPosts(root: ParentNode): Element[];
  /** Read one post element. Returns null when it is not a readable post. */
  readPost(el: Element, ctx: AdapterContext): PostReading | null;
  /** Read the profile header when the page is a profile / channel / community page. */
  readProfile(root: ParentNode, ctx: AdapterContext): ProfileReading | null;
  /** Where to put the PostLens badge for a post (beside the action bar); defaults to the post. */
  badgeAnchor?(el: Element): Element | null;
}

/** A platform's reader as the rest of PostLens uses it: named, and never throwing (guarded). */
export interface PlatformAdapter extends PageReader {
  id: Platform;
  /** Human name for messages. */
  name: string;
}

export const postKey = (p: { platform: Platform; postId: string }) => `${p.platform}:${p.postId}`;
export const authorKey = (platform: Platform, handle: string) => `${platform}:${handle.toLowerCase()}`;

/** A post key's or author key's platform and the rest (post id or handle), as keyParts splits it. */
export interface KeyParts<P extends string = Platform> {
  platform: P;
  rest: string;
}

/** What keyParts takes besides a key of today's shape; each for a caller that must read any key. */
export interface KeyPartsOptions {
  /** Any text before the ":" is the platform, none too (":1"), not only one of PLATFORMS. */
  anyPlatform?: boolean;
  /** An empty rest ("x:") is taken, as "". */
  emptyRest?: boolean;
}

/**
 * A post key (postKey) or author key (authorKey) split at its first ":": the platform never holds
 * one, while a post id or handle may ("mastodon:1@a:b" is mastodon's "1@a:b"). null when there is
 * no ":", the platform is none of PLATFORMS, or the rest is empty (unless `options` allow these).
 */
export function keyParts(key: string, options?: KeyPartsOptions & { anyPlatform?: false }): KeyParts | null;
export function keyParts(key: string, options: KeyPartsOptions): KeyParts<string> | null;
export function keyParts(key: string, options: KeyPartsOptions = {}): KeyParts<string> | null {
  const cut = key.indexOf(':');
  if (cut < 0) return null;
  const platform = key.slice(0, cut);
  const rest = key.slice(cut + 1);
  if (!options.anyPlatform && !(PLATFORMS as readonly string[]).includes(platform)) return null;
  if (!options.emptyRest && rest === '') return null;
  return { platform, rest };
}

/**
 * Whether `key` is a post key of today's shape: a known platform and a post id that is not blank
 * and at most LIMITS.postId long, the rule a reading and an import hold a post id to (idOf in
 * lib/check-fields.ts, idRule in lib/transfer), so every stored post's key passes. The one rule
 * for it outside the campaign check: the background's (isPostKey, lib/background/campaign-posts.ts),
 * the dashboard's links to a post, and the campaigns view's wording of "Add … to which campaign?".
 */
export function isPostKeyShape(key: string): boolean {
  const parts = keyParts(key);
  return parts !== null && parts.rest.trim() !== '' && parts.rest.length <= LIMITS.postId;
}

/** A posting time known only to the day, as ISO 8601 writes a date alone: "2026-03-04". */
const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar day (month 0–11) as a day alone, "2026-03-04"; null outside the years ISO 8601 writes
 * in four digits.
 */
export function dayText(year: number, month: number, day: number): string | null {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return year >= 1 && year <= 9999 ? `${pad(year, 4)}-${pad(month + 1)}-${pad(day)}` : null;
}

/** Whether a publishedAt names a calendar day only, not a moment (see PostReading.publishedAt). */
export const isDayOnly = (at: string | null | undefined): at is string =>
  typeof at === 'string' && DAY_ONLY.test(at);

/**
 * A posting time in epoch ms, NaN when there is none or it does not parse: a moment as it is; a
 * day alone as that day's start in the runtime's time zone, the zone the page named the day in.
 * So it falls on its own day in the Overview's days and a campaign's dates (its UTC midnight is
 * the evening before west of Greenwich), and it is the earliest the post can have been posted.
 */
export function postedMs(at: string | null | undefined): number {
  if (at === null || at === undefined) return Number.NaN;
  if (!isDayOnly(at)) return Date.parse(at);
  const [y, m, d] = at.split('-').map(Number) as [number, number, number];
  const start = new Date(0);
  start.setFullYear(y, m - 1, d);
  start.setHours(0, 0, 0, 0);
  // A month or day the calendar lacks ("2025-13-01", "2025-02-30") rolls over in Date: not a day named.
  const named = start.getFullYear() === y && start.getMonth() === m - 1 && start.getDate() === d;
  return named ? start.getTime() : Number.NaN;
}

/**
 * A post's posting time from two readings of it: the first one read, except that a moment read
 * later (a permalink page that shows the time) replaces a day alone (a feed that showed "2 d").
 */
export const keptPosted = (first: string | null, next: string | null): string | null =>
  first === null || (isDayOnly(first) && next !== null && !isDayOnly(next)) ? next : first;

/**
 * The order of identifiers (post and author keys, campaign ids, platform ids): their UTF-16 code
 * units, the same on every machine. localeCompare follows the machine's default locale (Danish puts
 * "aa" after "z"), so one store exported on two machines would not be the same bytes.
 */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
