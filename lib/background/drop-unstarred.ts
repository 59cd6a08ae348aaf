// The author breakout records no star needs any more go (watch-alerts.ts): matched with the
// stars once per worker and per change of them.

import type { PostLensDb } from '../store';
import type { Watchlist } from '../watchlist';
import {
  type AlertRecordsState,
  type AuthorAlerted,
  alertedAt,
  alertedAuthor,
  alertedBasis,
  authorAlertedItem,
  withBasis,
} from './alert-records';

export function createDropUnstarred(
  deps: { db(): Promise<PostLensDb> },
  state: AlertRecordsState,
  save: (alerted: null, brokeOut: Record<string, AuthorAlerted>) => Promise<boolean>,
) {
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
  return async function dropUnstarred(list: Watchlist): Promise<void> {
    const stars = `${list.authors.join('\n')}\t${list.posts.join('\n')}`;
    if (stars === matchedStars) return;
    if (state.noAuthorRecords) {
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
    if (Object.keys(records).length === 0) state.noAuthorRecords = true;
  };
}
