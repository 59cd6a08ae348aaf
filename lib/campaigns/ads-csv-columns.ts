// The columns of an ads manager's daily export (Meta, Google, Microsoft, LinkedIn, TikTok…) and
// the first guess of which header name is which. Separate from the reading of cells and rows: the
// header is all it looks at but for what Meta's "Results" count (each data row's Result indicator),
// and the user can change every guess before a row is read.
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
 * against a file's header (data, not words shown), so they are the names the tools write in the
 * language the ad account is set to, whatever the user's. German, Spanish and French names as Meta and
 * Google Ads write them: Meta's "Ausgegebener Betrag" is "Amount spent" (thomashutter.com/glossar/
 * ausgegebener-betrag), its Ads Manager shows "Reichweite, … Impressionen und … Link-Klicks"
 * (raidboxes.io/blog/online-marketing/facebook-ads-kpis); Google Ads' "Kosten", "Impressionen",
 * "Klicks" (semsea.at/whiteboard/google-ads-glossar). The rest as importers of real exports read them:
 * Meta de "Berichtsbeginn, Kampagnenname, Ausgegebener Betrag (EUR)", Google Ads de "Kampagne, Tag, …,
 * Conv.-Wert, Währungscode", Meta es "Día, Nombre de la campaña, Importe gastado (EUR), Divisa",
 * Meta fr "Début des rapports, Fin des rapports, Nom de la campagne, Montant dépensé (EUR)".
 * Meta's "Results" is not here: see resultsColumn.
 */
const NAMES: Record<AdsColumn, string[]> = {
  date: [
    'date',
    'day',
    'tag',
    'día',
    'jour',
    'reporting starts',
    'berichtsbeginn',
    'début des rapports',
    'start date',
    'start date (in utc)',
    'by day',
    'stat time day',
    'timeperiod',
    'gregoriandate',
  ],
  endDate: ['reporting ends', 'berichtsende', 'fin des rapports', 'end date', 'end date (in utc)'],
  campaign: [
    'campaign name',
    'kampagnenname',
    'nombre de la campaña',
    'nom de la campagne',
    'campaign',
    'kampagne',
    'campaignname',
  ],
  currency: [
    'currency',
    'currency code',
    'account currency',
    'currencycode',
    'währungscode',
    'währung',
    'divisa',
  ],
  spend: [
    'amount spent',
    'ausgegebener betrag',
    'importe gastado',
    'montant dépensé',
    'spend',
    'cost',
    'kosten',
    'total spent',
    'total cost',
    'spent',
  ],
  revenue: [
    'purchase conversion value',
    'purchases conversion value',
    'website purchases conversion value',
    'valor de conversión de compras',
    'valeur de conversion des achats',
    'conv. value',
    'conv.-wert',
    'conversion value',
    'total conversion value',
    'revenue',
  ],
  clicks: [
    'link clicks',
    'link-klicks',
    'clics en el enlace',
    'clics sur le lien',
    'clicks',
    'klicks',
    'clicks (destination)',
    'clicks (all)',
    'klicks (alle)',
    'clics (todos)',
    'clics (tous)',
  ],
  impressions: ['impressions', 'impressionen', 'impresiones', 'impr.', 'impr', 'paid impressions'],
  conversions: ['conversions', 'conv.', 'total conversions'],
};

/**
 * Meta's "Results" and the column that says what they are. Results count whatever the campaign's
 * objective is (link clicks, reach, ThruPlays, purchases…), and the "Result indicator" column names
 * it per row as an action type ("actions:link_click", "actions:offsite_conversion.fb_pixel_purchase").
 * French exports name them "Résultats" and "Indicateur de résultats".
 */
const RESULTS_NAMES = ['results', 'ergebnisse', 'resultados', 'résultats'];
const INDICATOR_NAMES = ['result indicator', 'indicateur de résultats'];
/** An action type that is a conversion: a purchase, a lead, a registration or a pixel conversion. */
const CONVERSION_ACTION = /purchase|lead|complete_registration|offsite_conversion/i;

/** "Amount spent (EUR)" → "amount spent": the currency suffix is read by headerCurrency. */
const normalise = (h: string) =>
  h
    .normalize('NFC')
    .replace(/\s*\([A-Z]{3}\)\s*$/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');

/** The file's "Results" column and what its rows' Result indicators say they count. */
export interface ResultsColumn {
  /** The column's index in the header. */
  at: number;
  /**
   * The indicators that name no purchase, lead or conversion ("actions:link_click"), in file
   * order; empty only when every data row's does. Null when the file has no Result indicator column.
   */
  notConversions: string[] | null;
}

/** Meta's "Results" column with what it counts, read from the data rows; null when the file has none. */
export function resultsColumn(header: readonly string[], rows: readonly string[][]): ResultsColumn | null {
  const names = header.map(normalise);
  const at = names.findIndex((n) => RESULTS_NAMES.includes(n));
  if (at < 0) return null;
  const indicator = names.findIndex((n) => INDICATOR_NAMES.includes(n));
  if (indicator < 0) return { at, notConversions: null };
  const others = new Set<string>();
  let conversions = 0;
  for (const r of rows) {
    if (r.every((c) => c.trim() === '')) continue;
    const action = (r[indicator] ?? '').trim();
    if (CONVERSION_ACTION.test(action)) conversions++;
    else others.add(action);
  }
  // No data row (a header alone): nothing says the results are conversions.
  if (conversions === 0 && others.size === 0) others.add('');
  return { at, notConversions: [...others] };
}

/**
 * A first mapping from the header's names (case-insensitive); the user can change each one.
 * Meta's "Results" is taken as conversions only from the data rows (those below the header), when
 * every one's Result indicator names a purchase, lead or conversion: a Traffic campaign's results
 * are link clicks, and counted as conversions they would make its ROI a hundredfold.
 */
export function guessAdsMapping(header: readonly string[], rows: readonly string[][] = []): AdsMapping {
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
  const results = mapping.conversions === null ? resultsColumn(header, rows) : null;
  if (results?.notConversions?.length === 0 && !taken.has(results.at)) mapping.conversions = results.at;
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
