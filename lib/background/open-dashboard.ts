// The overlay card's two actions open extension pages; content scripts get no write access to
// campaigns, only these requests to open a page where the user acts:
// - "History and campaigns…" opens the post in the dashboard (its history, and Add to campaign);
// - "Add to campaign…" opens the dashboard's campaigns view asking which campaign to add it to.
// Why a page and not a campaign list in the card: the content script runs on every feed page and
// must stay small (no Preact, no campaign reads), the card's shadow root is open so the page
// could read campaign names drawn there and click its buttons, and a write from a content script
// would let a hostile page that fakes a click add posts silently. Opening a tab is all a faked
// click can do; the user still picks the campaign, on our own page.
import { isPostKey } from './campaign-posts';
import { describeSender, type Identity, isContentScript, type SenderLike } from './senders';

/**
 * The dashboard URL of a post key ("platform:postId"), or null for anything but a key of the shape
 * every stored post's has (isPostKey): neither a reading nor an import stores a post with a blank
 * id or one past the reading's limit, so such a key would open a view of no post.
 */
export function dashboardPostUrl(extensionUrl: string, key: unknown): string | null {
  if (!isPostKey(key)) return null;
  return `${extensionUrl}dashboard.html#/post/${encodeURIComponent(key)}`;
}

/** The query parameter the campaigns view reads (components/campaigns/campaigns-panel.tsx). */
export const ADD_PARAM = 'add';

/**
 * The campaigns view asking where to add a post, or null for anything but a post key as campaigns
 * store it. The key rides in the query, not the hash: the dashboard's router matches '#/campaigns'
 * exactly, and the query survives it untouched.
 */
export function dashboardAddUrl(extensionUrl: string, key: unknown): string | null {
  if (!isPostKey(key)) return null;
  return `${extensionUrl}dashboard.html?${ADD_PARAM}=${encodeURIComponent(key)}#/campaigns`;
}

export interface OpenDeps extends Identity {
  openTab(url: string): Promise<unknown>;
  warn(message: string): void;
}

/**
 * A card's request to open a dashboard page: only from our content script on an https page, only
 * for a valid post key; anything else is refused (false) with a warning, and opens nothing.
 */
export async function openFromCard(
  what: 'openPostInDashboard' | 'openAddToCampaign',
  key: unknown,
  sender: SenderLike | undefined,
  deps: OpenDeps,
): Promise<boolean> {
  const toUrl = what === 'openAddToCampaign' ? dashboardAddUrl : dashboardPostUrl;
  const url = isContentScript(sender, deps) ? toUrl(deps.extensionUrl, key) : null;
  if (!url) {
    // i18n-ignore: console log
    deps.warn(`PostLens: ${what} refused from ${describeSender(sender)}: ${String(key).slice(0, 80)}`);
    return false;
  }
  await deps.openTab(url);
  return true;
}
