// What a watchlist alert shows and how: the browser notification, its icon and its words; and its
// clearing once what it shows is no longer watched.

import { browser } from 'wxt/browser';
import { exclusive } from '../exclusive';
import { firstCodePoints, handleLabel, isolated } from '../format';
import { t } from '../i18n';
import { PLATFORM_NAMES } from '../platforms';
import type { PostLensDb, StoredPost } from '../store';
import { type Breakout, checkWatchlist, type Watchlist, watchlistItem } from '../watchlist';
import { clearAlerts, shownAlerts } from './alert-clicks';
import { ALERT_RECORDS_LOCK, alertedAuthor, authorAlertedItem } from './alert-records';

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

/** What a notification says: who, where, and each breakout's figure with its formula. */
export function alertText(post: StoredPost, found: readonly Breakout[]): { title: string; message: string } {
  // A page's name and text: a direction override in them stays inside them (isolated), and the
  // excerpt is cut between characters, never inside an emoji's surrogate pair.
  const who = post.authorHandle
    ? isolated(handleLabel(post.authorHandle))
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

/**
 * Whether the watchlist watches a breakout of `post`: alerts on, and the post starred (a breakout
 * of its velocity) or its author (a breakout against the author's median).
 */
export const watches = (
  list: Watchlist,
  post: Pick<StoredPost, 'key' | 'authorKey'>,
  breakout: Pick<Breakout, 'kind'>,
): boolean =>
  list.alerts &&
  (breakout.kind === 'author'
    ? post.authorKey !== null && list.authors.includes(post.authorKey)
    : list.posts.includes(post.key));

/**
 * Clears the alerts shown that a change of the watchlist leaves unwatched (alerts switched off:
 * every one), so that none stays in the notification centre whose click opens a post no longer
 * watched. An alert of a post unstarred, or of a post whose author was unstarred, goes unless the
 * stars left still cover it: the post starred, or its author starred and an author breakout of it
 * alerted (its record, alert-records.ts). An alert shown before an unrelated change stays. Under
 * the records' lock: an alert a check shows after its last look at the stars is cleared once it is
 * shown. Returns what stops the listening.
 */
export function listenForUnwatchedAlerts(deps: {
  db(): Promise<PostLensDb>;
  warn(message: string): void;
}): () => void {
  return watchlistItem.watch((next, before) => {
    const lists = { before: checkWatchlist(before).value, after: checkWatchlist(next).value };
    void exclusive(ALERT_RECORDS_LOCK, () => clearUnwatched(deps, lists)).catch(
      (e: unknown) =>
        deps.warn(`PostLens: watchlist alerts no longer watched could not be cleared: ${String(e)}`), // i18n-ignore: console log
    );
  });
}

/** listenForUnwatchedAlerts' clearing, the watchlist `before` and `after` a change. */
async function clearUnwatched(
  deps: { db(): Promise<PostLensDb> },
  { before, after }: { before: Watchlist; after: Watchlist },
): Promise<void> {
  const shown = await shownAlerts();
  if (shown.length === 0) return;
  if (!after.alerts) return clearAlerts(shown);
  const posts = new Set(after.posts);
  const authors = new Set(after.authors);
  const unstarredPosts = new Set(before.posts.filter((k) => !posts.has(k)));
  const unstarredAuthors = new Set(before.authors.filter((k) => !authors.has(k)));
  if (unstarredPosts.size === 0 && unstarredAuthors.size === 0) return;
  const records = (await authorAlertedItem.getValue()) ?? {};
  // Each alert's author: its record's, else its stored post's (a record written before it named
  // one, or an alert of the post's velocity alone); none for a post deleted.
  const unnamed = shown.filter((k) => alertedAuthor(records[k]) === undefined);
  const stored = new Map<string, string | null>();
  if (unnamed.length > 0) {
    const tx = (await deps.db()).transaction('posts', 'readonly');
    const found = await Promise.all(unnamed.map((k) => tx.store.get(k)));
    await tx.done;
    for (const [i, k] of unnamed.entries()) stored.set(k, found[i]?.authorKey ?? null);
  }
  const gone = shown.filter((key) => {
    const author = alertedAuthor(records[key]) ?? stored.get(key) ?? null;
    const changed = unstarredPosts.has(key) || (author !== null && unstarredAuthors.has(author));
    const covered = posts.has(key) || (records[key] !== undefined && author !== null && authors.has(author));
    return changed && !covered;
  });
  await clearAlerts(gone);
}
