// Campaign writes, run by the background (the only writer). Each call is one transaction (on the
// campaigns store; an import's on every store); a storage failure comes back as a message, never
// as a throw.
import type { IDBPObjectStore } from 'idb';
import type { Campaign, CampaignInput } from '../campaigns';
import { t } from '../i18n';
import type { ImportCounts, WriteResult } from '../messages';
import { type ExportV1, toExportCampaign } from '../transfer';
import type { PostLensDb } from './db';
import { inWriteTx } from './delete';
import { importChecked, keptText, mergeExport } from './import-writer';
import type { PostLensDB } from './schema';
import { describeStorageError } from './transactions';

type CampaignStore = IDBPObjectStore<PostLensDB, ['campaigns'], 'campaigns', 'readwrite'>;

async function inCampaignTx<T extends object>(
  db: PostLensDb,
  work: (store: CampaignStore) => Promise<T>,
): Promise<WriteResult<T>> {
  let tx: ReturnType<typeof open> | undefined;
  try {
    tx = open(db);
    const value = await work(tx.objectStore('campaigns'));
    await tx.done;
    return { ok: true, ...value };
  } catch (e) {
    try {
      tx?.abort();
    } catch {
      // Already finished or aborted.
    }
    return { ok: false, error: describeStorageError(e) };
  }
}

function open(db: PostLensDb) {
  const tx = db.transaction('campaigns', 'readwrite');
  // Awaited by the caller; this keeps an abort from surfacing as unhandled.
  tx.done.catch(() => {});
  return tx;
}

/**
 * Saves a checked campaign (lib/campaigns/validate.ts): a new one gets an id and createdAt and the
 * posts given, an existing one keeps its createdAt and its stored posts; updatedAt is now. A page
 * saves a campaign's fields from what it read earlier: had its posts come along, a post added
 * meanwhile (from the popup, a badge's card, another tab) would be dropped. Posts of a stored
 * campaign change only through addPostsToCampaign / removePostsFromCampaign, by key.
 */
export function putCampaign(
  db: PostLensDb,
  input: CampaignInput,
  now: number,
  newId: () => string,
): Promise<WriteResult<{ campaign: Campaign }>> {
  return inCampaignTx(db, async (store) => {
    const id = input.id ?? newId();
    const old = await store.get(id);
    const postKeys = old ? old.postKeys : input.postKeys;
    const campaign: Campaign = { ...input, id, postKeys, createdAt: old?.createdAt ?? now, updatedAt: now };
    await store.put(campaign);
    return { campaign };
  });
}

/** Deletes a campaign; its posts stay. Deleting one that is not there is not an error. */
export function removeCampaign(db: PostLensDb, id: string): Promise<WriteResult<object>> {
  return inCampaignTx(db, async (store) => {
    await store.delete(id);
    return {};
  });
}

/**
 * Adds the campaigns whose id the store does not hold yet: how many were added, and (kept) one
 * description each of a stored campaign the file gives otherwise, which stays as it is.
 */
async function addNewCampaigns(
  store: { get(id: string): Promise<Campaign | undefined>; add(c: Campaign): Promise<unknown> },
  campaigns: readonly Campaign[],
): Promise<{ added: number; kept: string[] }> {
  let added = 0;
  const kept: string[] = [];
  for (const c of campaigns) {
    const stored = await store.get(c.id);
    if (stored !== undefined) {
      if (!sameCampaign(stored, c)) kept.push(t('store.keptCampaign', c.name, c.id));
      continue;
    }
    await store.add(c);
    added++;
  }
  return { added, kept };
}

/**
 * The same campaign, as the file would hold each (toExportCampaign: every input written in one key
 * order, null where not entered): a campaign stored before the later inputs existed has no key for
 * them, which is the null the file gives (lib/campaigns/campaign.ts). When it was last saved is not
 * compared: saved again unchanged after the export, or saved at another time by the copy that wrote
 * the file, it holds nothing the import would leave out. When it was created is: it orders the
 * campaigns list. The import preview counts by it too (lib/queries/export-reads.ts).
 */
export function sameCampaign(a: Campaign, b: Campaign): boolean {
  const compared = (c: Campaign) => JSON.stringify(toExportCampaign({ ...c, updatedAt: 0 }));
  return compared(a) === compared(b);
}

/**
 * Imports a checked export (checkAnyExport in lib/transfer/campaigns-in-export.ts; respelled, its
 * handles merged across spellings, for the result's words): its posts,
 * snapshots and authors as lib/store/import-writer.ts merges them, and its campaigns (new ids
 * only), in one transaction over every store: should any write fail, or the signal abort before
 * it commits, none of the file is kept.
 */
export async function importWithCampaigns(
  db: PostLensDb,
  data: ExportV1,
  campaigns: readonly Campaign[],
  signal?: AbortSignal,
  respelled: readonly string[] = [],
): Promise<WriteResult<{ added: ImportCounts & { campaigns?: number }; kept?: string }>> {
  // No campaigns in the file (version 1): the answer is exactly the version 1 import's.
  if (campaigns.length === 0) return importChecked(db, data, signal, respelled);
  return inWriteTx(
    db,
    async (tx) => {
      const { added, kept, notTaken } = await mergeExport(tx, data);
      const c = await addNewCampaigns(tx.objectStore('campaigns'), campaigns);
      // What the file contradicts itself on is said not imported, as importChecked says it.
      const text = keptText([...kept, ...c.kept], notTaken, respelled);
      return { added: { ...added, campaigns: c.added }, ...(text && { kept: text }) };
    },
    signal,
  );
}
