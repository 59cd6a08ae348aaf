// @vitest-environment node

import type { Campaign } from '@/lib/campaigns/figures';
import { type CampaignFormValues, formValues, readCampaignForm } from '@/lib/campaigns/form';
import { EMPTY_FORM, NO_OUTCOMES } from './fixtures/campaign';

const EMPTY = EMPTY_FORM;

const read = (over: Partial<CampaignFormValues>, locale = 'en-US') =>
  readCampaignForm({ ...EMPTY, ...over }, { postKeys: ['x:1'] }, locale);

it('reads empty fields as not entered (null), never 0', () => {
  expect(read({})).toEqual({
    ok: true,
    input: {
      name: 'Launch',
      postKeys: ['x:1'],
      start: '2025-03-01',
      end: '2025-03-31',
      ...NO_OUTCOMES,
    },
  });
});

it.each<[Partial<CampaignFormValues>, string, Record<string, unknown>]>([
  [
    { spend: '1,234.50', revenue: '5000' },
    'en-US',
    { spend: { amountMinor: 123_450, currency: 'EUR' }, revenue: { amountMinor: 500_000, currency: 'EUR' } },
  ],
  [{ spend: '1.234,50' }, 'de-DE', { spend: { amountMinor: 123_450, currency: 'EUR' } }],
  [{ currency: 'JPY', spend: '150,000' }, 'ja-JP', { spend: { amountMinor: 150_000, currency: 'JPY' } }],
  [{ currency: 'KWD', spend: '1.5' }, 'en-US', { spend: { amountMinor: 1500, currency: 'KWD' } }],
  [{ leads: '1,200', clicks: '0', conversions: '7' }, 'en-US', { leads: 1200, clicks: 0, conversions: 7 }],
  [{ leads: '1.200' }, 'de-DE', { leads: 1200 }],
  [{ csat: '87,5', nps: '-12' }, 'de-DE', { csat: 87.5, nps: -12 }],
  [{ nps: '−100', csat: '100' }, 'en-US', { nps: -100, csat: 100 }],
  [{ name: '  Spring  ' }, 'en-US', { name: '  Spring  ' }],
  [
    { leadValue: '12.50', averageOrderValue: '€80', lifetimeValue: '1,200' },
    'en-US',
    {
      leadValue: { amountMinor: 1_250, currency: 'EUR' },
      averageOrderValue: { amountMinor: 8_000, currency: 'EUR' },
      lifetimeValue: { amountMinor: 120_000, currency: 'EUR' },
    },
  ],
  [
    { currency: 'JPY', lifetimeValue: '15000' },
    'en-US',
    { lifetimeValue: { amountMinor: 15_000, currency: 'JPY' } },
  ],
  [
    { impressions: '1.200.000', reach: '0', videoCompletions: '4.321' },
    'de-DE',
    { impressions: 1_200_000, reach: 0, videoCompletions: 4_321 },
  ],
  [{ mentions: '12', directMessages: '0' }, 'en-US', { mentions: 12, directMessages: 0 }],
  [{ impressions: '10000000000000' }, 'en-US', { impressions: 10_000_000_000_000 }],
])('reads %j in %s', (over, locale, expected) => {
  const r = read(over, locale);
  expect(r.ok).toBe(true);
  if (r.ok) expect(r.input).toMatchObject(expected);
});

it.each<[Partial<CampaignFormValues>, Record<string, string>]>([
  [{ name: ' ' }, { name: 'Give the campaign a name' }],
  [{ start: '' }, { start: 'Choose the first day' }],
  [{ end: '2025-02-01' }, { end: 'The last day is before the first' }],
  [{ start: '2000-01-01', end: '2025-01-01' }, { end: 'A campaign lasts at most 3,660 days' }],
  [{ currency: 'XYZ', spend: '5' }, { currency: 'Choose a currency' }],
  [{ spend: '-5' }, { spend: 'The amount must not be negative' }],
  [{ spend: '12.345' }, { spend: 'EUR amounts have at most 2 decimals' }],
  [{ revenue: 'lots' }, { revenue: '"lots" is not an amount: use digits, like 1234.50' }],
  [{ clicks: '-1' }, { clicks: 'Clicks must not be negative' }],
  [{ leads: '2.5' }, { leads: 'Leads must be a whole number' }],
  [{ conversions: 'ten' }, { conversions: '"ten" is not a number: use digits, like 1234.50' }],
  [{ csat: '101' }, { csat: 'CSAT must be between 0 and 100' }],
  [{ csat: '-1' }, { csat: 'CSAT must not be negative' }],
  [{ csat: '87.55' }, { csat: 'CSAT takes at most 1 decimal' }],
  [{ nps: '-101' }, { nps: 'NPS must be between -100 and 100' }],
  [{ impressions: '2.5' }, { impressions: 'Paid impressions must be a whole number' }],
  [{ reach: '-3' }, { reach: 'Reach must not be negative' }],
  [{ videoCompletions: '1e6' }, { videoCompletions: '"1e6" is not a number: use digits, like 1234.50' }],
  [{ mentions: 'Infinity' }, { mentions: '"Infinity" is not a number: use digits, like 1234.50' }],
  [
    { directMessages: '10000000000001' },
    { directMessages: 'Direct messages must be between 0 and 10,000,000,000,000' },
  ],
  [{ leadValue: '-1' }, { leadValue: 'The amount must not be negative' }],
  [{ averageOrderValue: '9.999' }, { averageOrderValue: 'EUR amounts have at most 2 decimals' }],
  [{ lifetimeValue: '100000000000000' }, { lifetimeValue: 'The amount is too large' }],
  [
    { clicks: '-1', nps: '200', name: '' },
    {
      name: 'Give the campaign a name',
      clicks: 'Clicks must not be negative',
      nps: 'NPS must be between -100 and 100',
    },
  ],
])('refuses %j', (over, errors) => {
  expect(read(over)).toEqual({ ok: false, errors });
});

it('fills the form from a campaign, money as exact decimals, and back again', () => {
  const c: Campaign = {
    id: 'c1',
    name: 'Launch',
    postKeys: ['x:1'],
    start: '2025-03-01',
    end: '2025-03-31',
    spend: { amountMinor: 1234, currency: 'KWD' },
    revenue: { amountMinor: 5, currency: 'KWD' },
    leads: 3,
    clicks: null,
    conversions: 0,
    csat: 87.5,
    nps: -4,
    leadValue: { amountMinor: 2_500, currency: 'KWD' },
    averageOrderValue: null,
    lifetimeValue: { amountMinor: 100_000, currency: 'KWD' },
    impressions: 0,
    reach: 10_000_000_000_000,
    videoCompletions: null,
    mentions: 5,
    directMessages: 0,
    createdAt: 1,
    updatedAt: 2,
  };
  const values = formValues(c, '2025-01-01', 'EUR');
  expect(values).toMatchObject({
    currency: 'KWD',
    spend: '1.234',
    revenue: '0.005',
    clicks: '',
    conversions: '0',
    leadValue: '2.500',
    averageOrderValue: '',
    lifetimeValue: '100.000',
    impressions: '0',
    reach: '10000000000000',
    videoCompletions: '',
    mentions: '5',
    directMessages: '0',
  });
  const back = readCampaignForm(values, { id: c.id, postKeys: c.postKeys }, 'en-US');
  const { createdAt: _c, updatedAt: _u, ...input } = c;
  expect(back).toEqual({ ok: true, input });
});

it('starts a new campaign today for 30 days in the given currency', () => {
  expect(formValues(null, '2025-01-15', 'JPY')).toMatchObject({
    name: '',
    start: '2025-01-15',
    end: '2025-02-13',
    currency: 'JPY',
    spend: '',
  });
});

// The background's check refuses a name past CAMPAIGN_LIMITS.name (200) characters: said at the field,
// with both lengths, before any save is sent (the save was refused every time).
it.each([
  [200, 'a', null],
  [201, 'a', 'A campaign name has at most 200 characters; this one has 201.'],
  [1000, 'é', 'A campaign name has at most 200 characters; this one has 1,000.'],
])('a name of %i %j: its field error is %j', (length, char, error) => {
  const out = read({ name: char.repeat(length) });
  if (error === null) expect(out.ok).toBe(true);
  else expect(out).toEqual({ ok: false, errors: { name: error } });
});
