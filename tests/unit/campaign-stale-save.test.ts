// @vitest-environment node
// Two dashboard tabs edit one campaign: the second save, made from a copy read before the first,
// is refused with a message instead of overwriting the first in silence.
import type { CampaignInput } from '@/lib/campaigns';
import { closeDb, getDb } from '@/lib/store/db';
import { campaignHandlers, dashboard, MARCH_CAMPAIGN } from './fixtures/campaign-handlers';
import { freshIndexedDb, T0 } from './recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const stored = async () => (await getDb()).getAll('campaigns');

describe('saving a campaign edited in two tabs', () => {
  it('refuses the save based on a stale copy and keeps the first edit', async () => {
    const { h, clock, warnings } = campaignHandlers();
    const created = await h.saveCampaign(MARCH_CAMPAIGN, dashboard);
    if (!created.ok) throw new Error(created.error);
    const copy = created.campaign;
    // Both tabs read `copy`. Tab A saves clicks.
    clock.now = T0 + 1000;
    const a = await h.saveCampaign(
      { ...MARCH_CAMPAIGN, id: copy.id, clicks: 800, basedOn: copy } as CampaignInput,
      dashboard,
    );
    expect(a).toMatchObject({ ok: true, campaign: { clicks: 800 } });
    // Tab B, still showing `copy`, saves leads.
    clock.now = T0 + 2000;
    const b = await h.saveCampaign(
      { ...MARCH_CAMPAIGN, id: copy.id, leads: 5, basedOn: copy } as CampaignInput,
      dashboard,
    );
    expect(b).toEqual({
      ok: false,
      error:
        'Campaign not saved: “Spring launch” was changed in another tab or window after this page read it. Reload to see the change, then edit again.',
      // Marked: the page says another tab changed it, not "try again".
      refused: true,
    });
    expect(await stored()).toMatchObject([{ clicks: 800, leads: null, updatedAt: T0 + 1000 }]);
    expect(warnings).toEqual([]);
  });

  it('saves when only the posts changed meanwhile (they are not part of the form)', async () => {
    const { h, clock } = campaignHandlers();
    const created = await h.saveCampaign(MARCH_CAMPAIGN, dashboard);
    if (!created.ok) throw new Error(created.error);
    const copy = created.campaign;
    clock.now = T0 + 1000;
    await h.addPostsToCampaign({ campaignId: copy.id, postKeys: ['x:9'] }, dashboard);
    const b = await h.saveCampaign(
      { ...MARCH_CAMPAIGN, id: copy.id, leads: 5, basedOn: copy } as CampaignInput,
      dashboard,
    );
    expect(b).toMatchObject({ ok: true, campaign: { leads: 5, postKeys: ['x:1', 'x:9'] } });
    expect(await stored()).toHaveLength(1);
    expect((await stored())[0]).not.toHaveProperty('basedOn');
  });

  it('refuses to bring back a campaign deleted in another tab', async () => {
    const { h } = campaignHandlers();
    const created = await h.saveCampaign(MARCH_CAMPAIGN, dashboard);
    if (!created.ok) throw new Error(created.error);
    await h.deleteCampaign(created.campaign.id, dashboard);
    const b = await h.saveCampaign(
      { ...MARCH_CAMPAIGN, id: created.campaign.id, leads: 5, basedOn: created.campaign } as CampaignInput,
      dashboard,
    );
    expect(b).toEqual({
      ok: false,
      error:
        'Campaign not saved: “Spring launch” was deleted in another tab or window after this page read it. Reload to see the campaigns as they are.',
      // Marked: the page says another tab changed it, not "try again".
      refused: true,
    });
    expect(await stored()).toEqual([]);
  });
});
