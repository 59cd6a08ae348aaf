// @vitest-environment node

// Editing a campaign and saving it unchanged keeps every amount exactly.
import { type Campaign, formValues, readCampaignForm } from '@/lib/campaigns';
import { NO_OUTCOMES } from '../fixtures/campaign';

const kwd = (amountMinor: number) => ({ amountMinor, currency: 'KWD' });

const c: Campaign = {
  id: 'c1',
  name: 'Kuwait',
  postKeys: ['x:1'],
  start: '2025-03-01',
  end: '2025-03-31',
  ...NO_OUTCOMES,
  // 1.500 KWD spent, 12.345 KWD revenue, 250.000 KWD per lead: three decimals, as KWD has.
  spend: kwd(1500),
  revenue: kwd(12_345),
  leadValue: kwd(250_000),
  createdAt: 1,
  updatedAt: 2,
};

it.each(['de-DE', 'fr-FR', 'en-US'])('an edit saved unchanged in %s keeps KWD amounts exact', (locale) => {
  const values = formValues(c, '2025-01-01', 'EUR', locale);
  const back = readCampaignForm(values, { id: c.id, postKeys: c.postKeys }, locale);
  expect(
    back.ok && { spend: back.input.spend, revenue: back.input.revenue, leadValue: back.input.leadValue },
  ).toEqual({
    spend: kwd(1500),
    revenue: kwd(12_345),
    leadValue: kwd(250_000),
  });
});
