// The campaign comparison as CSV: one row per campaign with the raw figures (empty where a figure
// needs more, and a column saying what), then the totals. Pure; formula-like text is neutralised
// as in the posts CSV.
import Papa from 'papaparse';
import type { Campaign, CampaignComparison, ComparisonRow, InputId, TotalId } from '../campaigns';
import {
  countInput,
  FIGURE_IDS,
  INPUT_IDS,
  isCountInput,
  isMoneyInput,
  MONEY_INPUTS,
  minorDigits,
  moneyInput,
  toDecimalString,
} from '../campaigns';
import { t } from '../i18n';
import { neutraliseCell } from './csv-export';
import { wellFormed } from './json-export';

export const CAMPAIGN_CSV_COLUMNS = [
  'name',
  'start',
  'end',
  'posts',
  'currency',
  // Every input (amounts in the currency column's), then every figure, in the order the campaign
  // view shows them.
  ...INPUT_IDS,
  ...FIGURE_IDS,
  'engagementGained',
  'missing',
] as const;

type Cell = string | number | null;

/**
 * Six decimals: enough for any rate or unit cost, without 0.30000000000000004 in a cell. Below 1,
 * six significant digits instead, so a tiny nonzero rate (0.00000015) is never written as 0. Whole
 * numbers (counts) pass untouched, so a count is never scaled past 2^53 on its way.
 */
const round = (v: number | null): number | null =>
  v === null || Number.isInteger(v)
    ? v
    : Math.abs(v) < 1
      ? Number(v.toPrecision(6))
      : Math.round(v * 1e6) / 1e6;

/** An input's cell: an amount as exact decimal text, a count or score as is, empty when not entered. */
function inputCell(c: Campaign, id: InputId): Cell {
  if (isMoneyInput(id)) {
    const m = moneyInput(c, id);
    return m && toDecimalString(m);
  }
  return isCountInput(id) ? countInput(c, id) : c[id];
}

function rowCells(r: ComparisonRow): Cell[] {
  const c = r.campaign;
  const f = r.figures;
  const missing = [...Object.values(f), r.gain]
    .filter((x) => x.value === null)
    .map((x) => `${x.label}: ${x.display}`)
    .join('; ');
  return [
    c.name,
    c.start,
    c.end,
    c.postKeys.length,
    MONEY_INPUTS.map((k) => moneyInput(c, k)).find((m) => m !== null)?.currency ?? null,
    ...INPUT_IDS.map((id) => inputCell(c, id)),
    ...FIGURE_IDS.map((id) => round(f[id].value)),
    r.gain.value,
    missing,
  ];
}

function totalCells(cmp: CampaignComparison): Cell[] {
  const totals = new Map(cmp.totals.map((x) => [x.id, x]));
  const money = (id: 'spend' | 'revenue') => {
    const x = totals.get(id)!;
    // No sum for amounts in several currencies: the only empty money total that needs nothing
    // more (compareCampaigns), and its display says which currencies, in the user's words.
    if (x.value === null) return x.needs.length === 0 ? x.display : null;
    return x.currency ? x.value.toFixed(minorDigits(x.currency)) : null;
  };
  const num = (id: Parameters<typeof totals.get>[0]) => round(totals.get(id)?.value ?? null);
  // The currency of the amounts in the row: the spend total's, else (spend missing somewhere) the
  // revenue total's, which is then the only amount written.
  const currency = totals.get('spend')!.currency ?? totals.get('revenue')!.currency;
  return [
    t('transfer.campaignCsv.total'),
    null,
    null,
    null,
    currency,
    // The inputs that have a total across campaigns; the others are per campaign only.
    ...INPUT_IDS.map((id) =>
      id === 'spend' || id === 'revenue' ? money(id) : totals.has(id as TotalId) ? num(id as TotalId) : null,
    ),
    // The figures that have a total across campaigns; the others are per campaign only.
    ...FIGURE_IDS.map((id) => (totals.has(id as TotalId) ? num(id as TotalId) : null)),
    null,
    cmp.totals
      .filter((x) => x.value === null)
      .map((x) => `${x.label}: ${x.display}`)
      .join('; '),
  ];
}

/** The comparison table as CSV: one row per campaign, then the totals row. */
export function buildCampaignCsv(cmp: CampaignComparison): string {
  const rows = [...cmp.rows.map(rowCells), ...(cmp.rows.length > 0 ? [totalCells(cmp)] : [])].map((r) =>
    r.map((v) => neutraliseCell(typeof v === 'string' ? wellFormed(v) : v)),
  );
  // neutraliseCell already guards formulas; papaparse's escapeFormulae would double the quote.
  return Papa.unparse({ fields: [...CAMPAIGN_CSV_COLUMNS], data: rows }, { newline: '\r\n' });
}
