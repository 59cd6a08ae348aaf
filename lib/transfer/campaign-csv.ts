// The campaign comparison as CSV: one row per campaign with the raw figures (empty where a figure
// needs more, and a column saying what), then the totals. Pure; formula-like text is neutralised
// as in the posts CSV.
import Papa from 'papaparse';
import type { CampaignComparison, ComparisonRow } from '../campaigns';
import { minorDigits, toDecimalString } from '../campaigns';
import { neutraliseCell } from './csv-export';
import { wellFormed } from './json-export';

export const CAMPAIGN_CSV_COLUMNS = [
  'name',
  'start',
  'end',
  'posts',
  'currency',
  'spend',
  'revenue',
  'leads',
  'clicks',
  'conversions',
  'csat',
  'nps',
  'engagement',
  'views',
  'erViews',
  'erFollowers',
  'costPerEngagement',
  'cpm',
  'cpc',
  'ctr',
  'conversionRate',
  'costPerLead',
  'costPerAcquisition',
  'roas',
  'roi',
  'engagementGained',
  'missing',
] as const;

type Cell = string | number | null;

/** Six decimals: enough for any rate or unit cost, without 0.30000000000000004 in a cell. */
const round = (v: number | null): number | null => (v === null ? null : Math.round(v * 1e6) / 1e6);

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
    c.spend?.currency ?? c.revenue?.currency ?? null,
    c.spend && toDecimalString(c.spend),
    c.revenue && toDecimalString(c.revenue),
    c.leads,
    c.clicks,
    c.conversions,
    c.csat,
    c.nps,
    f.engagement.value,
    f.views.value,
    round(f.erViews.value),
    round(f.erFollowers.value),
    round(f.costPerEngagement.value),
    round(f.cpm.value),
    round(f.cpc.value),
    round(f.ctr.value),
    round(f.conversionRate.value),
    round(f.costPerLead.value),
    round(f.costPerAcquisition.value),
    round(f.roas.value),
    round(f.roi.value),
    r.gain.value,
    missing,
  ];
}

function totalCells(cmp: CampaignComparison): Cell[] {
  const t = new Map(cmp.totals.map((x) => [x.id, x]));
  const money = (id: 'spend' | 'revenue') => {
    const x = t.get(id)!;
    if (x.value === null) return x.display.startsWith('mixed') ? x.display : null;
    return x.currency ? x.value.toFixed(minorDigits(x.currency)) : null;
  };
  const num = (id: Parameters<typeof t.get>[0]) => round(t.get(id)?.value ?? null);
  const spend = t.get('spend')!;
  return [
    'All campaigns (total)',
    null,
    null,
    null,
    spend.currency,
    money('spend'),
    money('revenue'),
    num('leads'),
    num('clicks'),
    num('conversions'),
    null,
    null,
    num('engagement'),
    num('views'),
    null,
    null,
    num('costPerEngagement'),
    null, // cpm
    null, // cpc
    null, // ctr
    null, // conversionRate
    null, // costPerLead
    null, // costPerAcquisition
    null, // roas
    num('roi'),
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
