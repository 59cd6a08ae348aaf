// A click on a watchlist alert opens its post in the dashboard: the notification's id names it,
// and the alerts of a post are found and cleared by it.

import { browser } from 'wxt/browser';
import { dashboardPostUrl } from './open-dashboard';

/** A notification's id: this prefix and the post key, so a click knows which post to open. */
export const ALERT_PREFIX = 'postlens-watch:';

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

/**
 * The post keys of the alerts in the notification centre now; none where the notifications API is
 * not there (the optional permission not granted, or taken back: its notifications went with it).
 */
export async function shownAlerts(): Promise<string[]> {
  const api = browser.notifications;
  if (!api) return [];
  return Object.keys(await api.getAll()).flatMap((id) => alertPostKey(id) ?? []);
}

/** Clears the alerts of these posts, each shown or not. */
export async function clearAlerts(posts: Iterable<string>): Promise<void> {
  const api = browser.notifications;
  if (!api) return;
  for (const key of posts) await api.clear(`${ALERT_PREFIX}${key}`);
}
