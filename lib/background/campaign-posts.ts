// addPostsToCampaign: the narrow write behind every "Add to campaign" (popup, dashboard, the page
// card's dashboard prompt). The page sends only the campaign's id and the keys; the background
// reads the campaign and adds the keys in one transaction. Sending the whole campaign back
// (saveCampaign) would overwrite whatever changed since the page read it: a spend typed in the
// dashboard while the popup was open would be lost to the popup's stale copy.
import { CAMPAIGN_LIMITS, type Campaign, campaignIdOf } from '../campaigns';
import { LIMITS } from '../check';
import type { WriteResult } from '../messages';
import { describeStorageError, type PostLensDb } from '../store';
import { PLATFORMS } from '../types';
import type { SenderLike } from './senders';

export interface AddPostsRequest {
  campaignId: string;
  postKeys: string[];
}

/** The campaign as stored after the call, how many keys it gained and how many it held already. */
export type AddPostsResult = WriteResult<{ campaign: Campaign; added: number; already: number }>;

/** Prefixes every refusal, as saveCampaign's do, so the pages show one kind of message. */
const NOT_SAVED = 'Campaign not saved';

/**
 * A post key as campaigns store it: `platform:postId`, a known platform, a non-blank id within the
 * reading's limit. The same rule as lib/campaigns/validate.ts (which keeps its own private), so a
 * key accepted here is one a later saveCampaign of the campaign accepts too.
 */
export function isPostKey(v: unknown): v is string {
  if (typeof v !== 'string' || v.length > CAMPAIGN_LIMITS.key) return false;
  const cut = v.indexOf(':');
  const postId = v.slice(cut + 1);
  return (
    cut >= 1 &&
    (PLATFORMS as readonly string[]).includes(v.slice(0, cut)) &&
    postId.trim() !== '' &&
    postId.length <= LIMITS.postId
  );
}

/** The request, checked: a campaign id of the stored shape and 1–5,000 post keys, deduplicated. */
export function checkAddPosts(
  data: unknown,
): { ok: true; value: AddPostsRequest } | { ok: false; error: string } {
  const refuse = (why: string) => ({ ok: false as const, error: `${NOT_SAVED}: ${why}` });
  if (typeof data !== 'object' || data === null) return refuse('no campaign and posts given');
  const { campaignId, postKeys } = data as { campaignId?: unknown; postKeys?: unknown };
  let id: string;
  try {
    id = campaignIdOf(campaignId, 'campaignId');
  } catch (e) {
    return refuse(e instanceof Error ? e.message : String(e));
  }
  if (!Array.isArray(postKeys) || postKeys.length === 0)
    return refuse('postKeys: give at least one post key');
  if (postKeys.length > CAMPAIGN_LIMITS.postKeys)
    return refuse(`postKeys: at most ${CAMPAIGN_LIMITS.postKeys} posts`);
  const bad = postKeys.findIndex((k) => !isPostKey(k));
  if (bad >= 0) {
    const k = postKeys[bad];
    const shown = typeof k === 'string' ? `"${k.slice(0, 60)}"` : (JSON.stringify(k) ?? String(k));
    return refuse(`postKeys[${bad}]: ${shown} is not a post key (platform:postId)`);
  }
  return { ok: true, value: { campaignId: id, postKeys: [...new Set(postKeys as string[])] } };
}

/** What the transaction found: the stored campaign with the keys added, or no such campaign. */
type Outcome = { campaign: Campaign | null; added: number; already: number };

/**
 * Adds the keys the campaign lacks, in one transaction on the campaigns store, so a concurrent
 * edit of the campaign is read, not overwritten. Keys already there are counted, not written:
 * adding twice changes nothing (not even updatedAt). A missing campaign writes nothing.
 */
export async function addPostsInTx(
  db: PostLensDb,
  { campaignId, postKeys }: AddPostsRequest,
  now: number,
): Promise<WriteResult<Outcome>> {
  const tx = db.transaction('campaigns', 'readwrite');
  // Awaited below; this keeps an abort from surfacing as unhandled.
  tx.done.catch(() => {});
  try {
    const store = tx.objectStore('campaigns');
    const stored = await store.get(campaignId);
    let outcome: Outcome = { campaign: null, added: 0, already: 0 };
    if (stored) {
      const have = new Set(stored.postKeys);
      const fresh = postKeys.filter((k) => !have.has(k));
      outcome = { campaign: stored, added: fresh.length, already: postKeys.length - fresh.length };
      if (fresh.length > 0) {
        if (have.size + fresh.length > CAMPAIGN_LIMITS.postKeys) {
          tx.abort();
          return {
            ok: false,
            error: `${NOT_SAVED}: ${stored.name} would hold more than ${CAMPAIGN_LIMITS.postKeys} posts`,
          };
        }
        const campaign: Campaign = { ...stored, postKeys: [...stored.postKeys, ...fresh], updatedAt: now };
        await store.put(campaign);
        outcome = { ...outcome, campaign };
      }
    }
    await tx.done;
    return { ok: true, ...outcome };
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
    return { ok: false, error: describeStorageError(e) };
  }
}

/** What the handler needs of createHandlers: the page-only check and the storage-status guard. */
export interface AddPostsDeps {
  now(): number;
  fromPage(what: string, sender: SenderLike | undefined): { ok: false; error: string } | null;
  guard(
    what: string,
    sender: SenderLike | undefined,
    run: (db: PostLensDb) => Promise<WriteResult<Outcome>>,
  ): Promise<WriteResult<Outcome>>;
}

/**
 * The handler: only our own pages may add (a content script opens the dashboard's prompt
 * instead, see open-dashboard.ts), the request is checked before any storage is touched, and an
 * unknown campaign is the caller's mistake, not a storage failure (no storage warning for it).
 */
export async function addPostsToCampaign(
  data: unknown,
  sender: SenderLike | undefined,
  deps: AddPostsDeps,
): Promise<AddPostsResult> {
  const refused = deps.fromPage('addPostsToCampaign', sender);
  if (refused) return refused;
  const checked = checkAddPosts(data);
  if (!checked.ok) return checked;
  const result = await deps.guard('addPostsToCampaign', sender, (db) =>
    addPostsInTx(db, checked.value, deps.now()),
  );
  if (!result.ok) return result;
  if (!result.campaign)
    return {
      ok: false,
      error: `${NOT_SAVED}: no such campaign (it may have been deleted); reopen to see the list`,
    };
  return { ok: true, campaign: result.campaign, added: result.added, already: result.already };
}

/** The stored campaign with the keys removed (none that it lacked), or no such campaign. */
type RemoveOutcome = { campaign: Campaign | null; removed: number };

/**
 * Removes keys from the campaign as stored, in one transaction, for the same reason as adding: a
 * page's copy may be stale. Keys it does not hold are ignored; removing nothing writes nothing.
 */
export async function removePostsInTx(
  db: PostLensDb,
  { campaignId, postKeys }: AddPostsRequest,
  now: number,
): Promise<WriteResult<RemoveOutcome>> {
  const tx = db.transaction('campaigns', 'readwrite');
  tx.done.catch(() => {});
  try {
    const store = tx.objectStore('campaigns');
    const stored = await store.get(campaignId);
    let outcome: RemoveOutcome = { campaign: stored ?? null, removed: 0 };
    if (stored) {
      const gone = new Set(postKeys);
      const kept = stored.postKeys.filter((k) => !gone.has(k));
      if (kept.length < stored.postKeys.length) {
        const campaign: Campaign = { ...stored, postKeys: kept, updatedAt: now };
        await store.put(campaign);
        outcome = { campaign, removed: stored.postKeys.length - kept.length };
      }
    }
    await tx.done;
    return { ok: true, ...outcome };
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
    return { ok: false, error: describeStorageError(e) };
  }
}

/** removePostsFromCampaign: our own pages only, checked like adding, an unknown campaign refused. */
export async function removePostsFromCampaign(
  data: unknown,
  sender: SenderLike | undefined,
  deps: Omit<AddPostsDeps, 'guard'> & {
    guard(
      what: string,
      sender: SenderLike | undefined,
      run: (db: PostLensDb) => Promise<WriteResult<RemoveOutcome>>,
    ): Promise<WriteResult<RemoveOutcome>>;
  },
): Promise<WriteResult<{ campaign: Campaign; removed: number }>> {
  const refused = deps.fromPage('removePostsFromCampaign', sender);
  if (refused) return refused;
  const checked = checkAddPosts(data);
  if (!checked.ok) return checked;
  const result = await deps.guard('removePostsFromCampaign', sender, (db) =>
    removePostsInTx(db, checked.value, deps.now()),
  );
  if (!result.ok) return result;
  if (!result.campaign)
    return {
      ok: false,
      error: `${NOT_SAVED}: no such campaign (it may have been deleted); reopen to see the list`,
    };
  return { ok: true, campaign: result.campaign, removed: result.removed };
}
