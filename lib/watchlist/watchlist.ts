// The watchlist: starred posts and authors, the breakout thresholds and the alerts switch. Kept in
// storage.local (not IndexedDB): it is a handful of keys the user edits, like the settings, and
// every context (popup, dashboard, options, background) reads it without a schema change.
import { storage } from '#imports';
import { exclusive } from '../exclusive';
import { formatNumber } from '../format';
import { t } from '../i18n';
import { LIMITS } from '../limits';
import { PLATFORMS } from '../types';

export interface Watchlist {
  /** Post keys (`platform:postId`). */
  posts: string[];
  /** Author keys (`platform:handle`). */
  authors: string[];
  /** A starred post alerts when its velocity reaches this multiple of its previous one. */
  postFactor: number;
  /** A starred author's post alerts when its ER reaches this multiple of the author's median. */
  authorFactor: number;
  /** Alerts on (the user also granted the notifications permission). */
  alerts: boolean;
}

export const DEFAULT_WATCHLIST: Watchlist = {
  posts: [],
  authors: [],
  postFactor: 2,
  authorFactor: 3,
  alerts: false,
};

/** Thresholds below 1 would alert on a slowdown; above this they would never alert. */
export const FACTOR_LIMITS = { min: 1, max: 100 } as const;
/** Stars kept at most, so one alert check never reads an unbounded list of posts. */
export const MAX_STARS = 500;
/**
 * Tabs "Check my watchlist now" opens at most per check (the background's check), so one click
 * never opens hundreds of pages; the options say it in their report of a check.
 */
export const MAX_CHECK_TABS = 30;
/** No more than one alert per post in this long (the background's alerts; the options say it). */
export const ALERT_EVERY_MS = 3_600_000;
/**
 * The longest key PostLens makes: a platform's id, ':' and a post id (LIMITS.postId) or a handle
 * (LIMITS.name; an author key lowercases it, which can at most double its length: 'İ' becomes
 * 'i̇'). Every post and author stored can be starred (a Mastodon handle user@a.long.domain runs
 * past 250 characters); the bound only keeps junk in storage out of the lists.
 */
const MAX_KEY_LENGTH =
  Math.max(...PLATFORMS.map((p) => p.length)) + 1 + 2 * Math.max(LIMITS.name, LIMITS.postId);

/** A key the watchlist keeps: storage's stars are read by it, an import's are checked by it. */
export const isStarKey = (k: unknown): k is string =>
  typeof k === 'string' && k.length <= MAX_KEY_LENGTH && /^[a-z]+:./.test(k);

/**
 * Why a threshold is refused, or null when it is a number from 1 to 100. The reason is said of the
 * threshold, after its name ("Post threshold must be a number"), in the user's language.
 */
export function factorProblem(v: unknown): string | null {
  if (typeof v !== 'number' || !Number.isFinite(v)) return t('watchlist.factor.notANumber');
  if (v < FACTOR_LIMITS.min || v > FACTOR_LIMITS.max)
    return t('watchlist.factor.outOfRange', formatNumber(FACTOR_LIMITS.min), formatNumber(FACTOR_LIMITS.max));
  return null;
}

/**
 * The stored value as a Watchlist: every field that is not what it should be falls back to its
 * default, and each such field is named in `problems` (storage can hold anything an older or
 * broken version wrote). The problems only go to the developer console: their own words stay English.
 */
export function checkWatchlist(raw: unknown): { value: Watchlist; problems: string[] } {
  const problems: string[] = [];
  const o = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  // i18n-ignore: console log for developers
  if (raw !== null && raw !== undefined && typeof raw !== 'object') problems.push('not an object');
  const keys = (name: 'posts' | 'authors'): string[] => {
    const v = o[name];
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      problems.push(`${name}: not a list`); // i18n-ignore: console log for developers
      return [];
    }
    const good = [...new Set(v.filter(isStarKey))].slice(0, MAX_STARS);
    if (good.length !== v.length)
      // i18n-ignore: console log for developers
      problems.push(`${name}: ${v.length - good.length} bad or repeated keys left out`);
    return good;
  };
  const factor = (name: 'postFactor' | 'authorFactor'): number => {
    const v = o[name];
    if (v === undefined) return DEFAULT_WATCHLIST[name];
    const problem = factorProblem(v);
    if (problem) problems.push(`${name} ${problem}`);
    return problem ? DEFAULT_WATCHLIST[name] : (v as number);
  };
  const alerts = o.alerts;
  // i18n-ignore: console log for developers
  if (alerts !== undefined && typeof alerts !== 'boolean') problems.push('alerts: not true or false');
  return {
    value: {
      posts: keys('posts'),
      authors: keys('authors'),
      postFactor: factor('postFactor'),
      authorFactor: factor('authorFactor'),
      alerts: alerts === true,
    },
    problems,
  };
}

export const watchlistItem = storage.defineItem<Watchlist>('local:watchlist', {
  fallback: DEFAULT_WATCHLIST,
});

/** The watchlist as stored, checked; what was wrong is logged with its reason. */
export async function getWatchlist(warn: (m: string) => void = console.warn): Promise<Watchlist> {
  const { value, problems } = checkWatchlist(await watchlistItem.getValue());
  // i18n-ignore: console log for developers
  if (problems.length > 0) warn(`PostLens: watchlist read with defaults for: ${problems.join('; ')}`);
  return value;
}

/** A star refused because the list holds MAX_STARS already: known by its name, not its words. */
export class WatchlistFullError extends Error {
  override name = 'WatchlistFullError'; // i18n-ignore: an error name, code
}

/**
 * The list with `key` added when absent, removed when present. Pure. A full list refuses the
 * addition (throws WatchlistFullError, with the reason): it never drops the oldest star to make room.
 */
export function toggleKey(list: readonly string[], key: string): string[] {
  if (list.includes(key)) return list.filter((k) => k !== key);
  if (list.length >= MAX_STARS) throw new WatchlistFullError(t('watchlist.full', formatNumber(MAX_STARS)));
  return [...list, key];
}

/**
 * Applies `change` to the watchlist as stored now and saves it, one change at a time across every
 * page (exclusive): two stars clicked at once, or a star and a threshold, both stay.
 */
function changeWatchlist(change: (current: Watchlist) => Watchlist): Promise<Watchlist> {
  return exclusive('watchlist', async () => {
    const next = checkWatchlist(change(await getWatchlist())).value;
    await watchlistItem.setValue(next);
    return next;
  });
}

/** Stars or unstars a post or an author; answers the watchlist as stored now. */
export const storeStarToggle = (kind: 'posts' | 'authors', key: string): Promise<Watchlist> =>
  changeWatchlist((current) => ({ ...current, [kind]: toggleKey(current[kind], key) }));

/** Unstars a post or an author if starred (whatever else was starred since the caller looked). */
export const removeStar = (kind: 'posts' | 'authors', key: string): Promise<Watchlist> =>
  changeWatchlist((current) => ({ ...current, [kind]: current[kind].filter((k) => k !== key) }));

/**
 * Unstars the posts and authors given (all: every star; the thresholds and the alerts switch stay),
 * whatever else was starred since the caller looked, in one write: a write storage refuses leaves
 * every star as it was, never some removed and some kept. Nothing is written when none of them is
 * starred.
 */
export function removeStars(
  gone: { posts: ReadonlySet<string>; authors: ReadonlySet<string> } | 'all',
): Promise<Watchlist> {
  return exclusive('watchlist', async () => {
    const current = await getWatchlist();
    const posts = gone === 'all' ? [] : current.posts.filter((k) => !gone.posts.has(k));
    const authors = gone === 'all' ? [] : current.authors.filter((k) => !gone.authors.has(k));
    if (posts.length === current.posts.length && authors.length === current.authors.length) return current;
    const next = { ...current, posts, authors };
    await watchlistItem.setValue(next);
    return next;
  });
}

/** How many starred posts and authors: added by addStars, or left out of it. */
export interface StarCounts {
  posts: number;
  authors: number;
}

/**
 * `list` with the keys of `add` it lacks after it, in their order, as far as MAX_STARS allows: every
 * key of `list` stays, and each one of `add` that found no room is counted in notKept, never
 * dropped without a word. Pure.
 */
export function unionStars(
  list: readonly string[],
  add: readonly string[],
): { list: string[]; added: number; notKept: number } {
  const seen = new Set(list);
  const out = [...list];
  let notKept = 0;
  for (const k of add) {
    if (seen.has(k)) continue;
    seen.add(k);
    if (out.length < MAX_STARS) out.push(k);
    else notKept++;
  }
  return { list: out, added: out.length - list.length, notKept };
}

/**
 * Stars the posts and authors given (an import's: star keys, isStarKey) beside those starred now,
 * in one write (unionStars: no star is removed; what MAX_STARS leaves no room for is counted).
 * Nothing is written when every one is starred already or none fits.
 */
export function addStars(add: {
  posts: readonly string[];
  authors: readonly string[];
}): Promise<{ added: StarCounts; notKept: StarCounts }> {
  return exclusive('watchlist', async () => {
    const current = await getWatchlist();
    const posts = unionStars(current.posts, add.posts);
    const authors = unionStars(current.authors, add.authors);
    if (posts.added + authors.added > 0)
      await watchlistItem.setValue({ ...current, posts: posts.list, authors: authors.list });
    return {
      added: { posts: posts.added, authors: authors.added },
      notKept: { posts: posts.notKept, authors: authors.notKept },
    };
  });
}

/**
 * Saves the settings part of the watchlist (alerts and thresholds) over what is stored now. The
 * starred lists change only through storeStarToggle, removeStar, removeStars and addStars: a list
 * a page read earlier would undo stars added since.
 */
export const updateWatchlist = (patch: Partial<Omit<Watchlist, 'posts' | 'authors'>>): Promise<Watchlist> =>
  changeWatchlist((current) => ({ ...current, ...patch }));

/** What "Check my watchlist now" did: posts opened, starred posts not opened, window closed. */
export interface WatchlistCheck {
  /** Starred posts opened and read (a reading of each reached the database during the check). */
  opened: number;
  /** Starred posts opened but not read: the page did not load in time, asked to log in, or was closed. */
  failed: number;
  /** Starred posts not opened: not stored, not a platform's own https page, or past the cap. */
  skipped: number;
  /** The window was closed at the end (true when none was needed). */
  closed: boolean;
}
