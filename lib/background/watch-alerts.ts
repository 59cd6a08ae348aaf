// Breakout alerts for the watchlist (lib/watchlist/): after each committed write of readings, the
// written posts (those whose readings the batch check kept) that are starred, or whose author is,
// are checked against the user's thresholds, and each breakout becomes one browser notification.
// Only the posts just written are read (their last three snapshots far enough apart, and for a
// starred author the summaries of their other posts), so a write of posts nobody starred costs
// one storage.local read (and once per worker and per change of the stars, one of the author
// breakout records, to drop those an unstarred author left). Runs after the batch was answered: an
// alert never delays or fails a write. A post whose stored readings include a newer one than the
// batch's (a late batch: a closed page's hand-off, a retry) is not checked again. An alert is
// shown only once its record is kept: a record storage refuses never lets it show twice.

import { browser } from 'wxt/browser';
import { storage } from '#imports';
import { validateBatch } from '../check';
import { firstCodePoints, isolated } from '../format';
import { t } from '../i18n';
import {
  type ErBasis,
  type ErPref,
  erByFollowers,
  erByViews,
  preferredEr,
  type TimedCounts,
} from '../metrics';
import { PLATFORM_NAMES } from '../platforms';
import type { Settings } from '../settings';
import type { PostLensDb, StoredPost } from '../store';
import { captureTime, describeStorageError, snapshotUpTo } from '../store';
import { pickCounts, postKey } from '../types';
import {
  authorBreakout,
  authorUnderThreshold,
  type Breakout,
  getWatchlist,
  MIN_SPAN_MS,
  postBreakout,
  type Watchlist,
} from '../watchlist';
import { dashboardPostUrl } from './open-dashboard';

/** A notification's id: this prefix and the post key, so a click knows which post to open. */
export const ALERT_PREFIX = 'postlens-watch:';
/** No more than one alert per post in this long. */
export const ALERT_EVERY_MS = 3_600_000;

/** When each post last alerted (epoch ms), so a worker restart does not alert twice in an hour. */
export const alertedItem = storage.defineItem<Record<string, number>>('local:watchAlerted', {
  fallback: {},
});

/**
 * An author breakout alerted: when (epoch ms), the ER basis it was judged on, and the post's author
 * (whose star the record serves). A bare number is a record written before the basis was kept; one
 * without `author`, before the author was kept.
 */
export type AuthorAlerted = number | { at: number; basis?: ErBasis; author?: string };

/**
 * The posts whose author breakout was alerted, kept while each stays broken out: a post at 3× its
 * author's median is read again and again, and says nothing new until it has fallen under the
 * threshold on the basis it was alerted on (its key is then taken out) and broken out anew. With
 * ER by views where shown, else by followers, a reading on a page that shows no views is judged by
 * followers, which says nothing of the post's ER by views. At most this many, newest; and a record
 * goes once its author is unstarred (unless the post is starred itself), at the first check after.
 */
export const authorAlertedItem = storage.defineItem<Record<string, AuthorAlerted>>(
  'local:watchAuthorAlerted',
  {
    fallback: {},
  },
);
const MAX_AUTHOR_ALERTED = 5_000;

const ER_BASES: readonly ErBasis[] = ['views', 'followers'];

/** When a record (as stored: anything) was alerted; 0 when it does not say. */
const alertedAt = (r: unknown): number =>
  typeof r === 'number'
    ? r
    : typeof (r as { at?: unknown } | null)?.at === 'number'
      ? (r as { at: number }).at
      : 0;

/** The author a record serves; undefined for one that does not say (an older record). */
const alertedAuthor = (r: unknown): string | undefined => {
  const author = (r as { author?: unknown } | null)?.author;
  return typeof author === 'string' ? author : undefined;
};

/** A record's basis field: none for a breakout judged on no basis given. */
const withBasis = (basis: ErBasis | null): { basis?: ErBasis } => (basis ? { basis } : {});

/** The basis a record's breakout was judged on; null for one that does not say (an older record). */
const alertedBasis = (r: unknown): ErBasis | null => {
  const basis = (r as { basis?: unknown } | null)?.basis;
  return ER_BASES.find((b) => b === basis) ?? null;
};

/** A post read just now of a starred author: the bases its ER is known under the threshold on. */
interface UnderThreshold {
  key: string;
  under: ErBasis[];
  /** The basis its ER is judged on now (the user's preference): for a record that names none. */
  basis: ErBasis | null;
}

// Chrome needs an icon for a notification and PostLens ships none: a 48 px blue dot.
const ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAAk0lEQVR42u3ayxGAMAwD0TRDZZRPEUsLfEwiCx32mpl3S+yMbT9G56oP5GJSAF62DEBx0wB83GcAJlcKYFElABb3CoBIjwCIdQuAaP8AIJ43gCZ5AmhWAFIAmhZAAAEEEEAAHoDchQIoAORFpgDIVEIBkMmcAqD9cNdivG6x4LBYMVks+SzWrDaLbpuvBjafPZZ2AhtAhZ4tdNAcAAAAAElFTkSuQmCC';

export interface Notifier {
  /** Has the user granted the (optional) notifications permission? */
  granted(): Promise<boolean>;
  create(id: string, title: string, message: string): Promise<unknown>;
}

export const browserNotifier: Notifier = {
  granted: () => browser.permissions.contains({ permissions: ['notifications'] }),
  create: (id, title, message) =>
    browser.notifications.create(id, { type: 'basic', iconUrl: ICON, title, message }),
};

export interface WatchAlertDeps {
  db(): Promise<PostLensDb>;
  settings(): Promise<Pick<Settings, 'erPreference'>>;
  now(): number;
  warn(message: string): void;
  notifier?: Notifier;
  locale?: string;
  /**
   * Storage refused the alert records (the error in the user's words): told as the handlers tell
   * any storage failure, through the storage status the popup shows. The worker's log has it too.
   */
  storageFailed?(error: string): unknown;
}

/**
 * The post keys of a batch read at `readAt`, of the readings the recorder stored: the batch check
 * (lib/check.ts) leaves out a reading whose identity fails and refuses a malformed batch whole
 * (answered ok, stored 0), and what it did not store adds nothing a breakout could be told from.
 */
export function batchPostKeys(batch: unknown, readAt?: number): string[] {
  const checked = validateBatch(batch, readAt);
  return checked.ok ? [...new Set(checked.batch.posts.map(postKey))] : [];
}

/** A post's ER as the tables lead with it (the user's preference), and its basis. */
const erOf = (post: StoredPost, pref: ErPref): { value: number; basis: ErBasis } | null => {
  const latest = post.summary.latest;
  return latest ? preferredEr(latest, post.summary.followers, pref) : null;
};

/**
 * Another post's ER on a given basis: the post's own basis, so that the author's median compares
 * like with like (ER by views against ER by views), as the badge and the tables take it.
 */
const erOn = (post: StoredPost, basis: ErBasis): number | null => {
  const latest = post.summary.latest;
  if (!latest) return null;
  return basis === 'views' ? erByViews(latest) : erByFollowers(latest, post.summary.followers);
};

/** What a notification says: who, where, and each breakout's figure with its formula. */
export function alertText(post: StoredPost, found: readonly Breakout[]): { title: string; message: string } {
  // A page's name and text: a direction override in them stays inside them (isolated), and the
  // excerpt is cut between characters, never inside an emoji's surrogate pair.
  const who = post.authorHandle
    ? isolated(`@${post.authorHandle}`)
    : post.authorName && isolated(post.authorName);
  const where = PLATFORM_NAMES[post.platform] ?? post.platform;
  const text = post.text ?? '';
  const cut = firstCodePoints(text, 80);
  const quoted = text && t('background.alert.excerpt', isolated(`${cut}${cut === text ? '' : '…'}`));
  const excerpt = quoted ? `\n${quoted}` : '';
  return {
    title: who ? t('background.alert.title', who, where) : t('background.alert.titleNoAuthor', where),
    message: `${found.map((b) => b.text).join('; ')}${excerpt}`,
  };
}

export function createWatchAlerts(deps: WatchAlertDeps) {
  const notifier = deps.notifier ?? browserNotifier;
  let chain: Promise<unknown> = Promise.resolve();
  /** No author breakout is recorded (authorAlertedItem is empty): alerts off, nothing to end. */
  let noAuthorRecords = false;

  /** Breakouts among the posts `batch` stored, read at `at`, in one transaction; nothing when alerts are off. */
  async function find(
    list: Watchlist,
    batch: unknown,
    at: number,
  ): Promise<{ found: Array<[StoredPost, Breakout[]]>; underAuthorThreshold: UnderThreshold[] }> {
    const underAuthorThreshold: UnderThreshold[] = [];
    const none = { found: [], underAuthorThreshold };
    // Alerts off (or nothing starred): nothing alerts, but an author breakout alerted before still
    // ends when its post falls under the threshold, as it would with alerts on. Else, once alerts
    // are back on, a post that fell back and broke out anew while they were off would never alert.
    let recorded: Set<string> | null = null;
    if (!list.alerts || (list.posts.length === 0 && list.authors.length === 0)) {
      if (noAuthorRecords) return none;
      recorded = new Set(Object.keys((await authorAlertedItem.getValue()) ?? {}));
      if (recorded.size === 0) {
        noAuthorRecords = true;
        return none;
      }
    }
    const judging = recorded === null;
    // Checked again only now that something is starred: a batch of posts nobody starred costs no check.
    const keys = batchPostKeys(batch, at).filter((k) => recorded?.has(k) ?? true);
    if (keys.length === 0) return none;
    const pref = (await deps.settings()).erPreference;
    const tx = (await deps.db()).transaction(['posts', 'snapshots'], 'readonly');
    const posts = tx.objectStore('posts');
    const authorErs = new Map<string, Promise<StoredPost[]>>();
    const out: Array<[StoredPost, Breakout[]]> = [];
    for (const key of keys) {
      const post = await posts.get(key);
      // A newer reading of the post is stored already: what this one adds lies behind it, an old
      // stretch that the newer reading's own check looked at (with this reading not yet there).
      // The same for a newer reading that changed no count (no snapshot; only its lastSeen): the
      // velocity would run from this batch's counts to that reading's time, which showed others.
      if (!post || (post.summary.latest?.capturedAt ?? at) > at || post.lastSeen > at) continue;
      const found: Breakout[] = [];
      if (judging && list.posts.includes(key)) {
        // Read again since its latest snapshot with no count changed (the recorder keeps no new
        // snapshot of an unchanged post within the snapshot interval): those counts still stood
        // at lastSeen, so the velocity now runs to then, not to a snapshot hours old.
        const latest = post.summary.latest;
        const last: TimedCounts[] =
          latest && post.lastSeen > latest.capturedAt
            ? [{ ...pickCounts(latest), capturedAt: post.lastSeen }]
            : [];
        // Back to three readings far enough apart (spacedReadings): the newest, then each time the
        // newest at least MIN_SPAN_MS before the one taken, looked up by time. A post read every few
        // seconds (a page that updates its counts live: a snapshot at each change) has any number
        // of snapshots in the last minutes, and the readings before them are still reached.
        while (last.length < 3) {
          const next = last[0];
          const upTo = next ? next.capturedAt - MIN_SPAN_MS : Number.POSITIVE_INFINITY;
          const before = await snapshotUpTo(tx, key, upTo);
          if (!before) break;
          last.unshift(before);
        }
        const hit = postBreakout(last, list.postFactor, deps.locale, post.platform);
        if (hit) found.push(hit);
      }
      const ak = post.authorKey;
      // With alerts off, a post with an alerted author breakout (`recorded`) is judged whoever is starred.
      if (ak && (!judging || list.authors.includes(ak))) {
        if (!authorErs.has(ak)) authorErs.set(ak, posts.index('by-author').getAll(ak));
        const others = (await authorErs.get(ak)!).filter((p) => p.key !== key);
        const own = erOf(post, pref);
        // The other posts' ERs on each basis, once: the breakout is judged on the post's own, and
        // whether it is under the threshold on either.
        const othersOn = (b: ErBasis) => others.map((p) => erOn(p, b)).filter((v): v is number => v !== null);
        const ersOn = { views: othersOn('views'), followers: othersOn('followers') };
        const ers = own ? ersOn[own.basis] : [];
        const hit = authorBreakout(own?.value ?? null, ers, list.authorFactor, deps.locale, own?.basis);
        if (hit && judging) found.push(hit);
        // Only a post known to be under the threshold, on the basis its breakout was alerted on,
        // may break out anew: a reading whose ER cannot be told on it (no views shown, no
        // followers known) leaves the breakout alerted standing. Which basis that was, check()
        // knows (the record), so each basis the post is known under on is said.
        const under = ER_BASES.filter((b) =>
          authorUnderThreshold(erOn(post, b), ersOn[b], list.authorFactor),
        );
        if (under.length > 0) underAuthorThreshold.push({ key, under, basis: own?.basis ?? null });
      }
      if (found.length > 0) out.push([post, found]);
    }
    await tx.done;
    return { found: out, underAuthorThreshold };
  }

  /**
   * Writes the alert records given, both in one storage.local write. Storage refusing is said as a
   * storage failure and answered false: the caller then shows nothing whose record is not kept.
   */
  async function save(
    alerted: Record<string, number> | null,
    brokeOut: Record<string, AuthorAlerted> | null,
  ): Promise<boolean> {
    const items: Array<{ item: typeof alertedItem | typeof authorAlertedItem; value: object }> = [];
    if (alerted) items.push({ item: alertedItem, value: alerted });
    if (brokeOut) {
      const newest = Object.entries(brokeOut)
        .sort((x, y) => alertedAt(y[1]) - alertedAt(x[1]))
        .slice(0, MAX_AUTHOR_ALERTED);
      items.push({ item: authorAlertedItem, value: Object.fromEntries(newest) });
    }
    if (items.length === 0) return true;
    try {
      await storage.setItems(items);
      return true;
    } catch (e) {
      const error = t('background.alertRecordsFailed', describeStorageError(e));
      deps.warn(`PostLens: ${error}`); // i18n-ignore: console log
      await deps.storageFailed?.(error);
      return false;
    }
  }

  /**
   * The stars the author breakout records were last matched with (authors, then posts), in this
   * worker: a star changed since (or a worker just started) has them matched again.
   */
  let matchedStars: string | null = null;

  /**
   * Drops the author breakout records no star needs any more: of a post not starred itself whose
   * author is not starred (unstarred since it alerted). A record that does not name its author
   * (written before it was kept) is matched by its post's stored author, and names it from then on.
   * Only when the stars changed since they were last matched: one storage.local read per change.
   */
  async function dropUnstarred(list: Watchlist): Promise<void> {
    const stars = `${list.authors.join('\n')}\t${list.posts.join('\n')}`;
    if (stars === matchedStars) return;
    if (noAuthorRecords) {
      matchedStars = stars;
      return;
    }
    const records: Record<string, AuthorAlerted> = { ...((await authorAlertedItem.getValue()) ?? {}) };
    const posts = new Set(list.posts);
    const authors = new Set(list.authors);
    const unnamed = Object.keys(records).filter(
      (k) => !posts.has(k) && alertedAuthor(records[k]) === undefined,
    );
    const authorOf = new Map<string, string | null>();
    if (unnamed.length > 0) {
      const tx = (await deps.db()).transaction('posts', 'readonly');
      const stored = await Promise.all(unnamed.map((k) => tx.store.get(k)));
      await tx.done;
      for (const [i, k] of unnamed.entries()) authorOf.set(k, stored[i]?.authorKey ?? null);
    }
    let changed = false;
    for (const [key, record] of Object.entries(records)) {
      if (posts.has(key)) continue;
      // A post gone from the database (deleted) has no author whose star it could serve.
      const author = alertedAuthor(record) ?? authorOf.get(key) ?? null;
      if (author === null || !authors.has(author)) delete records[key];
      else if (alertedAuthor(record) === undefined)
        records[key] = { at: alertedAt(record), author, ...withBasis(alertedBasis(record)) };
      else continue;
      changed = true;
    }
    if (changed && !(await save(null, records))) return;
    matchedStars = stars;
    if (Object.keys(records).length === 0) noAuthorRecords = true;
  }

  /** Checks the posts of a batch just written, read at `at`; answers the ids of the notifications it created. */
  async function check(batch: unknown, at: number): Promise<string[]> {
    const list = await getWatchlist(deps.warn);
    await dropUnstarred(list);
    const { found: all, underAuthorThreshold } = await find(list, batch, at);
    if (all.length === 0 && underAuthorThreshold.length === 0) return [];
    // An author breakout alerted already is the same breakout while the post stays above the
    // threshold on the basis it was alerted on; one under it there now may break out again. A
    // record that names no basis (written before it was kept) goes by the basis judged on now.
    const brokeOut: Record<string, AuthorAlerted> = { ...((await authorAlertedItem.getValue()) ?? {}) };
    let brokeOutChanged = false;
    for (const { key, under, basis } of underAuthorThreshold) {
      const record = brokeOut[key];
      if (record === undefined) continue;
      const alertedOn = alertedBasis(record) ?? basis;
      if (alertedOn !== null && under.includes(alertedOn)) {
        delete brokeOut[key];
        brokeOutChanged = true;
      }
    }
    const found = all.flatMap(([post, breakouts]): Array<[StoredPost, Breakout[]]> => {
      const left = breakouts.filter((b) => b.kind !== 'author' || brokeOut[post.key] === undefined);
      return left.length > 0 ? [[post, left]] : [];
    });
    if (found.length === 0 || !(await notifier.granted())) {
      await save(null, brokeOutChanged ? brokeOut : null);
      return [];
    }
    const now = deps.now();
    const before = await alertedItem.getValue();
    // Only recent entries are kept: an older one no longer holds an alert back.
    const alerted: Record<string, number> = {};
    for (const [k, at] of Object.entries(before ?? {}))
      if (typeof at === 'number' && now - at < ALERT_EVERY_MS && at <= now) alerted[k] = at;
    // Recorded before shown: an alert whose record storage refuses is not shown (the next reading
    // tries again), so no breakout is ever notified twice for a record that was never kept.
    const due = found.filter(([post]) => alerted[post.key] === undefined);
    const added = new Set<string>();
    for (const [post, breakouts] of due) {
      alerted[post.key] = now;
      const author = breakouts.find((b) => b.kind === 'author');
      if (author) {
        brokeOut[post.key] = {
          at: now,
          ...(post.authorKey && { author: post.authorKey }),
          ...withBasis(author.basis ?? null),
        };
        brokeOutChanged = true;
        added.add(post.key);
      }
    }
    if (!(await save(alerted, brokeOutChanged ? brokeOut : null))) return [];
    if (added.size > 0) noAuthorRecords = false;
    const created: string[] = [];
    const refused: string[] = [];
    for (const [post, breakouts] of due) {
      const { title, message } = alertText(post, breakouts);
      const id = `${ALERT_PREFIX}${post.key}`;
      // One notification the browser refuses is said, and neither stops the other posts' alerts
      // nor keeps its record (it would hold the next reading's alert back, never shown).
      try {
        await notifier.create(id, title, message);
        created.push(id);
      } catch (e) {
        deps.warn(`PostLens: watchlist alert for ${post.key} failed: ${String(e)}`); // i18n-ignore: console log
        refused.push(post.key);
      }
    }
    if (refused.length > 0) {
      for (const key of refused) {
        delete alerted[key];
        if (added.has(key)) delete brokeOut[key];
      }
      await save(alerted, brokeOut);
    }
    return created;
  }

  /**
   * A batch was stored (its transaction committed): check it after whatever is checking now.
   * `handedOffAt`: when a hand-off says the batch was read; its readings carry the time the write
   * queue gave them (captureTime).
   */
  function written(batch: unknown, handedOffAt?: number): void {
    const posts = (batch as { posts?: unknown } | null)?.posts;
    if (!Array.isArray(posts) || posts.length === 0) return;
    const at = captureTime(batch, handedOffAt, deps.now());
    chain = chain
      .then(() => check(batch, at))
      .catch((e: unknown) => deps.warn(`PostLens: watchlist alert failed: ${String(e)}`)); // i18n-ignore: console log
  }

  return {
    written,
    /**
     * Passes a write's result on, checking its batch when it was stored (the hand-off path); not
     * a batch found stored already, whose readings were checked when they were stored.
     */
    afterWrite<T extends { ok: boolean; duplicate?: boolean }>(
      batch: unknown,
      result: T,
      handedOffAt?: number,
    ): T {
      if (result.ok && !result.duplicate) written(batch, handedOffAt);
      return result;
    },
    /** Resolves once the checks started so far have finished (tests). */
    idle: async (): Promise<void> => {
      await chain;
    },
  };
}

export type WatchAlerts = ReturnType<typeof createWatchAlerts>;

/** The post key a notification id carries, or null for a notification that is not an alert. */
export function alertPostKey(notificationId: string): string | null {
  return notificationId.startsWith(ALERT_PREFIX) ? notificationId.slice(ALERT_PREFIX.length) : null;
}

/**
 * Opens the post of a clicked alert. The notifications API exists only once the optional
 * permission is granted, which may happen while this worker runs: listen now if it is there, and
 * again whenever a permission is added.
 */
export function listenForAlertClicks(open: (notificationId: string) => void): void {
  const listen = () => {
    const api = browser.notifications;
    if (api && !api.onClicked.hasListener(open)) api.onClicked.addListener(open);
  };
  listen();
  browser.permissions.onAdded.addListener(listen);
}

/** A click on an alert: open the post in the dashboard. False (nothing opened) for any other id. */
export async function openAlert(
  notificationId: string,
  deps: { extensionUrl: string; openTab(url: string): Promise<unknown> },
): Promise<boolean> {
  const url = dashboardPostUrl(deps.extensionUrl, alertPostKey(notificationId));
  if (!url) return false;
  await deps.openTab(url);
  return true;
}
