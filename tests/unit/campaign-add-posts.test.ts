// @vitest-environment node

// addPostsToCampaign (lib/background/campaign-posts.ts): who may add, what is checked, and that
// adding is idempotent and reads the campaign as stored (never a page's stale copy).
import type { CampaignInput } from '@/lib/campaigns/figures';
import { closeDb, getDb } from '@/lib/store/db';
import { campaignHandlers, dashboard, ID, MARCH_CAMPAIGN, PAGES, popup } from './fixtures/campaign-handlers';
import { freshIndexedDb, T0 } from './recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const handlers = campaignHandlers;

const INPUT: CampaignInput = MARCH_CAMPAIGN;

const stored = async () => (await getDb()).getAll('campaigns');

async function withCampaign() {
  const t = handlers();
  const saved = await t.h.saveCampaign(INPUT, dashboard);
  if (!saved.ok) throw new Error(saved.error);
  return t;
}

describe('adding posts', () => {
  it('adds only the keys the campaign lacks, and adding again changes nothing', async () => {
    const { h, clock } = await withCampaign();
    clock.now = T0 + 1000;
    const first = await h.addPostsToCampaign(
      { campaignId: 'c1', postKeys: ['x:2', 'x:1', 'reddit:t3_a'] },
      popup,
    );
    expect(first).toEqual({
      ok: true,
      added: 2,
      already: 1,
      campaign: {
        ...INPUT,
        id: 'c1',
        postKeys: ['x:1', 'x:2', 'reddit:t3_a'],
        createdAt: T0,
        updatedAt: T0 + 1000,
      },
    });
    clock.now = T0 + 2000;
    const again = await h.addPostsToCampaign({ campaignId: 'c1', postKeys: ['x:2'] }, dashboard);
    // Nothing new: not written, so updatedAt stays at the first add.
    expect(again).toMatchObject({ ok: true, added: 0, already: 1, campaign: { updatedAt: T0 + 1000 } });
    expect((await stored())[0]).toMatchObject({
      postKeys: ['x:1', 'x:2', 'reddit:t3_a'],
      updatedAt: T0 + 1000,
    });
  });

  it('counts a key repeated in one request once', async () => {
    const { h } = await withCampaign();
    expect(await h.addPostsToCampaign({ campaignId: 'c1', postKeys: ['x:2', 'x:2'] }, popup)).toMatchObject({
      added: 1,
      already: 0,
    });
    expect((await stored())[0]!.postKeys).toEqual(['x:1', 'x:2']);
  });

  it('keeps what changed since the page read the campaign (unlike saving its stale copy)', async () => {
    const { h } = await withCampaign();
    // The dashboard enters a spend while the popup still shows the campaign as it was.
    await h.saveCampaign(
      { ...INPUT, id: 'c1', spend: { amountMinor: 9_900, currency: 'EUR' }, basedOn: (await stored())[0] },
      dashboard,
    );
    await h.addPostsToCampaign({ campaignId: 'c1', postKeys: ['x:9'] }, popup);
    expect((await stored())[0]).toMatchObject({
      postKeys: ['x:1', 'x:9'],
      spend: { amountMinor: 9_900, currency: 'EUR' },
    });
  });

  it('refuses a campaign that is not there, writes nothing and raises no storage warning', async () => {
    const { h } = await withCampaign();
    expect(await h.addPostsToCampaign({ campaignId: 'gone', postKeys: ['x:2'] }, popup)).toEqual({
      ok: false,
      error: 'Campaign not saved: no such campaign (it may have been deleted); reopen to see the list',
      // Refused for what it asked: the page shows these words, not a storage failure's sentence.
      refused: true,
    });
    expect((await stored()).map((c) => c.postKeys)).toEqual([['x:1']]);
    expect(await h.storageStatus(undefined, popup)).toEqual({ lastError: null, at: null });
  });

  it('refuses going over 5,000 posts, keeping the campaign as it was', async () => {
    const { h } = await withCampaign();
    const many = Array.from({ length: 5000 }, (_, i) => `x:n${i}`);
    expect(await h.addPostsToCampaign({ campaignId: 'c1', postKeys: many }, popup)).toEqual({
      ok: false,
      error: 'Campaign not saved: Spring launch would hold more than 5,000 posts',
      // Refused for what it asked, not for storage: no storage warning, and no "try again".
      refused: true,
    });
    expect((await stored())[0]!.postKeys).toEqual(['x:1']);
  });
});

describe('what is refused before storage is touched', () => {
  it.each([
    ['no request', undefined, 'no campaign and posts given'],
    ['a bare list of keys', ['x:2'], 'campaignId: must be 1–100 letters, digits, - or _'],
    ['a campaign id with markup', { campaignId: '<b>', postKeys: ['x:2'] }, 'campaignId: must be'],
    ['no keys', { campaignId: 'c1', postKeys: [] }, 'postKeys: give at least one post key'],
    ['keys not in a list', { campaignId: 'c1', postKeys: 'x:2' }, 'postKeys: give at least one post key'],
    [
      'an unknown platform',
      { campaignId: 'c1', postKeys: ['x:2', 'myspace:1'] },
      'postKeys[1]: "myspace:1" is not',
    ],
    ['no post id', { campaignId: 'c1', postKeys: ['x:'] }, 'postKeys[0]: "x:" is not a post key'],
    ['a blank post id', { campaignId: 'c1', postKeys: ['x:  '] }, 'postKeys[0]: "x:  " is not'],
    ['no platform', { campaignId: 'c1', postKeys: [':1'] }, 'postKeys[0]: ":1" is not'],
    ['a number', { campaignId: 'c1', postKeys: [42] }, 'postKeys[0]: 42 is not a post key'],
    ['an object', { campaignId: 'c1', postKeys: [{ key: 'x:1' }] }, 'postKeys[0]: {"key":"x:1"} is not'],
    ['a key too long', { campaignId: 'c1', postKeys: [`x:${'1'.repeat(219)}`] }, 'postKeys[0]: "x:111'],
    ['5,001 keys', { campaignId: 'c1', postKeys: Array(5001).fill('x:1') }, 'postKeys: at most 5,000 posts'],
  ])('%s', async (_what, data, error) => {
    const { h } = await withCampaign();
    const r = await h.addPostsToCampaign(data, popup);
    expect(r).toMatchObject({ ok: false, refused: true });
    if (!r.ok) expect(r.error.startsWith(`Campaign not saved: ${error}`)).toBe(true);
    expect((await stored())[0]!.postKeys).toEqual(['x:1']);
    expect(await h.storageStatus(undefined, popup)).toEqual({ lastError: null, at: null });
  });

  it.each([
    [
      'our content script (the card asks the dashboard instead)',
      { id: ID, url: 'https://x.com/home', tab: { id: 1 } },
    ],
    ['another extension', { id: 'other', url: `${PAGES}popup.html` }],
    ['a web page posing as ours', { id: ID, url: 'https://evil.example/popup.html', tab: { id: 2 } }],
    ['nobody', undefined],
  ])('refuses %s', async (_who, sender) => {
    const { h, warnings } = await withCampaign();
    expect(await h.addPostsToCampaign({ campaignId: 'c1', postKeys: ['x:2'] }, sender)).toEqual({
      ok: false,
      error: "addPostsToCampaign is only accepted from PostLens's own pages",
      refused: true,
      reason: 'notPage',
    });
    expect((await stored())[0]!.postKeys).toEqual(['x:1']);
    expect(warnings.some((w) => w.startsWith('PostLens: addPostsToCampaign refused from'))).toBe(true);
  });
});

describe('a form saved from a stale copy', () => {
  it('keeps the posts added meanwhile and takes the fields it changed', async () => {
    const { h, clock } = await withCampaign();
    // The campaign form is open with the campaign as read (posts: x:1); the popup adds x:2.
    const formCopy = (await stored())[0]!;
    await h.addPostsToCampaign({ campaignId: 'c1', postKeys: ['x:2'] }, popup);
    clock.now = T0 + 2000;
    const { createdAt: _c, updatedAt: _u, ...input } = formCopy;
    const saved = await h.saveCampaign({ ...input, name: 'March, renamed', basedOn: formCopy }, dashboard);
    expect(saved).toMatchObject({ ok: true, campaign: { name: 'March, renamed', postKeys: ['x:1', 'x:2'] } });
    expect((await stored())[0]).toMatchObject({ name: 'March, renamed', postKeys: ['x:1', 'x:2'] });
  });
});

describe('removing posts', () => {
  it('removes only the keys the campaign holds, keeps an edit made meanwhile, and refuses what it must', async () => {
    const { h, clock } = await withCampaign();
    await h.addPostsToCampaign({ campaignId: 'c1', postKeys: ['x:2', 'x:3'] }, dashboard);
    // Another page enters a spend while this one still shows the campaign without it.
    await h.saveCampaign(
      {
        ...INPUT,
        id: 'c1',
        postKeys: ['x:1', 'x:2', 'x:3'],
        spend: { amountMinor: 500, currency: 'EUR' },
        basedOn: (await stored())[0],
      },
      popup,
    );
    clock.now = T0 + 5000;
    expect(
      await h.removePostsFromCampaign({ campaignId: 'c1', postKeys: ['x:2', 'x:404'] }, dashboard),
    ).toMatchObject({ ok: true, removed: 1, campaign: { postKeys: ['x:1', 'x:3'], updatedAt: T0 + 5000 } });
    expect((await stored())[0]).toMatchObject({
      postKeys: ['x:1', 'x:3'],
      spend: { amountMinor: 500, currency: 'EUR' },
    });
    // Nothing of it left to remove: nothing written.
    clock.now = T0 + 6000;
    expect(await h.removePostsFromCampaign({ campaignId: 'c1', postKeys: ['x:2'] }, dashboard)).toMatchObject(
      {
        ok: true,
        removed: 0,
        campaign: { updatedAt: T0 + 5000 },
      },
    );
    expect(await h.removePostsFromCampaign({ campaignId: 'gone', postKeys: ['x:1'] }, dashboard)).toEqual({
      ok: false,
      error: 'Campaign not saved: no such campaign (it may have been deleted); reopen to see the list',
      refused: true,
    });
    const page = { id: ID, url: 'https://x.com/home', tab: { id: 1 } };
    expect(await h.removePostsFromCampaign({ campaignId: 'c1', postKeys: ['x:1'] }, page)).toMatchObject({
      ok: false,
    });
    // Any key the campaign may hold is taken (matched exactly; see campaign-remove-stored-keys.test.ts),
    // but not what no campaign holds.
    expect(await h.removePostsFromCampaign({ campaignId: 'c1', postKeys: [42] }, dashboard)).toMatchObject({
      ok: false,
      refused: true,
    });
    expect((await stored())[0]!.postKeys).toEqual(['x:1', 'x:3']);
  });
});
