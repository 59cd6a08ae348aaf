// @vitest-environment node

import type { Campaign, CampaignInput } from '@/lib/campaigns/figures';
import { previewImport } from '@/lib/queries/export-reads';
import { importWithCampaigns } from '@/lib/store/campaign-writer';
import { closeDb, getDb } from '@/lib/store/db';
import { withCampaigns } from '@/lib/transfer/campaigns-in-export';
import type { ExportV1 } from '@/lib/transfer/format';
import { campaignHandlers, dashboard, ID, MARCH_CAMPAIGN, PAGES, popup } from './fixtures/campaign-handlers';
import { freshIndexedDb, T0 } from './recorder-helpers';
import { fullDump } from './reliability/full-dump';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const handlers = campaignHandlers;

const INPUT: CampaignInput = { ...MARCH_CAMPAIGN, spend: { amountMinor: 50_000, currency: 'EUR' } };

const stored = async () => (await getDb()).getAll('campaigns');

describe('saveCampaign', () => {
  it('creates a campaign with a new id and times, then updates its fields keeping createdAt and its posts', async () => {
    const { h, clock } = handlers();
    const created = await h.saveCampaign(INPUT, dashboard);
    expect(created).toEqual({ ok: true, campaign: { ...INPUT, id: 'c1', createdAt: T0, updatedAt: T0 } });
    if (!created.ok) throw new Error(created.error);
    clock.now = T0 + 1000;
    const updated = await h.saveCampaign(
      { ...INPUT, id: 'c1', clicks: 800, postKeys: ['x:1', 'x:2'], basedOn: created.campaign },
      popup,
    );
    expect(updated).toMatchObject({
      ok: true,
      campaign: { id: 'c1', clicks: 800, createdAt: T0, updatedAt: T0 + 1000 },
    });
    // The posts a page sends with an existing campaign are not taken: the stored ones stay.
    expect(await stored()).toEqual([
      { ...INPUT, id: 'c1', clicks: 800, postKeys: INPUT.postKeys, createdAt: T0, updatedAt: T0 + 1000 },
    ]);
  });

  it.each([
    ['a content script', { id: ID, url: 'https://x.com/home', tab: { id: 1 } }],
    ['another extension', { id: 'other', url: `${PAGES}dashboard.html` }],
    ['a web page posing as ours', { id: ID, url: 'https://evil.example/dashboard.html', tab: { id: 2 } }],
    ['nobody', undefined],
  ])('refuses %s', async (_who, sender) => {
    const { h, warnings } = handlers();
    expect(await h.saveCampaign(INPUT, sender)).toEqual({
      ok: false,
      error: "saveCampaign is only accepted from PostLens's own pages",
      refused: true,
      reason: 'notPage',
    });
    expect(await h.deleteCampaign('c1', sender)).toMatchObject({ ok: false });
    expect(await stored()).toEqual([]);
    expect(warnings.some((w) => w.includes('saveCampaign refused'))).toBe(true);
  });

  it.each([
    ['a bad currency code', { spend: { amountMinor: 1, currency: 'EURO' } }, /not an ISO 4217 code/],
    ['a negative number', { clicks: -3 }, /clicks: must not be negative/],
    [
      'revenue in another currency',
      { revenue: { amountMinor: 5, currency: 'USD' } },
      /spend's currency \(EUR\), not USD/,
    ],
    ['no name', { name: '' }, /give the campaign a name/],
  ])('refuses %s, stores nothing, and raises no storage warning', async (_why, over, error) => {
    const { h } = handlers();
    const r = await h.saveCampaign({ ...INPUT, ...over } as CampaignInput, dashboard);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(new RegExp(`^Campaign not saved: .*${error.source}`));
    expect(await stored()).toEqual([]);
    expect(await h.storageStatus(undefined, dashboard)).toEqual({ lastError: null, at: null });
  });

  it('answers a storage failure with a message and the storage warning', async () => {
    const { h } = handlers();
    const db = await getDb();
    db.close();
    const r = await h.saveCampaign(INPUT, dashboard);
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/connection closed|Storage failed/) });
    // A page's action is not tried again: told as not done, until the user dismisses it.
    expect((await h.storageStatus(undefined, dashboard)).notDone?.error).toMatch(
      /connection closed|Storage failed/,
    );
  });
});

describe('deleteCampaign', () => {
  it('deletes one campaign and leaves its posts and the others', async () => {
    const { h } = handlers();
    await h.saveCampaign(INPUT, dashboard);
    await h.saveCampaign({ ...INPUT, name: 'Other' }, dashboard);
    expect(await h.deleteCampaign('c1', dashboard)).toEqual({ ok: true });
    expect((await stored()).map((c) => c.name)).toEqual(['Other']);
    expect(await h.deleteCampaign('c1', dashboard)).toEqual({ ok: true });
  });

  it('needs an id', async () => {
    const { h } = handlers();
    expect(await h.deleteCampaign(42, dashboard)).toEqual({
      ok: false,
      error: 'deleteCampaign needs a campaign id',
    });
  });
});

describe("an import's campaigns", () => {
  it('are added when new; a stored one is never overwritten, and the answer names it', async () => {
    const { h } = handlers();
    await h.saveCampaign(INPUT, dashboard);
    const mine = (await stored())[0]!;
    const imported: Campaign[] = [
      { ...mine, name: 'Changed elsewhere' },
      { ...mine, id: 'imported', name: 'Imported', createdAt: 5, updatedAt: 6 },
    ];
    const none = { posts: 0, snapshots: 0, authors: 0, followerSnapshots: 0 };
    const file: ExportV1 = {
      format: 'postlens-export',
      version: 1,
      exportedAt: '2025-03-20T10:00:00.000Z',
      posts: [],
      authors: [],
    };
    const kept = `1 entry in the file differs from what you already had for the same moment (or id) and was left as you had it: campaign "Changed elsewhere" (${mine.id}).`;
    expect(await importWithCampaigns(await getDb(), file, imported)).toEqual({
      ok: true,
      added: { ...none, campaigns: 1 },
      kept,
    });
    expect((await stored()).map((c) => [c.id, c.name, c.createdAt])).toEqual([
      ['c1', 'Spring launch', T0],
      ['imported', 'Imported', 5],
    ]);
    // The same file again: nothing added, the same campaign named; the same content names nothing.
    expect(await importWithCampaigns(await getDb(), file, imported)).toEqual({
      ok: true,
      added: { ...none, campaigns: 0 },
      kept,
    });
    expect(await importWithCampaigns(await getDb(), file, [mine])).toEqual({
      ok: true,
      added: { ...none, campaigns: 0 },
    });
  });
});

describe('importWithCampaigns', () => {
  const data: ExportV1 = {
    format: 'postlens-export',
    version: 1,
    exportedAt: '2025-03-20T10:00:00.000Z',
    posts: [
      {
        platform: 'x',
        postId: '1',
        url: 'https://x.com/a/status/1',
        author: { handle: 'a', name: 'A', followers: 10 },
        publishedAt: null,
        text: 'hi',
        snapshots: [
          {
            capturedAt: '2025-03-02T10:00:00.000Z',
            likes: 5,
            comments: null,
            reposts: null,
            saves: null,
            views: 100,
            followers: 10,
          },
        ],
      },
    ],
    authors: [],
  };
  const campaign: Campaign = { ...INPUT, id: 'imp', createdAt: 1, updatedAt: 2 };

  it('adds the posts and the new campaigns, and counts both', async () => {
    const db = await getDb();
    expect((await previewImport(withCampaigns(data, [campaign]), db)).campaigns).toBe(1);
    expect(await importWithCampaigns(db, data, [campaign])).toEqual({
      ok: true,
      added: { posts: 1, snapshots: 1, authors: 1, followerSnapshots: 0, campaigns: 1 },
    });
    expect(await stored()).toEqual([campaign]);
    expect(await db.getAllKeys('posts')).toEqual(['x:1']);
    expect((await previewImport(withCampaigns(data, [campaign]), db)).campaigns).toBe(0);
    expect(await importWithCampaigns(db, data, [campaign])).toEqual({
      ok: true,
      added: { posts: 0, snapshots: 0, authors: 0, followerSnapshots: 0, campaigns: 0 },
    });
  });

  it('keeps none of the file when writing its campaigns fails: one transaction over every store', async () => {
    const db = await getDb();
    const before = await fullDump();
    // A value IndexedDB cannot store makes the campaign's write fail inside the transaction, after
    // the posts, snapshots and authors were written in it.
    const unstorable = { ...campaign, id: 'bad', name: (() => 'x') as unknown as string };
    const result = await importWithCampaigns(db, data, [campaign, unstorable]);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).not.toBe('');
    expect(await fullDump()).toBe(before);
    expect(await db.getAllKeys('posts')).toEqual([]);
  });

  it('answers a file without campaigns exactly as the version 1 import does', async () => {
    expect(await importWithCampaigns(await getDb(), data, [])).toEqual({
      ok: true,
      added: { posts: 1, snapshots: 1, authors: 1, followerSnapshots: 0 },
    });
  });
});
