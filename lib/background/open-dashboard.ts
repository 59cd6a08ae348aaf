// The overlay card's "Add to campaign…" opens the post in the dashboard, where campaigns live:
// content scripts get no write access to campaigns, only this request to open a page.
import { PLATFORMS, type Platform } from '../types';

/** The dashboard URL of a post key ("platform:postId"), or null for anything else. */
export function dashboardPostUrl(extensionUrl: string, key: unknown): string | null {
  if (typeof key !== 'string' || key.length > 250) return null;
  const colon = key.indexOf(':');
  const platform = key.slice(0, colon);
  if (colon < 1 || colon === key.length - 1 || !PLATFORMS.includes(platform as Platform)) return null;
  return `${extensionUrl}dashboard.html#/post/${encodeURIComponent(key)}`;
}
