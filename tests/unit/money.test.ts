// @vitest-environment node

import {
  formatCost,
  formatMoney,
  isCurrencyCode,
  MAX_AMOUNT_MINOR,
  minorDigits,
  parseAmount,
  parseDecimal,
  sumMoney,
  toDecimalString,
  toMajor,
} from '@/lib/campaigns/money';

describe('minorDigits', () => {
  it.each([
    ['JPY', 0],
    ['KRW', 0],
    ['ISK', 0],
    ['EUR', 2],
    ['USD', 2],
    ['GBP', 2],
    ['KWD', 3],
    ['BHD', 3],
    ['TND', 3],
  ])('%s has %i', (code, digits) => {
    expect(minorDigits(code)).toBe(digits);
  });
});

describe('isCurrencyCode', () => {
  it.each([
    ['EUR', true],
    ['JPY', true],
    ['KWD', true],
    ['eur', false],
    ['EURO', false],
    ['E1R', false],
    ['', false],
    ['XYZ', false],
    [42, false],
    [null, false],
  ])('%j → %s', (code, ok) => {
    expect(isCurrencyCode(code)).toBe(ok);
  });
});

describe('parseAmount', () => {
  it.each([
    // text, currency, locale, minor units
    ['1234.56', 'EUR', 'en', 123456],
    ['1234', 'EUR', 'en', 123400],
    ['0.5', 'EUR', 'en', 50],
    ['0', 'EUR', 'en', 0],
    ['1,234.56', 'USD', 'en-US', 123456],
    ['1,234', 'USD', 'en-US', 123400],
    ['1,234,567', 'USD', 'en-US', 123456700],
    ['12,5', 'EUR', 'en', 1250],
    ['1.234,56', 'EUR', 'de-DE', 123456],
    ['1.234', 'EUR', 'de-DE', 123400],
    ['12,50', 'EUR', 'de-DE', 1250],
    ['12.50', 'EUR', 'de-DE', 1250],
    ['1 234,56', 'EUR', 'fr-FR', 123456],
    ['1\u202f234,56', 'EUR', 'fr-FR', 123456],
    ["1'234.50", 'CHF', 'de-CH', 123450],
    ['1,00,000.50', 'INR', 'hi-IN', 10000050],
    ['١٬٢٣٤٫٥', 'EGP', 'ar-EG', 123450],
    ['\u200f١٢٣', 'EGP', 'ar-EG', 12300],
    ['€12.50', 'EUR', 'en', 1250],
    ['12,50 €', 'EUR', 'de-DE', 1250],
    ['EUR 12.50', 'EUR', 'en', 1250],
    ['12.50 eur', 'EUR', 'en', 1250],
    ['  99  ', 'EUR', 'en', 9900],
    ['1500', 'JPY', 'ja-JP', 1500],
    ['¥1,500', 'JPY', 'ja-JP', 1500],
    ['1.234', 'KWD', 'en', 1234],
    ['12.5', 'KWD', 'en', 12500],
    ['１２３', 'EUR', 'en', 12300],
  ])('%j %s (%s) → %i', (text, currency, locale, minor) => {
    expect(parseAmount(text, currency, locale)).toEqual({ ok: true, amountMinor: minor });
  });

  it.each([
    ['', 'EUR', 'en', /Enter an amount/],
    ['   ', 'EUR', 'en', /Enter an amount/],
    ['-5', 'EUR', 'en', /negative/],
    ['−5', 'EUR', 'en', /negative/],
    ['(5)', 'EUR', 'en', /negative/],
    ['12.345', 'EUR', 'en', /at most 2 decimals/],
    ['1,234', 'EUR', 'de-DE', /at most 2 decimals/],
    ['1500.5', 'JPY', 'ja-JP', /no decimals/],
    ['1.2345', 'KWD', 'en', /at most 3 decimals/],
    ['abc', 'EUR', 'en', /not an amount/],
    ['12abc', 'EUR', 'en', /not an amount/],
    ['$12', 'EUR', 'en', /not an amount/],
    ['1e5', 'EUR', 'en', /not an amount/],
    ['12.', 'EUR', 'en', /not an amount/],
    ['1,23,4', 'USD', 'en', /ambiguous/],
    ['1.2.3', 'EUR', 'en', /ambiguous/],
    ['12 50', 'EUR', 'en', /ambiguous/],
    ['1,234.5.6', 'EUR', 'en', /ambiguous/],
    ['10000000000000000', 'EUR', 'en', /too large/],
    ['12', 'XYZ', 'en', /not a currency code/],
    ['12', 'eur', 'en', /not a currency code/],
  ])('refuses %j %s (%s)', (text, currency, locale, error) => {
    const r = parseAmount(text, currency, locale);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(error);
  });

  it('accepts the largest amount and no more', () => {
    expect(parseAmount(String(MAX_AMOUNT_MINOR / 100), 'EUR', 'en')).toEqual({
      ok: true,
      amountMinor: MAX_AMOUNT_MINOR,
    });
    expect(parseAmount(`${MAX_AMOUNT_MINOR / 100}.01`, 'EUR', 'en').ok).toBe(false);
  });
});

describe('parseDecimal', () => {
  const rules = { digits: 1, tooPrecise: 'one decimal at most', negative: true };
  it.each([
    ['87.5', 'en-US', 875],
    ['87,5', 'de-DE', 875],
    ['-12', 'en-US', -120],
    ['−12', 'en-US', -120],
    ['- 3.5', 'en-US', -35],
    ['1,000', 'en-US', 10000],
    ['٤٢', 'ar-EG', 420],
  ])('%j (%s) → %i tenths', (text, locale, scaled) => {
    expect(parseDecimal(text, { ...rules, locale })).toEqual({ ok: true, scaled });
  });

  it.each([
    ['87.55', { ...rules }, 'one decimal at most'],
    ['-1', { ...rules, negative: false }, 'must not be negative'],
    ['(1)', { ...rules }, '"(1)" is not a number: write a minus sign'],
    ['', { ...rules }, 'Enter a number'],
    ['5', { ...rules, max: 49 }, 'is too large'],
  ])('refuses %j', (text, r, error) => {
    expect(parseDecimal(text, { ...r, locale: 'en-US' })).toEqual({ ok: false, error });
  });
});

describe('formatting', () => {
  it.each([
    [{ amountMinor: 123456, currency: 'EUR' }, 'en-US', '€1,234.56'],
    [{ amountMinor: 1500, currency: 'JPY' }, 'en-US', '¥1,500'],
    [{ amountMinor: 1234, currency: 'KWD' }, 'en-US', 'KWD 1.234'],
    [{ amountMinor: 5, currency: 'USD' }, 'en-US', '$0.05'],
    [{ amountMinor: 123456, currency: 'EUR' }, 'de-DE', '1.234,56 €'],
  ])('formatMoney %j (%s) → %s', (m, locale, text) => {
    expect(formatMoney(m, locale).replace(/\s/g, ' ')).toBe(text);
  });

  it.each([
    [{ amountMinor: 123456, currency: 'EUR' }, '1234.56', 1234.56],
    [{ amountMinor: 5, currency: 'EUR' }, '0.05', 0.05],
    [{ amountMinor: 0, currency: 'EUR' }, '0.00', 0],
    [{ amountMinor: 1500, currency: 'JPY' }, '1500', 1500],
    [{ amountMinor: 7, currency: 'KWD' }, '0.007', 0.007],
  ])('%j is %s exactly', (m, text, major) => {
    expect(toDecimalString(m)).toBe(text);
    expect(toMajor(m)).toBeCloseTo(major, 10);
  });

  it.each([
    [0.0123, 'EUR', '€0.0123'],
    [0.5, 'EUR', '€0.50'],
    [12.345, 'EUR', '€12.35'],
    [0, 'EUR', '€0.00'],
    [0.45, 'JPY', '¥0.45'],
    [12.4, 'JPY', '¥12'],
  ])('formatCost %d %s → %s', (v, currency, text) => {
    expect(formatCost(v, currency, 'en-US')).toBe(text);
  });

  it('round-trips a formatted amount through parseAmount', () => {
    for (const [m, locale] of [
      [{ amountMinor: 123456789, currency: 'EUR' }, 'de-DE'],
      [{ amountMinor: 123456789, currency: 'USD' }, 'en-US'],
      [{ amountMinor: 123456789, currency: 'EUR' }, 'fr-FR'],
      [{ amountMinor: 987654, currency: 'JPY' }, 'ja-JP'],
      [{ amountMinor: 123456789, currency: 'INR' }, 'hi-IN'],
    ] as const) {
      expect(parseAmount(formatMoney(m, locale), m.currency, locale)).toEqual({
        ok: true,
        amountMinor: m.amountMinor,
      });
    }
  });
});

describe('sumMoney', () => {
  const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
  it.each([
    [[], { kind: 'empty' }],
    [[eur(1)], { kind: 'sum', total: eur(1) }],
    [[eur(10), eur(20), eur(70)], { kind: 'sum', total: eur(100) }],
    // Floating point would give 0.30000000000000004; minor units add exactly.
    [[eur(10), eur(20)], { kind: 'sum', total: eur(30) }],
    [
      [eur(10), { amountMinor: 5, currency: 'USD' }, { amountMinor: 1, currency: 'JPY' }],
      { kind: 'mixed', currencies: ['EUR', 'JPY', 'USD'] },
    ],
  ])('%j → %j', (items, result) => {
    expect(sumMoney(items)).toEqual(result);
  });
});
