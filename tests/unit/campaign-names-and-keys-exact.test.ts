// @vitest-environment node
// A campaign's name and posts are kept exactly as given, or refused with a message: never trimmed,
// never merged in silence.
import { formValues, readCampaignForm } from '@/lib/campaigns/form';
import { checkCampaignInput } from '@/lib/campaigns/validate';
import { closeDb, getDb } from '@/lib/store/db';
import { campaignHandlers, dashboard, MARCH_CAMPAIGN } from './fixtures/campaign-handlers';
import { freshIndexedDb } from './recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

describe('a campaign name', () => {
  it('is kept with its spaces by the check and the background', async () => {
    const checked = checkCampaignInput({ ...MARCH_CAMPAIGN, name: '  Spring  ' });
    expect(checked).toMatchObject({ ok: true, value: { name: '  Spring  ' } });
    const { h } = campaignHandlers();
    const saved = await h.saveCampaign({ ...MARCH_CAMPAIGN, name: '  Spring  ' }, dashboard);
    expect(saved).toMatchObject({ ok: true, campaign: { name: '  Spring  ' } });
    expect((await (await getDb()).getAll('campaigns')).map((c) => c.name)).toEqual(['  Spring  ']);
  });

  it('is kept with its spaces by the form', () => {
    const v = { ...formValues(null, '2025-03-01', 'EUR', 'en-US'), name: '  Spring  ' };
    const read = readCampaignForm(v, { postKeys: [] }, 'en-US');
    expect(read).toMatchObject({ ok: true, input: { name: '  Spring  ' } });
  });

  it('of only spaces is still refused, with what and why', () => {
    expect(checkCampaignInput({ ...MARCH_CAMPAIGN, name: '   ' })).toEqual({
      ok: false,
      error: 'name: give the campaign a name',
    });
  });
});

describe("a campaign's post keys", () => {
  it('given twice are refused, naming the key, not merged into one', async () => {
    const checked = checkCampaignInput({ ...MARCH_CAMPAIGN, postKeys: ['x:1', 'x:2', 'x:1'] });
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.error).toBe('postKeys[2]: "x:1" is listed twice (also postKeys[0])');
    const { h } = campaignHandlers();
    const saved = await h.saveCampaign({ ...MARCH_CAMPAIGN, postKeys: ['x:1', 'x:1'] }, dashboard);
    expect(saved.ok).toBe(false);
    expect(await (await getDb()).getAll('campaigns')).toEqual([]);
  });
});
