// An ads manager's daily export (Meta, Google, LinkedIn, TikTok…) read into a campaign's inputs.
// Pure: papaparse and Intl only. Nothing is guessed: a date or amount that reads two ways is
// refused until the user says which convention the file uses, and every refused cell is reported
// with its row, column and reason. The page applies the totals only when no cell was refused.
import Papa from 'papaparse';
import { type Campaign, MONEY_INPUTS, moneyInput } from './campaign';
import { isIsoDay } from './dates';
import { isCurrencyCode, MAX_AMOUNT_MINOR, type Money, minorDigits } from './money';
import { CAMPAIGN_LIMITS } from './validate';

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

export interface AdsTable {
  header: string[];
  /** Every record of the file, header and any title lines above it included. */
  rows: string[][];
  /** Index of the header in rows (0-based); rows below it are data. */
  headerIndex: number;
  delimiter: string;
}

/** Large enough for years of daily rows per campaign; beyond it the page would freeze. */
export const MAX_ADS_ROWS = 100_000;

/** The text of a file's bytes: UTF-8, or UTF-16 as Google Ads' "Excel CSV" is; never a guess. */
export function decodeAdsFile(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: string } {
  const [a, b] = bytes;
  const encoding = a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : 'utf-8';
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: 'The file is not UTF-8 text: save it as "CSV UTF-8" and choose it again' };
  }
}

/** The delimiter that gives the most rows of one width (ties: tab, then semicolon, then comma). */
function guessDelimiter(text: string): string {
  let best = ',';
  let bestScore = 0;
  for (const d of ['\t', ';', ',']) {
    const widths = new Map<number, number>();
    for (const r of Papa.parse<string[]>(text, { delimiter: d, preview: 30 }).data)
      if (r.length > 1) widths.set(r.length, (widths.get(r.length) ?? 0) + 1);
    const score = Math.max(0, ...widths.values());
    if (score > bestScore) [best, bestScore] = [d, score];
  }
  return best;
}

export function parseAdsCsv(text: string): { ok: true; table: AdsTable } | { ok: false; error: string } {
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') return { ok: false, error: 'The file is empty' };
  const delimiter = guessDelimiter(clean);
  const parsed = Papa.parse<string[]>(clean, { delimiter });
  // An unclosed quote swallows the rest of the file into one cell: no row after it can be trusted.
  const quote = parsed.errors.find((e) => e.type === 'Quotes');
  if (quote) return { ok: false, error: `Row ${(quote.row ?? 0) + 1}: a quoted cell is never closed` };
  const rows = parsed.data;
  if (rows.length > MAX_ADS_ROWS) return { ok: false, error: `The file has more than ${MAX_ADS_ROWS} rows` };
  // Google Ads puts the report's title and date range above the header.
  const found = rows.slice(0, 10).findIndex((r) => {
    const m = guessAdsMapping(r);
    return m.date !== null && ADS_VALUES.some((v) => m[v] !== null);
  });
  const headerIndex = found >= 0 ? found : rows.findIndex((r) => r.some((c) => c.trim() !== ''));
  return {
    ok: true,
    table: { header: rows[headerIndex]!.map((h) => h.trim()), rows, headerIndex, delimiter },
  };
}

/** Column names in Meta, Google, Microsoft, LinkedIn and TikTok exports, preferred first. */
const NAMES: Record<AdsColumn, string[]> = {
  date: ['date', 'day', 'reporting starts', 'start date', 'start date (in utc)', 'by day', 'stat time day'],
  endDate: ['reporting ends', 'end date', 'end date (in utc)'],
  campaign: ['campaign name', 'campaign'],
  currency: ['currency', 'currency code', 'account currency'],
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

/** The code a money column's name states, e.g. "Amount spent (EUR)"; null when none or several. */
export function headerCurrency(header: readonly string[], mapping: AdsMapping): string | null {
  const codes = new Set<string>();
  for (const v of ['spend', 'revenue'] as const) {
    const m = mapping[v] === null ? null : /\(([A-Z]{3})\)\s*$/.exec(header[mapping[v]!] ?? '');
    if (m && isCurrencyCode(m[1])) codes.add(m[1]);
  }
  return codes.size === 1 ? [...codes][0]! : null;
}

const isBlank = (r: readonly string[]) => r.every((c) => c.trim() === '');
/** Google's "Total: Account" rows: a cell starting with "Total" and no day. */
const isSummary = (r: readonly string[], date: string) =>
  !/^\d/.test(date) && r.some((c) => /^totals?\b/i.test(c.trim()));

/** The campaign names in the file's data rows with how many rows each has, in file order. */
export function adsCampaignNames(
  table: AdsTable,
  mapping: AdsMapping,
): Array<{ name: string; rows: number }> {
  const counts = new Map<string, number>();
  if (mapping.campaign === null) return [];
  for (const r of table.rows.slice(table.headerIndex + 1)) {
    const date = mapping.date === null ? '' : (r[mapping.date] ?? '').trim();
    if (isBlank(r) || isSummary(r, date)) continue;
    const name = (r[mapping.campaign] ?? '').trim();
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].map(([name, rows]) => ({ name, rows }));
}

export type DateOrder = 'dmy' | 'mdy';
export type DecimalMark = '.' | ',';
/** Which choice would settle an error: the page offers it. */
export type AdsNeed = 'dateOrder' | 'decimalMark' | 'emptyAsZero';
export interface AdsRowError {
  /** 1-based record number, the header's row counted, as a spreadsheet numbers rows. */
  row: number;
  column: string;
  value: string;
  reason: string;
  need?: AdsNeed;
}
type Read<T> = { ok: true; value: T } | { ok: false; reason: string; need?: AdsNeed };

const pad = (n: string) => n.padStart(2, '0');

function readDay(text: string, order: DateOrder | null): Read<string> {
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]00:00(?::00)?)?$/.exec(text);
  const local = /^(\d{1,2})([/.-])(\d{1,2})\2(\d+)$/.exec(text);
  let day: string;
  if (iso) day = `${iso[1]}-${pad(iso[2]!)}-${pad(iso[3]!)}`;
  else if (local) {
    const [, p, , q, year] = local as unknown as [string, string, string, string, string];
    if (year.length !== 4)
      return { ok: false, reason: 'a two-digit year is not read: export the year in full' };
    const dmy = `${year}-${pad(q)}-${pad(p)}`;
    const mdy = `${year}-${pad(p)}-${pad(q)}`;
    if (order === null) {
      const only =
        isIsoDay(dmy) === isIsoDay(mdy) ? '' : ` (it only reads ${isIsoDay(dmy) ? 'day' : 'month'} first)`;
      return {
        ok: false,
        reason: `day and month order unknown: choose the file's date order${only}`,
        need: 'dateOrder',
      };
    }
    day = order === 'dmy' ? dmy : mdy;
  } else return { ok: false, reason: 'not a date: use YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY' };
  return isIsoDay(day) ? { ok: true, value: day } : { ok: false, reason: 'not a day of the calendar' };
}

/** Grouping where a person would put it: 1,234,567 or 12,34,567, never 1,23. */
function groupsValid(intPart: string, group: string): boolean {
  const parts = intPart.split(group);
  if (parts.length === 1) return true;
  const [first, ...rest] = parts;
  const last = rest.pop()!;
  return /^[1-9]\d{0,2}$/.test(first!) && /^\d{3}$/.test(last) && rest.every((p) => /^\d{2,3}$/.test(p));
}

interface NumberRules {
  digits: number;
  /** A count: no decimals by nature, so "1,234" can only be grouping. */
  count: boolean;
  mark: DecimalMark | null;
  max: number;
  /** Currency code and symbols that may stand before or after an amount. */
  symbols: readonly string[];
  /** Said when there are more decimals than digits. */
  tooPrecise: string;
}

const other = (m: DecimalMark): DecimalMark => (m === '.' ? ',' : '.');

/** The decimal mark a cell shows without the user's choice, or null when it reads two ways. */
function cellMark(s: string, count: boolean): DecimalMark | null {
  const last = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
  if (last < 0) return '.';
  const sep = s[last] as DecimalMark;
  if (s.includes(other(sep))) return sep; // 1,234.56 and 1.234,56: the last mark is the decimal
  if (s.split(sep).length > 2) return other(sep); // 1,234,567: a decimal mark appears once
  // "1,234" is 1234, or 1.234 from a tool that keeps more decimals than the currency: ambiguous.
  // A count has no decimals, so for a count only grouping reads; "0,123" is never grouped.
  if (!/^\d{3}$/.test(s.slice(last + 1)) || s.slice(0, last) === '0') return sep;
  return count ? other(sep) : null;
}

/** A cell as an integer scaled by 10^digits; refuses what it would have to guess. */
function readNumber(text: string, rules: NumberRules): Read<number> {
  let s = text.normalize('NFKC');
  for (const sym of rules.symbols)
    if (s.startsWith(sym)) s = s.slice(sym.length).trim();
    else if (s.endsWith(sym)) s = s.slice(0, -sym.length).trim();
  if (/^[-−(]/.test(s)) return { ok: false, reason: 'must not be negative' };
  s = s.replace(/[\s\u00a0\u202f'’]/g, ' ');
  if (!/^\d[\d., ]*$/.test(s) || /\D$/.test(s)) return { ok: false, reason: 'not a number' };
  const mark = rules.mark ?? cellMark(s, rules.count);
  if (mark === null)
    return {
      ok: false,
      reason: 'reads as a decimal or as thousands: choose the decimal mark',
      need: 'decimalMark',
    };
  const [intPart = '', frac = '', extra] = s.split(mark);
  if (extra !== undefined || !/^\d*$/.test(frac) || (s.includes(mark) && frac === ''))
    return { ok: false, reason: `not a number with "${mark}" as decimal mark` };
  const groups = new Set(intPart.replace(/\d/g, ''));
  const group = [...groups][0];
  if (groups.size > 1 || (group !== undefined && !groupsValid(intPart, group)))
    return { ok: false, reason: 'thousands marks in the wrong places' };
  if (frac.length > rules.digits) return { ok: false, reason: rules.tooPrecise };
  const scaled = BigInt(intPart.replace(/\D/g, '') + frac.padEnd(rules.digits, '0'));
  if (scaled > BigInt(rules.max)) return { ok: false, reason: 'too large' };
  return { ok: true, value: Number(scaled) };
}

/** The currency's code and its symbols in English, longest first ("US$" before "$"). */
function symbolsOf(currency: string): string[] {
  const found = new Set([currency]);
  for (const currencyDisplay of ['symbol', 'narrowSymbol'] as const) {
    const f = new Intl.NumberFormat('en', { style: 'currency', currency, currencyDisplay });
    for (const p of f.formatToParts(1)) if (p.type === 'currency') found.add(p.value);
  }
  return [...found].sort((a, b) => b.length - a.length);
}

export interface AdsChoices {
  mapping: AdsMapping;
  /** The currency the file's amounts are in, as the user states it ('' until then). */
  currency: string;
  dateOrder: DateOrder | null;
  decimalMark: DecimalMark | null;
  /** Whether an empty number cell means 0 (some tools leave a day without results empty). */
  emptyAsZero: boolean;
  /** With a campaign column: the file's name for this campaign. */
  campaignName: string | null;
}

export interface AdsTotals {
  spend: Money | null;
  revenue: Money | null;
  clicks: number | null;
  impressions: number | null;
  conversions: number | null;
}

export interface AdsImport {
  /** The sum over the rows used for each mapped column; null for a column not in the mapping. */
  totals: AdsTotals;
  rowsUsed: number;
  rowsOutsidePeriod: number;
  rowsOtherCampaigns: number;
  /** "Total" rows, which repeat the sum of the others. */
  rowsSummary: number;
  errors: AdsRowError[];
  /** First and last day of this campaign's rows in the file, in the period or not. */
  dateRange: { first: string; last: string } | null;
}

/** What the import needs of the campaign: its period and its amounts' currency. */
export type AdsPeriod = Pick<Campaign, 'start' | 'end' | (typeof MONEY_INPUTS)[number]>;

/** Reasons the file cannot be read as asked at all, before any row is. */
function refusal(table: AdsTable, c: AdsChoices, period: AdsPeriod): string | null {
  const { mapping } = c;
  if (mapping.date === null) return "Choose the column with each row's day";
  if (!ADS_VALUES.some((v) => mapping[v] !== null)) return 'Choose at least one column to import';
  const used = ADS_COLUMNS.filter((k) => mapping[k] !== null);
  const twice = used.find((k, i) => used.slice(i + 1).some((j) => mapping[j] === mapping[k]));
  if (twice) return `The column "${table.header[mapping[twice]!]}" is chosen twice`;
  if (mapping.campaign !== null && c.campaignName === null)
    return 'Choose which campaign of the file this is';
  if (mapping.spend === null && mapping.revenue === null) return null;
  if (!isCurrencyCode(c.currency)) return "Choose the currency of the file's amounts";
  const own = MONEY_INPUTS.map((k) => moneyInput(period as Campaign, k)).find((m) => m !== null);
  if (own && own.currency !== c.currency)
    return `The file's amounts are in ${c.currency} but this campaign's are in ${own.currency}: amounts are not converted`;
  return null;
}

type RowRead =
  | { kind: 'summary' | 'other' | 'error' }
  | { kind: 'outside'; day: string }
  | { kind: 'used'; day: string; values: Partial<Record<AdsValue, number>> };

/** Reads one data row, reporting each refused cell through fail. */
function readRow(
  cells: readonly string[],
  table: AdsTable,
  c: AdsChoices,
  period: AdsPeriod,
  fail: (column: AdsColumn | null, value: string, e: { reason: string; need?: AdsNeed }) => void,
): RowRead {
  const { mapping } = c;
  const cell = (k: AdsColumn) => (mapping[k] === null ? '' : (cells[mapping[k]!] ?? '').trim());
  if (isSummary(cells, cell('date'))) return { kind: 'summary' };
  const width = table.header.length;
  // A cell more or fewer than the header means a stray delimiter: the columns no longer line up.
  if (cells.length < width || cells.slice(width).some((x) => x.trim() !== '')) {
    fail(null, cells.join(table.delimiter).slice(0, 80), {
      reason: `${cells.length} cells where the header has ${width}`,
    });
    return { kind: 'error' };
  }
  if (mapping.campaign !== null && cell('campaign') !== c.campaignName) return { kind: 'other' };
  const error = (k: AdsColumn, e: { reason: string; need?: AdsNeed }): RowRead => {
    fail(k, cell(k), e);
    return { kind: 'error' };
  };
  const day = readDay(cell('date'), c.dateOrder);
  if (!day.ok) return error('date', day);
  if (mapping.endDate !== null) {
    const end = readDay(cell('endDate'), c.dateOrder);
    if (!end.ok) return error('endDate', end);
    if (end.value !== day.value)
      return error('endDate', {
        reason: `the row covers ${day.value} to ${end.value}: export one row per day`,
      });
  }
  if (day.value < period.start || day.value > period.end) return { kind: 'outside', day: day.value };
  const amounts = mapping.spend !== null || mapping.revenue !== null;
  if (amounts && mapping.currency !== null && cell('currency').toUpperCase() !== c.currency)
    return error('currency', { reason: `not the currency chosen for the file (${c.currency})` });
  const rules = numberRules(c);
  const values: Partial<Record<AdsValue, number>> = {};
  let ok = true;
  for (const v of ADS_VALUES.filter((k) => mapping[k] !== null)) {
    const text = cell(v);
    const read: Read<number> =
      text !== ''
        ? readNumber(text, v === 'spend' || v === 'revenue' ? rules.money : rules.count)
        : c.emptyAsZero
          ? { ok: true, value: 0 }
          : { ok: false, reason: 'empty: choose whether an empty cell is 0', need: 'emptyAsZero' };
    if (read.ok) values[v] = read.value;
    else {
      error(v, read);
      ok = false;
    }
  }
  return ok ? { kind: 'used', day: day.value, values } : { kind: 'error' };
}

function numberRules(c: AdsChoices): { money: NumberRules; count: NumberRules } {
  const known = isCurrencyCode(c.currency);
  const digits = known ? minorDigits(c.currency) : 0;
  const base = { mark: c.decimalMark };
  return {
    money: {
      ...base,
      digits,
      count: false,
      max: MAX_AMOUNT_MINOR,
      symbols: known ? symbolsOf(c.currency) : [],
      tooPrecise: `more decimals than ${c.currency} has (${digits}): not rounded`,
    },
    count: {
      ...base,
      digits: 0,
      count: true,
      max: CAMPAIGN_LIMITS.count,
      symbols: [],
      tooPrecise: 'not a whole number',
    },
  };
}

/**
 * The totals of the file's rows for this campaign and period, with every refused cell. Rows of
 * other campaigns, rows outside the period and "Total" rows are counted, not added.
 */
export function importAdsRows(
  table: AdsTable,
  choices: AdsChoices,
  period: AdsPeriod,
): { ok: true; result: AdsImport } | { ok: false; error: string } {
  const stop = refusal(table, choices, period);
  if (stop) return { ok: false, error: stop };
  const { mapping } = choices;
  const sums: Record<AdsValue, number> = { spend: 0, revenue: 0, clicks: 0, impressions: 0, conversions: 0 };
  const r: AdsImport = {
    totals: { spend: null, revenue: null, clicks: null, impressions: null, conversions: null },
    rowsUsed: 0,
    rowsOutsidePeriod: 0,
    rowsOtherCampaigns: 0,
    rowsSummary: 0,
    errors: [],
    dateRange: null,
  };
  for (let i = table.headerIndex + 1; i < table.rows.length; i++) {
    const cells = table.rows[i]!;
    if (isBlank(cells)) continue;
    const read = readRow(cells, table, choices, period, (k, value, e) =>
      r.errors.push({
        row: i + 1,
        column: k === null ? 'row' : table.header[mapping[k]!]!,
        value,
        reason: e.reason,
        ...(e.need ? { need: e.need } : {}),
      }),
    );
    if (read.kind === 'summary') r.rowsSummary++;
    if (read.kind === 'other') r.rowsOtherCampaigns++;
    if (read.kind === 'outside') r.rowsOutsidePeriod++;
    if (read.kind === 'outside' || read.kind === 'used') {
      const d = r.dateRange;
      r.dateRange = {
        first: d && d.first < read.day ? d.first : read.day,
        last: d && d.last > read.day ? d.last : read.day,
      };
    }
    if (read.kind !== 'used') continue;
    r.rowsUsed++;
    for (const [v, n] of Object.entries(read.values) as Array<[AdsValue, number]>) sums[v] += n;
  }
  for (const v of ADS_VALUES.filter((k) => mapping[k] !== null)) {
    const isMoney = v === 'spend' || v === 'revenue';
    // Each cell is within the limit; their sum may not be, and is refused rather than capped.
    if (sums[v] > (isMoney ? MAX_AMOUNT_MINOR : CAMPAIGN_LIMITS.count))
      return { ok: false, error: `The ${v} of the rows used adds up to more than PostLens accepts` };
    if (isMoney) r.totals[v] = { amountMinor: sums[v], currency: choices.currency };
    else r.totals[v] = sums[v];
  }
  return { ok: true, result: r };
}

/** Whether the totals may be written: every row read and at least one in the period. */
export const adsImportReady = (r: AdsImport): boolean => r.errors.length === 0 && r.rowsUsed > 0;
