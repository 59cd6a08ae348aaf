// The watchlist alerts in the notification centre that no star watches any more go, so that none
// stays whose click opens a post no longer watched, or gone: on each change of the watchlist, and
// once when the worker starts, for what changed while it could not listen.

import { exclusive } from '../exclusive';
import type { PostLensDb } from '../store';
import { checkWatchlist, getWatchlist, type Watchlist, watchlistItem } from '../watchlist';
import { clearAlerts, shownAlerts } from './alert-clicks';
import { ALERT_RECORDS_LOCK, alertedAuthor, authorAlertedItem } from './alert-records';

export interface UnwatchedDeps {
  db(): Promise<PostLensDb>;
  warn(message: string): void;
}

/**
 * Clears the alerts shown that a change of the watchlist leaves unwatched (alerts switched off:
 * every one), so that none stays in the notification centre whose click opens a post no longer
 * watched. An alert of a post unstarred, or of a post whose author was unstarred, goes unless the
 * stars left still cover it: the post starred, or its author starred and an author breakout of it
 * alerted (its record, alert-records.ts). An alert shown before an unrelated change stays. Under
 * the records' lock: an alert a check shows after its last look at the stars is cleared once it is
 * shown. Called at the worker's start, it sweeps once too (sweepUnwatchedAlerts). Returns what
 * stops the listening.
 */
export function listenForUnwatchedAlerts(deps: UnwatchedDeps): () => void {
  const stop = watchlistItem.watch((next, before) => {
    const lists = { before: checkWatchlist(before).value, after: checkWatchlist(next).value };
    void exclusive(ALERT_RECORDS_LOCK, () => clearUnwatched(deps, lists)).catch(
      (e: unknown) =>
        deps.warn(`PostLens: watchlist alerts no longer watched could not be cleared: ${String(e)}`), // i18n-ignore: console log
    );
  });
  void sweepUnwatchedAlerts(deps);
  return stop;
}

/**
 * Clears the alerts shown that the stars no longer cover, or whose post is no longer stored (alerts
 * switched off: every one). A worker stopped (as Manifest V3 stops an idle one) hears no change of
 * the stars until it is started again, and a delete whose clearing the notifications API refused
 * left its alert (forgetAlertRecords): this runs once at the worker's start, under the records'
 * lock. With no change to go by, an alert is kept while its post or its author is starred: the
 * notification centre does not say which breakout an alert showed, and one of the author's star
 * whose record ended (the post fell back) is still the author's. Failures go to the worker's log.
 */
export function sweepUnwatchedAlerts(deps: UnwatchedDeps): Promise<void> {
  return exclusive(ALERT_RECORDS_LOCK, async () => {
    const shown = await shownAlerts();
    if (shown.length === 0) return;
    const list = await getWatchlist(deps.warn);
    if (!list.alerts) return clearAlerts(shown);
    const records = (await authorAlertedItem.getValue()) ?? {};
    const stored = await storedAuthors(deps, shown);
    const posts = new Set(list.posts);
    const authors = new Set(list.authors);
    const gone = shown.filter((key) => {
      if (!stored.has(key)) return true;
      const author = alertedAuthor(records[key]) ?? stored.get(key) ?? null;
      return !posts.has(key) && (author === null || !authors.has(author));
    });
    await clearAlerts(gone);
  }).catch(
    (e: unknown) =>
      deps.warn(`PostLens: watchlist alerts no longer watched could not be swept: ${String(e)}`), // i18n-ignore: console log
  );
}

/** The posts of `keys` still stored, each with its author (null: none), in one read. */
async function storedAuthors(
  deps: Pick<UnwatchedDeps, 'db'>,
  keys: readonly string[],
): Promise<Map<string, string | null>> {
  const authors = new Map<string, string | null>();
  if (keys.length === 0) return authors;
  const tx = (await deps.db()).transaction('posts', 'readonly');
  const found = await Promise.all(keys.map((k) => tx.store.get(k)));
  await tx.done;
  for (const [i, k] of keys.entries()) {
    const post = found[i];
    if (post) authors.set(k, post.authorKey ?? null);
  }
  return authors;
}

/** listenForUnwatchedAlerts' clearing, the watchlist `before` and `after` a change. */
async function clearUnwatched(
  deps: Pick<UnwatchedDeps, 'db'>,
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
  const stored = await storedAuthors(
    deps,
    shown.filter((k) => alertedAuthor(records[k]) === undefined),
  );
  const gone = shown.filter((key) => {
    const author = alertedAuthor(records[key]) ?? stored.get(key) ?? null;
    const changed = unstarredPosts.has(key) || (author !== null && unstarredAuthors.has(author));
    const covered = posts.has(key) || (records[key] !== undefined && author !== null && authors.has(author));
    return changed && !covered;
  });
  await clearAlerts(gone);
}
