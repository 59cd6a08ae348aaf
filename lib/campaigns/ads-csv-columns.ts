// The columns of an ads manager's daily export (Meta, Google, Microsoft, LinkedIn, TikTok…) and
// the first guess of which header name is which. Separate from the reading of cells and rows: the
// header is all it looks at, and the user can change every guess before a row is read.
import { isCurrencyCode } from './money';

/** What a column of the file can be; the last five are campaign inputs of the same name. */
export const ADS_COLUMNS = [
  'date',
  'endDate',
  'campaign',
  'currency',
  'spend',
  'revenue',
  'clicks',
  'impressions',
  'conversions',
] as const;
export type AdsColumn = (typeof ADS_COLUMNS)[number];
export const ADS_VALUES = ['spend', 'revenue', 'clicks', 'impressions', 'conversions'] as const;
export type AdsValue = (typeof ADS_VALUES)[number];
/** Each target's column index in the header, or null when the file has none for it. */
export type AdsMapping = Record<AdsColumn, number | null>;

/**
 * Column names in Meta, Google, Microsoft, LinkedIn and TikTok exports, preferred first (Microsoft
 * Advertising's reports name their columns as its API does: TimePeriod, CampaignName). Matched
 * against a file's header (data, not words shown), so they stay in English whatever the user's language.
 */
const NAMES: Record<AdsColumn, string[]> = {
  date: [
    'date',
    'day',
    'reporting starts',
    'start date',
    'start date (in utc)',
    'by day',
    'stat time day',
    'timeperiod',
    'gregoriandate',
  ],
  endDate: ['reporting ends', 'end date', 'end date (in utc)'],
  campaign: ['campaign name', 'campaign', 'campaignname'],
  currency: ['currency', 'currency code', 'account currency', 'currencycode'],
  spend: ['amount spent', 'spend', 'cost', 'total spent', 'total cost', 'spent'],
  revenue: [
    'purchase conversion value',
    'purchases conversion value',
    'website purchases conversion value',
    'conv. value',
    'conversion value',
    'total conversion value',
    'revenue',
  ],
  clicks: ['link clicks', 'clicks', 'clicks (destination)', 'clicks (all)'],
  impressions: ['impressions', 'impr.', 'impr', 'paid impressions'],
  conversions: ['conversions', 'results', 'conv.', 'total conversions'],
};

/** "Amount spent (EUR)" → "amount spent": the currency suffix is read by headerCurrency. */
const normalise = (h: string) =>
  h
    .replace(/\s*\([A-Z]{3}\)\s*$/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');

/** A first mapping from the header's names (case-insensitive); the user can change each one. */
export function guessAdsMapping(header: readonly string[]): AdsMapping {
  const names = header.map(normalise);
  const taken = new Set<number>();
  const mapping = {} as AdsMapping;
  for (const target of ADS_COLUMNS) {
    let at: number | null = null;
    for (const n of NAMES[target]) {
      const i = names.findIndex((x, j) => x === n && !taken.has(j));
      if (i >= 0) {
        at = i;
        break;
      }
    }
    if (at !== null) taken.add(at);
    mapping[target] = at;
  }
  return mapping;
}

/** The currency code a column's name states, e.g. "Amount spent (EUR)"; null when none. */
export function columnCurrency(name: string): string | null {
  const m = /\(([A-Z]{3})\)\s*$/.exec(name);
  return m && isCurrencyCode(m[1]) ? m[1]! : null;
}

/** The code a money column's name states, e.g. "Amount spent (EUR)"; null when none or several. */
export function headerCurrency(header: readonly string[], mapping: AdsMapping): string | null {
  const codes = new Set<string>();
  for (const v of ['spend', 'revenue'] as const) {
    const code = mapping[v] === null ? null : columnCurrency(header[mapping[v]!] ?? '');
    if (code) codes.add(code);
  }
  return codes.size === 1 ? [...codes][0]! : null;
}
