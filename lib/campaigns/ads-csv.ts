// An ads manager's daily export (Meta, Google, LinkedIn, TikTok…) read into a campaign's inputs.
// Nothing is guessed: a date or amount that reads two ways is refused until the user says which
// convention the file uses, and every refused cell is reported with its row, column and reason.
// The page applies the totals only when no cell was refused. This file adds the rows up; the
// bytes and header are read in ads-csv-decode.ts, the columns guessed in ads-csv-columns.ts, each
// cell read in ads-csv-cells.ts and each row in ads-csv-rows.ts.
import { t } from '../i18n';
import type { AdsNeed } from './ads-csv-cells';
import { ADS_VALUES, type AdsValue, resultsColumn } from './ads-csv-columns';
import type { AdsTable } from './ads-csv-decode';
import { type AdsChoices, type AdsPeriod, noData, readRow, refusal } from './ads-csv-rows';
import { MAX_AMOUNT_MINOR, type Money } from './money';
import { CAMPAIGN_LIMITS } from './validate';

export interface AdsRowError {
  /** 1-based record number, the header's row counted, as a spreadsheet numbers rows. */
  row: number;
  /** The header's name of the refused cell's column, or "row" (in words) when the whole row is. */
  column: string;
  value: string;
  reason: string;
  need?: AdsNeed;
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
  /**
   * Meta's "Results" column when neither it nor any other is chosen as conversions, since it was
   * not guessed as them: with the indicators its rows count that are no purchase, lead or
   * conversion, or null when the file has no Result indicator column to say what they count.
   */
  resultsNotTaken: { column: string; counts: string[] | null } | null;
}

/** A column's sum over the limit, in words: one sentence per column, named as the column is. */
function sumTooLarge(v: AdsValue): string {
  switch (v) {
    case 'spend':
      return t('campaignData.ads.sumTooLarge.spend');
    case 'revenue':
      return t('campaignData.ads.sumTooLarge.revenue');
    case 'clicks':
      return t('campaignData.ads.sumTooLarge.clicks');
    case 'impressions':
      return t('campaignData.ads.sumTooLarge.impressions');
    case 'conversions':
      return t('campaignData.ads.sumTooLarge.conversions');
  }
}

/**
 * The totals of the file's rows for this campaign and period, with every refused cell. Rows of
 * other campaigns, rows outside the period and "Total" rows are counted, not added.
 */
export function importAdsRows(
  table: AdsTable,
  choices: AdsChoices,
  period: AdsPeriod,
): { ok: true; result: AdsImport } | { ok: false; error: string; need?: AdsNeed } {
  const stop = refusal(table, choices, period);
  if (stop) return { ok: false, error: stop.reason, ...(stop.need ? { need: stop.need } : {}) };
  const { mapping } = choices;
  // Only asked when no column is taken as conversions: it reads every row, at every choice.
  const results =
    mapping.conversions === null
      ? resultsColumn(table.header, table.rows.slice(table.headerIndex + 1))
      : null;
  const sums: Record<AdsValue, number> = { spend: 0, revenue: 0, clicks: 0, impressions: 0, conversions: 0 };
  const r: AdsImport = {
    totals: { spend: null, revenue: null, clicks: null, impressions: null, conversions: null },
    rowsUsed: 0,
    rowsOutsidePeriod: 0,
    rowsOtherCampaigns: 0,
    rowsSummary: 0,
    errors: [],
    dateRange: null,
    resultsNotTaken:
      results && results.notConversions?.length !== 0 && !Object.values(mapping).includes(results.at)
        ? { column: table.header[results.at]!, counts: results.notConversions }
        : null,
  };
  for (let i = table.headerIndex + 1; i < table.rows.length; i++) {
    const cells = table.rows[i]!;
    if (noData(cells)) continue;
    const read = readRow(cells, table, choices, period, (k, value, e) =>
      r.errors.push({
        row: i + 1,
        column: k === null ? t('campaignData.ads.wholeRow') : table.header[mapping[k]!]!,
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
      return { ok: false, error: sumTooLarge(v) };
    if (isMoney) r.totals[v] = { amountMinor: sums[v], currency: choices.currency };
    else r.totals[v] = sums[v];
  }
  return { ok: true, result: r };
}

/** Whether the totals may be written: every row read and at least one in the period. */
export const adsImportReady = (r: AdsImport): boolean => r.errors.length === 0 && r.rowsUsed > 0;
