// What a watchlist alert shows and how: the browser notification, its icon and its words; and
// whether the watchlist watches what it shows (its clearing once it does not: unwatched-alerts.ts).

import { browser } from 'wxt/browser';
import { firstCodePoints, handleLabel, isolated } from '../format';
import { t } from '../i18n';
import { PLATFORM_NAMES } from '../platforms';
import type { StoredPost } from '../store';
import type { Breakout, Watchlist } from '../watchlist';

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
