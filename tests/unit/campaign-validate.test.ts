// @vitest-environment node

import { checkCampaignInput } from '@/lib/campaigns/validate';
import { NO_OUTCOMES } from './fixtures/campaign';

const VALID = {
  name: '  Spring launch  ',
  postKeys: ['x:1', 'reddit:t3_abc'],
  start: '2025-03-01',
  end: '2025-03-31',
  spend: { amountMinor: 50_000, currency: 'EUR' },
  revenue: { amountMinor: 125_000, currency: 'EUR' },
  leads: 40,
  clicks: 800,
  conversions: 20,
  csat: 87.5,
  nps: -12,
};

// The name is kept exactly, spaces too; a key given twice is refused (review-campaigns-names-and-keys).
it('keeps a valid campaign exactly, extra fields dropped', () => {
  const r = checkCampaignInput({ ...VALID, evil: '<script>', createdAt: 5 });
  // VALID has none of the later inputs (lead value, impressions…): they come back not entered.
  expect(r).toEqual({
    ok: true,
    value: { ...NO_OUTCOMES, ...VALID },
  });
});

it.each([
  ['an id', { id: 'abc-123_X' }, { id: 'abc-123_X' }],
  [
    'no money and no outcomes',
    { spend: null, revenue: null, leads: null, clicks: null, conversions: null, csat: null, nps: null },
    {},
  ],
  [
    'missing optional fields',
    { spend: undefined, revenue: undefined, csat: undefined, nps: undefined },
    { spend: null, revenue: null, csat: null, nps: null },
  ],
  ['revenue without spend, any currency', { spend: null, revenue: { amountMinor: 1, currency: 'JPY' } }, {}],
  ['a one-day period', { start: '2025-03-01', end: '2025-03-01' }, {}],
  ['zero spend', { spend: { amountMinor: 0, currency: 'USD' }, revenue: null }, {}],
  ['NPS at its bounds', { nps: -100, csat: 0 }, {}],
  ['no posts yet', { postKeys: [] }, {}],
])('accepts %s', (_why, over, expected) => {
  const r = checkCampaignInput({ ...VALID, ...over });
  expect(r.ok).toBe(true);
  if (r.ok) expect(r.value).toMatchObject(expected);
});

it.each([
  ['no name', { name: '   ' }, /name: give the campaign a name/],
  ['a long name', { name: 'x'.repeat(201) }, /name: longer than 200/],
  [
    'a bad currency code',
    { spend: { amountMinor: 1, currency: 'EURO' } },
    /spend.currency: "EURO" is not an ISO 4217 code/,
  ],
  [
    'a lower-case code',
    { spend: { amountMinor: 1, currency: 'eur' }, revenue: null },
    /not an ISO 4217 code/,
  ],
  ['an unknown code', { spend: { amountMinor: 1, currency: 'XYZ' }, revenue: null }, /not an ISO 4217 code/],
  ['negative spend', { spend: { amountMinor: -1, currency: 'EUR' } }, /spend: must not be negative/],
  [
    'fractional minor units',
    { spend: { amountMinor: 1.5, currency: 'EUR' } },
    /spend: the amount must be whole minor units/,
  ],
  ['a huge amount', { revenue: { amountMinor: 1e16, currency: 'EUR' } }, /revenue: the amount is too large/],
  ['money as a number', { spend: 12.5 }, /spend: must be an amount and a currency/],
  [
    'revenue in another currency',
    { revenue: { amountMinor: 1, currency: 'USD' } },
    /revenue: must be in the spend's currency \(EUR\), not USD/,
  ],
  ['negative leads', { leads: -1 }, /leads: must not be negative/],
  ['negative clicks', { clicks: -5 }, /clicks: must not be negative/],
  ['negative conversions', { conversions: -5 }, /conversions: must not be negative/],
  ['fractional clicks', { clicks: 1.5 }, /clicks: must be a whole number/],
  ['clicks as text', { clicks: '800' }, /clicks: must be a number or empty/],
  ['NaN leads', { leads: Number.NaN }, /leads: must be a number or empty/],
  ['CSAT above 100', { csat: 101 }, /csat: must be at most 100/],
  ['negative CSAT', { csat: -1 }, /csat: must not be negative/],
  ['NPS below −100', { nps: -101 }, /nps: must be at least -100/],
  ['an impossible day', { start: '2025-02-30' }, /start: must be a day/],
  ['a timestamp for a day', { end: '2025-03-31T00:00:00Z' }, /end: must be a day/],
  ['an end before the start', { start: '2025-04-01', end: '2025-03-01' }, /the period ends before it starts/],
  ['a period over ten years', { start: '2000-01-01', end: '2025-01-01' }, /at most 3,660 days/],
  ['post keys not a list', { postKeys: 'x:1' }, /postKeys: must be a list/],
  ['an unknown platform', { postKeys: ['myspace:1'] }, /"myspace:1" is not a post key/],
  ['a key without an id', { postKeys: ['x:'] }, /is not a post key/],
  ['a key that is no string', { postKeys: [42] }, /postKeys\[0\]: must be a post key/],
  ['too many posts', { postKeys: Array.from({ length: 5001 }, (_, i) => `x:${i}`) }, /at most 5,000 posts/],
  ['a bad id', { id: 'a/b' }, /id: must be/],
])('refuses %s', (_why, over, error) => {
  const r = checkCampaignInput({ ...VALID, ...over });
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error).toMatch(error);
});

it('reports several problems at once', () => {
  const r = checkCampaignInput({ ...VALID, name: '', clicks: -1, nps: 500 });
  expect(r).toEqual({
    ok: false,
    error: 'name: give the campaign a name; clicks: must not be negative; nps: must be at most 100',
  });
});

it.each([null, 'campaign', 42, []])('refuses %j as a campaign', (v) => {
  expect(checkCampaignInput(v)).toEqual({ ok: false, error: 'a campaign must be an object' });
});
