// One data row of an ads export read under the user's choices: used, left out (another campaign,
// outside the period, a "Total" row) or refused, with each refused cell reported. Separate from
// the cells, which read one value, and from ads-csv.ts, which adds the rows up.

import { t, tn } from '../i18n';
import {
  type AdsNeed,
  type DateOrder,
  type DecimalMark,
  numberRules,
  type Read,
  readDay,
  readNumber,
} from './ads-csv-cells';
import {
  ADS_COLUMNS,
  ADS_VALUES,
  type AdsColumn,
  type AdsMapping,
  type AdsValue,
  columnCurrency,
} from './ads-csv-columns';
import type { AdsTable } from './ads-csv-decode';
import { type Campaign, MONEY_INPUTS, moneyInput } from './campaign';
import { isCurrencyCode } from './money';

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
  /**
   * Without a campaign column: the user said every row is this campaign's, though a column names
   * several things on one day (its ads, ad sets or a breakdown by age or platform).
   */
  oneCampaign?: boolean;
}

/** What the import needs of the campaign: its period and its amounts' currency. */
export type AdsPeriod = Pick<Campaign, 'start' | 'end' | (typeof MONEY_INPUTS)[number]>;

const isBlank = (r: readonly string[]) => r.every((c) => c.trim() === '');
/**
 * A report's closing notice, in a row of one cell: Microsoft Advertising ends every report with
 * "©2025 Microsoft Corporation. All rights reserved.". No row of the table: it has no day and no value.
 */
const isNotice = (r: readonly string[]) => r.length === 1 && /\ball rights reserved\b/i.test(r[0]!);
/** A row that holds no data: blank (Papa gives every empty line as one empty cell), or a closing notice. */
export const noData = (r: readonly string[]) => isBlank(r) || isNotice(r);
/** Google's "Total: Account" rows ("Gesamt: Konto" in German): a cell starting so and no day. */
const isSummary = (r: readonly string[], date: string) =>
  !/^\d/.test(date) && r.some((c) => /^(?:totals?|gesamt)\b/i.test(c.trim()));
/** What Google Ads and others write in a cell that has no value: read as an empty cell. */
const NO_VALUE = /^--?$/;

/** The campaign names in the file's data rows with how many rows each has, in file order. */
export function adsCampaignNames(
  table: AdsTable,
  mapping: AdsMapping,
): Array<{ name: string; rows: number }> {
  const counts = new Map<string, number>();
  if (mapping.campaign === null) return [];
  for (const r of table.rows.slice(table.headerIndex + 1)) {
    const date = mapping.date === null ? '' : (r[mapping.date] ?? '').trim();
    if (noData(r) || isSummary(r, date)) continue;
    const name = (r[mapping.campaign] ?? '').trim();
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].map(([name, rows]) => ({ name, rows }));
}

/** A campaign's name as names alike are told: case, surrounding spaces and runs of spaces aside. */
const alikeKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The file's name for this campaign, preselected only when certain: the file's only campaign, the
 * one named exactly like this one, or else the only one named like it but for case and spaces
 * ("spring  sale" for "Spring Sale"). Between two names alike it never guesses: the user picks.
 */
export function adsCampaignFor(names: ReadonlyArray<{ name: string }>, campaignName: string): string | null {
  if (names.length === 1) return names[0]!.name;
  if (names.some((n) => n.name === campaignName)) return campaignName;
  const key = alikeKey(campaignName);
  const alike = names.filter((n) => alikeKey(n.name) === key);
  return alike.length === 1 ? alike[0]!.name : null;
}

/**
 * The chosen campaign's names as the file spells them, when they differ only in surrounding spaces
 * ("Spring" and "Spring "): two campaigns of the ads tool that reading would add up as one.
 */
function namesAlike(table: AdsTable, mapping: AdsMapping, chosen: string): string[] {
  const spelled = new Set<string>();
  for (const r of table.rows.slice(table.headerIndex + 1)) {
    if (noData(r)) continue;
    const raw = r[mapping.campaign!] ?? '';
    if (raw.trim() === chosen) spelled.add(raw);
  }
  return spelled.size > 1 ? [...spelled] : [];
}

/** A cell that names something rather than counts it: it has a letter ("Spring", not "1.234,50 €"). */
const isName = (cell: string) => /\p{L}/u.test(cell);

/**
 * Without a campaign column: the first column no value is read from that names two things on one
 * day ("Spring" and "Summer" on 2025-03-01), with the two and the day as the file writes it. Such
 * rows are several campaigns' (every campaign's spend would be added to this one) or one campaign's
 * ads, ad sets or breakdown: only the user can tell which.
 */
function severalOnOneDay(
  table: AdsTable,
  mapping: AdsMapping,
): { column: string; first: string; second: string; day: string } | null {
  const chosen = new Set(ADS_COLUMNS.map((k) => mapping[k]));
  const free = table.header.map((_, i) => i).filter((i) => !chosen.has(i));
  // Per day as the file writes it: each free column's first name that day.
  const seen = new Map<string, Map<number, string>>();
  for (const r of table.rows.slice(table.headerIndex + 1)) {
    const day = (r[mapping.date!] ?? '').trim();
    if (day === '' || noData(r) || isSummary(r, day)) continue;
    const names = seen.get(day) ?? new Map<number, string>();
    seen.set(day, names);
    for (const i of free) {
      const cell = (r[i] ?? '').trim();
      if (!isName(cell)) continue;
      const first = names.get(i);
      if (first === undefined) names.set(i, cell);
      else if (first !== cell) return { column: table.header[i] ?? '', first, second: cell, day };
    }
  }
  return null;
}

/** Why the file cannot be read as asked at all, before any row is, and the choice that would settle it. */
export function refusal(
  table: AdsTable,
  c: AdsChoices,
  period: AdsPeriod,
): { reason: string; need?: AdsNeed } | null {
  const { mapping } = c;
  const no = (reason: string) => ({ reason });
  if (mapping.date === null) return no(t('campaignData.ads.chooseDateColumn'));
  if (!ADS_VALUES.some((v) => mapping[v] !== null)) return no(t('campaignData.ads.chooseValueColumn'));
  const used = ADS_COLUMNS.filter((k) => mapping[k] !== null);
  const twice = used.find((k, i) => used.slice(i + 1).some((j) => mapping[j] === mapping[k]));
  if (twice) return no(t('campaignData.ads.columnTwice', table.header[mapping[twice]!] ?? ''));
  if (mapping.campaign !== null && c.campaignName === null) return no(t('campaignData.ads.chooseCampaign'));
  if (mapping.campaign !== null && c.campaignName !== null) {
    const alike = namesAlike(table, mapping, c.campaignName);
    if (alike.length > 1) return no(t('campaignData.ads.namesAlike', alike[0]!, alike[1]!));
  }
  if (mapping.campaign === null && !c.oneCampaign) {
    const several = severalOnOneDay(table, mapping);
    if (several)
      return {
        reason: t(
          'campaignData.ads.severalOnOneDay',
          several.column,
          several.first,
          several.second,
          several.day,
        ),
        need: 'oneCampaign',
      };
  }
  if (mapping.spend === null && mapping.revenue === null) return null;
  if (!isCurrencyCode(c.currency)) return no(t('campaignData.ads.chooseCurrency'));
  const own = MONEY_INPUTS.map((k) => moneyInput(period as Campaign, k)).find((m) => m !== null);
  if (own && own.currency !== c.currency)
    return no(t('campaignData.ads.currencyMismatch', c.currency, own.currency));
  return null;
}

export type RowRead =
  | { kind: 'summary' | 'other' | 'error' }
  | { kind: 'outside'; day: string }
  | { kind: 'used'; day: string; values: Partial<Record<AdsValue, number>> };

/** Reads one data row, reporting each refused cell through fail. */
export function readRow(
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
      reason: tn('campaignData.ads.cellCount', cells.length, width),
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
        reason: t('campaignData.ads.rowCoversDays', day.value, end.value),
      });
  }
  if (day.value < period.start || day.value > period.end) return { kind: 'outside', day: day.value };
  const amounts = mapping.spend !== null || mapping.revenue !== null;
  if (amounts && mapping.currency !== null && cell('currency').toUpperCase() !== c.currency)
    return error('currency', { reason: t('campaignData.ads.currencyNotChosen', c.currency) });
  const rules = numberRules(c);
  const values: Partial<Record<AdsValue, number>> = {};
  let ok = true;
  for (const v of ADS_VALUES.filter((k) => mapping[k] !== null)) {
    const text = NO_VALUE.test(cell(v)) ? '' : cell(v);
    const money = v === 'spend' || v === 'revenue';
    // "Revenue (USD)" in a file read as EUR: its amounts would be written in the wrong currency.
    const stated = money ? columnCurrency(table.header[mapping[v]!] ?? '') : null;
    const read: Read<number> =
      stated !== null && stated !== c.currency
        ? { ok: false, reason: t('campaignData.ads.columnCurrency', stated, c.currency) }
        : text !== ''
          ? readNumber(text, money ? rules.money : v === 'conversions' ? rules.conversions : rules.count)
          : c.emptyAsZero
            ? { ok: true, value: 0 }
            : { ok: false, reason: t('campaignData.ads.emptyCell'), need: 'emptyAsZero' };
    if (read.ok) values[v] = read.value;
    else {
      error(v, read);
      ok = false;
    }
  }
  return ok ? { kind: 'used', day: day.value, values } : { kind: 'error' };
}
