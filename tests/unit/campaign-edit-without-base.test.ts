// @vitest-environment node
// saveCampaign with a campaign's id but without `basedOn` (the copy the edit started from): every
// page sends basedOn with an edit, so such a save comes from a stale page or a bug, and writing it
// would overwrite whatever another tab saved meanwhile. It is refused, saying to reload; a new
// campaign (no id) and an edit with its basedOn still save.
import type { CampaignInput } from '@/lib/campaigns';
import { closeDb, getDb } from '@/lib/store/db';
import { campaignHandlers, dashboard, MARCH_CAMPAIGN } from './fixtures/campaign-handlers';
import { freshIndexedDb, T0 } from './recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const stored = async () => (await getDb()).getAll('campaigns');

const REFUSED =
  'Campaign not saved: the edit of “Spring launch” came without the copy it was made from, so it could overwrite a change made in another tab or window. Reload the page, then edit again.';

describe('an edit sent without the copy it started from', () => {
  it('is refused and keeps the edit another tab saved', async () => {
    const { h, clock, warnings } = campaignHandlers();
    const created = await h.saveCampaign(MARCH_CAMPAIGN, dashboard);
    if (!created.ok) throw new Error(created.error);
    const copy = created.campaign;
    // Tab A saves clicks, as the form does (with basedOn).
    clock.now = T0 + 1000;
    const a = await h.saveCampaign(
      { ...MARCH_CAMPAIGN, id: copy.id, clicks: 800, basedOn: copy } as CampaignInput,
      dashboard,
    );
    expect(a).toMatchObject({ ok: true, campaign: { clicks: 800 } });
    // A stale page saves leads over the same id without basedOn.
    clock.now = T0 + 2000;
    const b = await h.saveCampaign({ ...MARCH_CAMPAIGN, id: copy.id, leads: 5 }, dashboard);
    // Marked: the page says to reload, not "try again" (nor a storage warning: storage did not fail).
    expect(b).toEqual({ ok: false, error: REFUSED, refused: true, reason: 'noBase' });
    expect(await stored()).toMatchObject([{ clicks: 800, leads: null, updatedAt: T0 + 1000 }]);
    expect(warnings).toEqual([]);
  });

  it('does not bring back a deleted campaign under its id either', async () => {
    const { h } = campaignHandlers();
    const created = await h.saveCampaign(MARCH_CAMPAIGN, dashboard);
    if (!created.ok) throw new Error(created.error);
    await h.deleteCampaign(created.campaign.id, dashboard);
    const b = await h.saveCampaign({ ...MARCH_CAMPAIGN, id: created.campaign.id, leads: 5 }, dashboard);
    expect(b).toEqual({ ok: false, error: REFUSED, refused: true, reason: 'noBase' });
    expect(await stored()).toEqual([]);
  });

  it('still saves a new campaign (no id) and an edit with its basedOn', async () => {
    const { h, clock } = campaignHandlers();
    const created = await h.saveCampaign(MARCH_CAMPAIGN, dashboard);
    expect(created).toMatchObject({ ok: true, campaign: { id: 'c1', name: 'Spring launch' } });
    if (!created.ok) throw new Error(created.error);
    clock.now = T0 + 1000;
    const edited = await h.saveCampaign(
      { ...MARCH_CAMPAIGN, id: 'c1', leads: 5, basedOn: created.campaign } as CampaignInput,
      dashboard,
    );
    expect(edited).toMatchObject({ ok: true, campaign: { id: 'c1', leads: 5, updatedAt: T0 + 1000 } });
    expect(await stored()).toMatchObject([{ id: 'c1', leads: 5 }]);
  });
});
