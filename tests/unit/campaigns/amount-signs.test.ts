// @vitest-environment node

// Campaign amounts as PostLens shows them and as people type them (lib/campaigns/money.ts).

import { type Campaign, campaignInputs, formatMoney, parseAmount, readCampaignForm } from '@/lib/campaigns';
import type { CampaignFormValues } from '@/lib/campaigns/form';
import { NO_OUTCOMES } from '../fixtures/campaign';

const EMPTY: CampaignFormValues = {
  name: 'Spring',
  start: '2025-03-01',
  end: '2025-03-31',
  currency: 'EUR',
  spend: '',
  revenue: '',
  leadValue: '',
  averageOrderValue: '',
  lifetimeValue: '',
  leads: '',
  clicks: '',
  conversions: '',
  impressions: '',
  reach: '',
  videoCompletions: '',
  mentions: '',
  directMessages: '',
  csat: '',
  nps: '',
};

describe('an amount written with a currency sign whose name holds a no-break space', () => {
  // Intl (CLDR) names the West African CFA franc "F CFA" and, in Canadian French, the US dollar
  // "$ US", each with a no-break space inside: PostLens shows such amounts so ("F CFA 1,234",
  // "1 234,56 $ US"), and a person types the sign with an ordinary space. Both are amounts.
  it.each<[string, string, string, number]>([
    ['F CFA 1,234', 'XOF', 'en-US', 1234],
    ['5 000 F CFA', 'XOF', 'fr-FR', 5000],
    ['1 234,56 $ US', 'USD', 'fr-CA', 123_456],
    ['12,50 $ AU', 'AUD', 'fr-CA', 1250],
  ])('reads %j (%s, %s) as the amount it says', (text, currency, locale, amountMinor) => {
    expect(parseAmount(text, currency, locale)).toEqual({ ok: true, amountMinor });
  });

  it.each<[number, string, string]>([
    [123_456, 'USD', 'fr-CA'],
    [1_234, 'XOF', 'en-US'],
    [5_000, 'XOF', 'fr-FR'],
  ])('reads back what formatMoney shows for %d %s in %s', (amountMinor, currency, locale) => {
    const shown = formatMoney({ amountMinor, currency }, locale);
    expect(parseAmount(shown, currency, locale)).toEqual({ ok: true, amountMinor });
  });
});

describe('NPS written with its plus sign', () => {
  // The campaign view shows a positive NPS as "+32" (campaignInputs), the way NPS is written; the
  // form's field for it takes −100…100, so "+32" is 32, not '"+32" is not a number'.
  it('shows a positive NPS with a plus sign', () => {
    const c: Campaign = {
      id: 'c',
      name: 'Spring',
      postKeys: [],
      start: '2025-03-01',
      end: '2025-03-31',
      ...NO_OUTCOMES,
      nps: 32,
      createdAt: 0,
      updatedAt: 0,
    };
    expect(campaignInputs(c, 'en-US').find((i) => i.id === 'nps')!.display).toBe('+32');
  });

  it.each<[string, string, number]>([
    ['+32', 'en-US', 32],
    ['+ 32', 'en-US', 32],
    ['+12,5', 'de-DE', 12.5],
  ])('reads %j (%s) as %d', (nps, locale, value) => {
    const r = readCampaignForm({ ...EMPTY, nps }, { postKeys: [] }, locale);
    expect(r).toMatchObject({ ok: true, input: { nps: value } });
  });

  it.each<[string, string]>([
    ['+-5', '"+-5" is not a number: use digits, like 1234.50'],
    ['++5', '"++5" is not a number: use digits, like 1234.50'],
  ])('still refuses %j', (nps, error) => {
    expect(readCampaignForm({ ...EMPTY, nps }, { postKeys: [] }, 'en-US')).toEqual({
      ok: false,
      errors: { nps: error },
    });
  });
});
