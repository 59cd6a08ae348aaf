// @vitest-environment node

// removePostsFromCampaign (lib/background/campaign-posts.ts) takes any key the campaign holds,
// even one today's check of an added key refuses (another PostLens version or an older import
// stored it): the campaign form's advice "remove the post it names" must be one the user can
// follow. Adding keeps today's check, and removing stays bounded in key length and count.
import { CAMPAIGN_LIMITS } from '@/lib/campaigns';
import { closeDb, getDb } from '@/lib/store/db';
import { campaignHandlers, dashboard, ID, MARCH_CAMPAIGN } from './fixtures/campaign-handlers';
import { freshIndexedDb, T0 } from './recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const stored = async () => (await getDb()).getAll('campaigns');
const LONG = `x:${'9'.repeat(CAMPAIGN_LIMITS.key)}`;

/** The campaign c1 as saved today, then its post keys replaced straight in the database. */
async function storedWith(postKeys: string[]) {
  const t = campaignHandlers();
  const saved = await t.h.saveCampaign(MARCH_CAMPAIGN, dashboard);
  if (!saved.ok) throw new Error(saved.error);
  const db = await getDb();
  await db.put('campaigns', { ...(await db.get('campaigns', 'c1'))!, postKeys });
  return t;
}

describe('removing a key the campaign holds that today’s check refuses', () => {
  it.each([
    ['an unknown platform', 'foo:1'],
    ['a key past the key limit', LONG],
    ['no platform', ':1'],
    ['a blank post id', 'x:  '],
  ])('%s: removed, the other kept', async (_what, odd) => {
    const { h, clock } = await storedWith(['x:1', odd]);
    clock.now = T0 + 1000;
    expect(await h.removePostsFromCampaign({ campaignId: 'c1', postKeys: [odd] }, dashboard)).toMatchObject({
      ok: true,
      removed: 1,
      campaign: { postKeys: ['x:1'], updatedAt: T0 + 1000 },
    });
    expect((await stored())[0]).toMatchObject({ postKeys: ['x:1'], updatedAt: T0 + 1000 });
  });

  it.each([
    ['an odd key it does not hold', 'foo:2'],
    ['a valid key it does not hold', 'x:2'],
  ])('%s changes nothing', async (_what, key) => {
    const { h, clock } = await storedWith(['x:1', 'foo:1']);
    clock.now = T0 + 1000;
    expect(await h.removePostsFromCampaign({ campaignId: 'c1', postKeys: [key] }, dashboard)).toMatchObject({
      ok: true,
      removed: 0,
      campaign: { postKeys: ['x:1', 'foo:1'], updatedAt: T0 },
    });
    expect((await stored())[0]).toMatchObject({ postKeys: ['x:1', 'foo:1'], updatedAt: T0 });
  });

  it('still refuses adding a key of that shape', async () => {
    const { h } = await storedWith(['x:1']);
    const r = await h.addPostsToCampaign({ campaignId: 'c1', postKeys: ['foo:1'] }, dashboard);
    expect(r).toMatchObject({ ok: false, refused: true });
    expect((await stored())[0]!.postKeys).toEqual(['x:1']);
  });
});

describe('what removing refuses before storage is touched', () => {
  it.each([
    ['no keys', { campaignId: 'c1', postKeys: [] }],
    ['keys not in a list', { campaignId: 'c1', postKeys: 'foo:1' }],
    ['a number', { campaignId: 'c1', postKeys: [42] }],
    ['an empty key', { campaignId: 'c1', postKeys: [''] }],
    ['a key of megabytes', { campaignId: 'c1', postKeys: [`foo:${'1'.repeat(1_000_000)}`] }],
    ['5,001 keys', { campaignId: 'c1', postKeys: Array(CAMPAIGN_LIMITS.postKeys + 1).fill('foo:1') }],
    ['a campaign id with markup', { campaignId: '<b>', postKeys: ['foo:1'] }],
  ])('%s', async (_what, data) => {
    const { h } = await storedWith(['x:1', 'foo:1']);
    const r = await h.removePostsFromCampaign(data, dashboard);
    expect(r).toMatchObject({ ok: false, refused: true });
    if (!r.ok) expect(r.error.startsWith('Campaign not saved: ')).toBe(true);
    expect((await stored())[0]!.postKeys).toEqual(['x:1', 'foo:1']);
    expect(await h.storageStatus(undefined, dashboard)).toEqual({ lastError: null, at: null });
  });

  it('refuses a content script as before', async () => {
    const { h } = await storedWith(['x:1', 'foo:1']);
    const page = { id: ID, url: 'https://x.com/home', tab: { id: 1 } };
    expect(await h.removePostsFromCampaign({ campaignId: 'c1', postKeys: ['foo:1'] }, page)).toMatchObject({
      ok: false,
      refused: true,
      reason: 'notPage',
    });
    expect((await stored())[0]!.postKeys).toEqual(['x:1', 'foo:1']);
  });
});
