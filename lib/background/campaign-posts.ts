// addPostsToCampaign: the narrow write behind every "Add to campaign" (popup, dashboard, the page
// card's dashboard prompt). The page sends only the campaign's id and the keys; the background
// reads the campaign and adds the keys in one transaction. Sending the whole campaign back
// (saveCampaign) would overwrite whatever changed since the page read it: a spend typed in the
// dashboard while the popup was open would be lost to the popup's stale copy.
import { CAMPAIGN_LIMITS, type Campaign, campaignIdOf } from '../campaigns';
import { t, wholeNumber } from '../i18n';
import type { WriteResult } from '../messages';
import { describeStorageError, type PostLensDb } from '../store';
import { isPostKeyShape } from '../types';
import type { Refused } from './handler-context';
import type { SenderLike } from './senders';

export interface AddPostsRequest {
  campaignId: string;
  postKeys: string[];
}

/** The campaign as stored after the call, how many keys it gained and how many it held already. */
export type AddPostsResult = WriteResult<{ campaign: Campaign; added: number; already: number }>;

/** Every refusal says "Campaign not saved: why", as saveCampaign's do, so the pages show one kind of message. */
const notSaved = (why: string) => t('background.campaignNotSaved', why);

/**
 * A post key as campaigns store it: `platform:postId`, a known platform, a non-blank id within the
 * reading's limit (isPostKeyShape, the rule the pages word their prompts by), within the campaign's
 * key limit. The same rule as lib/campaigns/validate.ts (which keeps its own, to name what is
 * wrong), so a key accepted here is one a later saveCampaign of the campaign accepts too. The key
 * limit is checked first, so a long string is refused before it is split.
 */
export const isPostKey = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= CAMPAIGN_LIMITS.key && isPostKeyShape(v);

/**
 * The longest key a removal takes: several times today's key limit, so a key another PostLens
 * version or an older import stored past that limit can still be removed, while 5,000 of them stay
 * a bounded request (a million-character key is refused before storage is touched).
 */
export const REMOVABLE_KEY_MAX = 1000;

/**
 * Any key a campaign may hold, whatever its shape: removing matches it exactly against the stored
 * keys, so a key today's check refuses (an unknown platform, a key past the limit) can be removed,
 * as the campaign form's advice (campaigns.detail.saveInvalid) asks.
 */
export const isRemovableKey = (v: unknown): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= REMOVABLE_KEY_MAX;

/**
 * The request, checked: a campaign id of the stored shape and 1–5,000 keys that pass `isKey`,
 * deduplicated. A bad one is refused for what it asked (marked: the page shows these words, not a
 * storage failure's).
 */
function checkPostsRequest(
  data: unknown,
  isKey: (v: unknown) => v is string,
): { ok: true; value: AddPostsRequest } | Refused {
  const refuse = (why: string) => ({ ok: false as const, error: notSaved(why), refused: true as const });
  if (typeof data !== 'object' || data === null) return refuse(t('background.campaignPosts.nothingGiven'));
  const { campaignId, postKeys } = data as { campaignId?: unknown; postKeys?: unknown };
  let id: string;
  try {
    id = campaignIdOf(campaignId, 'campaignId');
  } catch (e) {
    return refuse(e instanceof Error ? e.message : String(e));
  }
  if (!Array.isArray(postKeys) || postKeys.length === 0) return refuse(t('background.campaignPosts.noKeys'));
  if (postKeys.length > CAMPAIGN_LIMITS.postKeys)
    return refuse(t('background.campaignPosts.tooManyKeys', wholeNumber(CAMPAIGN_LIMITS.postKeys)));
  const bad = postKeys.findIndex((k) => !isKey(k));
  if (bad >= 0) {
    const k = postKeys[bad];
    const shown = typeof k === 'string' ? `"${k.slice(0, 60)}"` : (JSON.stringify(k) ?? String(k));
    return refuse(t('background.campaignPosts.badKey', bad, shown));
  }
  return { ok: true, value: { campaignId: id, postKeys: [...new Set(postKeys as string[])] } };
}

/** An add, checked: only keys of today's shape (isPostKey) go into a campaign. */
export const checkAddPosts = (data: unknown) => checkPostsRequest(data, isPostKey);

/** A removal, checked: any key a campaign may hold (isRemovableKey), within the same count. */
export const checkRemovePosts = (data: unknown) => checkPostsRequest(data, isRemovableKey);

/**
 * One change to a stored campaign, in one transaction on the campaigns store, so a concurrent edit
 * of the campaign is read, not overwritten. `change` gets the campaign as stored and answers what
 * to write (null: nothing, so not even updatedAt moves) with its counts, or a refusal. A missing
 * campaign writes nothing and answers campaign: null.
 */
export async function changeInTx<C extends object>(
  db: PostLensDb,
  campaignId: string,
  change: (stored: Campaign) => { write: Campaign | null; counts: C } | { refused: string },
): Promise<WriteResult<{ campaign: Campaign | null } & Partial<C>> | Refused> {
  const tx = db.transaction('campaigns', 'readwrite');
  // Awaited below; this keeps an abort from surfacing as unhandled.
  tx.done.catch(() => {});
  try {
    const store = tx.objectStore('campaigns');
    const stored = await store.get(campaignId);
    if (!stored) {
      await tx.done;
      return { ok: true, campaign: null };
    }
    const next = change(stored);
    if ('refused' in next) {
      tx.abort();
      // Marked so the guard raises no storage warning for it (handler-context.ts).
      return { ok: false, error: next.refused, refused: true };
    }
    if (next.write) await store.put(next.write);
    await tx.done;
    return { ok: true, campaign: next.write ?? stored, ...next.counts };
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
    return { ok: false, error: describeStorageError(e) };
  }
}

/**
 * Adds the keys the campaign lacks. Keys already there are counted, not written: adding twice
 * changes nothing (not even updatedAt).
 */
export const addPostsInTx = (db: PostLensDb, { campaignId, postKeys }: AddPostsRequest, now: number) =>
  changeInTx(db, campaignId, (stored) => {
    const have = new Set(stored.postKeys);
    const fresh = postKeys.filter((k) => !have.has(k));
    const counts = { added: fresh.length, already: postKeys.length - fresh.length };
    if (fresh.length === 0) return { write: null, counts };
    if (have.size + fresh.length > CAMPAIGN_LIMITS.postKeys)
      return {
        refused: notSaved(
          t('background.campaignPosts.wouldHoldMore', stored.name, wholeNumber(CAMPAIGN_LIMITS.postKeys)),
        ),
      };
    return { write: { ...stored, postKeys: [...stored.postKeys, ...fresh], updatedAt: now }, counts };
  });

/**
 * Removes the keys the campaign holds, matched exactly (whatever their shape); others are ignored,
 * and removing nothing writes nothing.
 */
export const removePostsInTx = (db: PostLensDb, { campaignId, postKeys }: AddPostsRequest, now: number) =>
  changeInTx(db, campaignId, (stored) => {
    const gone = new Set(postKeys);
    const kept = stored.postKeys.filter((k) => !gone.has(k));
    const counts = { removed: stored.postKeys.length - kept.length };
    return { write: counts.removed > 0 ? { ...stored, postKeys: kept, updatedAt: now } : null, counts };
  });

/**
 * What these handlers need of the handler context (handler-context.ts): the page-only check and
 * the storage-status guard.
 */
export interface AddPostsDeps {
  now(): number;
  fromPage(what: string, sender: SenderLike | undefined): { ok: false; error: string } | null;
  guard<T extends object>(
    what: string,
    sender: SenderLike | undefined,
    run: (db: PostLensDb) => Promise<WriteResult<T>>,
  ): Promise<WriteResult<T>>;
}

/**
 * A handler of one of these changes: only our own pages may send it (a content script opens the
 * dashboard's prompt instead, see open-dashboard.ts), the request is checked before any storage is
 * touched (by `check`: an add takes only today's key shape, a removal any key a campaign may hold),
 * and an unknown campaign is the caller's mistake, not a storage failure (no storage
 * warning for it). Each refusal is marked (`refused`), so the page shows its words as they are,
 * while a storage failure's (often the browser's English) goes under the page's own sentence.
 */
async function handle<C extends object>(
  what: string,
  inTx: (
    db: PostLensDb,
    req: AddPostsRequest,
    now: number,
  ) => Promise<WriteResult<{ campaign: Campaign | null } & Partial<C>>>,
  check: (data: unknown) => { ok: true; value: AddPostsRequest } | Refused,
  data: unknown,
  sender: SenderLike | undefined,
  deps: AddPostsDeps,
): Promise<WriteResult<{ campaign: Campaign } & C>> {
  const refused = deps.fromPage(what, sender);
  if (refused) return refused;
  const checked = check(data);
  if (!checked.ok) return checked;
  const result = await deps.guard(what, sender, (db) => inTx(db, checked.value, deps.now()));
  // With its mark, if refused: the page says another tab changed the campaign.
  if (!result.ok) return result;
  if (!result.campaign)
    return { ok: false, error: notSaved(t('background.campaignPosts.noSuchCampaign')), refused: true };
  return result as { ok: true; campaign: Campaign } & C;
}

export const addPostsToCampaign = (
  data: unknown,
  sender: SenderLike | undefined,
  deps: AddPostsDeps,
): Promise<AddPostsResult> =>
  handle<{ added: number; already: number }>(
    'addPostsToCampaign',
    addPostsInTx,
    checkAddPosts,
    data,
    sender,
    deps,
  );

export const removePostsFromCampaign = (data: unknown, sender: SenderLike | undefined, deps: AddPostsDeps) =>
  handle<{ removed: number }>(
    'removePostsFromCampaign',
    removePostsInTx,
    checkRemovePosts,
    data,
    sender,
    deps,
  );
