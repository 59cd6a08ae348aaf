// @vitest-environment node

// A campaign brought back from an export whose only difference from the stored one is when it was
// last saved (updatedAt): saved again unchanged after the export, or exported by another copy that
// saved it at another time. The import keeps the stored campaign exactly as it is either way; what
// it must not do is say the file "gives it otherwise", nor the preview count it as differing.
// A campaign that differs in anything the user entered, or in when it was created (the campaigns
// list's order), is still named and counted.
import type { Campaign } from '@/lib/campaigns';
import { previewImport } from '@/lib/queries/export-reads';
import { closeDb, getDb } from '@/lib/store/db';
import { readImport } from '@/lib/transfer';
import { campaignOf } from '../fixtures/campaign';
import { dumpStores, EXPORTED_AT, exportText, importText } from '../fixtures/round-trip';
import { DAY, freshIndexedDb, HOUR, T0 } from '../recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

/** The stored campaign: some inputs entered, created at T0 and last saved an hour later. */
const mine: Campaign = campaignOf({
  id: 'c9',
  name: 'Autumn',
  spend: { amountMinor: 120_000, currency: 'USD' },
  clicks: 40,
  impressions: 9_000,
  createdAt: T0,
  updatedAt: T0 + HOUR,
});

/**
 * `theirs` exported, then `mine` stored in its place: the preview of that file and the import's
 * answer, with every store before and after the import.
 */
async function reimport(theirs: Campaign) {
  const db = await getDb();
  await db.put('campaigns', theirs);
  const text = await exportText(db);
  await db.put('campaigns', mine);
  const before = await dumpStores(db);
  const page = readImport(text, { now: EXPORTED_AT });
  if (!page.ok) throw new Error(page.error);
  const preview = await previewImport(page.data, db);
  const result = await importText(db, text);
  return { preview, result, before, after: await dumpStores(db) };
}

const none = { posts: 0, snapshots: 0, authors: 0, followerSnapshots: 0 };

describe.each([
  ['saved again unchanged after the export (the file is older)', T0],
  ["another copy's export, saved there later (the file is newer)", T0 + DAY],
])('a stored campaign re-imported with only its save time changed: %s', (_what, updatedAt) => {
  it('the import names nothing as kept', async () => {
    const { result } = await reimport({ ...mine, updatedAt });
    expect(result).toEqual({ ok: true, added: { ...none, campaigns: 0 } });
  });

  it('the preview counts nothing as differing', async () => {
    const { preview } = await reimport({ ...mine, updatedAt });
    expect(preview).toEqual({ ...none, campaigns: 0 });
  });

  it('the stored campaign stays exactly as it was, its own save time included', async () => {
    const { before, after } = await reimport({ ...mine, updatedAt });
    expect(after).toEqual(before);
    expect(after.campaigns).toEqual([mine]);
  });
});

describe('a stored campaign the file gives otherwise (its save time changed too)', () => {
  it.each<[string, Partial<Campaign>]>([
    ['its name', { name: 'Autumn sale' }],
    ['a count entered', { clicks: 41 }],
    ['a count entered where the stored has none', { leads: 12 }],
    ['an amount', { spend: { amountMinor: 120_001, currency: 'USD' } }],
    ['a later input', { impressions: null }],
    ['its period', { end: '2025-04-01' }],
    ['its posts', { postKeys: ['x:1', 'x:2'] }],
    ['when it was created (the order the campaigns list shows)', { createdAt: T0 - HOUR }],
  ])('in %s: still named and counted, and stays as stored', async (_what, over) => {
    const { preview, result, before, after } = await reimport({ ...mine, ...over, updatedAt: T0 + DAY });
    expect(result.ok && result.kept).toMatch(/campaign "[^"]+" \(c9\)/);
    expect(result.ok && result.added.campaigns).toBe(0);
    expect(preview).toEqual({ ...none, campaigns: 0, differing: 1 });
    expect(after).toEqual(before);
  });
});
