// A file's bytes to the table of its records: the encoding, the delimiter and the header row.
// Separate from the columns and the cells: nothing here reads a value, it only finds where the
// header is and which rows are data. Papaparse does the quoting.
import Papa from 'papaparse';
import { t, wholeNumber } from '../i18n';
import { ADS_VALUES, guessAdsMapping } from './ads-csv-columns';

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

/**
 * The rows the header is looked for in: Google Ads writes a title and a date range above it,
 * Microsoft Advertising nine lines about the report and a blank line (its header is row 11).
 */
const HEADER_SEARCH_ROWS = 20;

/** The text of a file's bytes: UTF-8, or UTF-16 as Google Ads' "Excel CSV" is; never a guess. */
export function decodeAdsFile(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: string } {
  const [a, b] = bytes;
  const encoding = a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : 'utf-8';
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    // UTF-16 without its byte order mark is valid UTF-8 with a NUL beside every letter: no CSV has one.
    if (text.includes('\u0000')) return { ok: false, error: t('campaignData.ads.notUtf8') };
    return { ok: true, text };
  } catch {
    return { ok: false, error: t('campaignData.ads.notUtf8') };
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

/**
 * Without a header of names PostLens knows (an export in another language): the first of the first
 * HEADER_SEARCH_ROWS rows as wide as most of the file's rows, since title lines above the header
 * (Google Ads writes the report's name and dates, in the account's language) are narrower; else
 * the first non-empty.
 */
function firstFullRow(rows: readonly string[][]): number {
  const widths = new Map<number, number>();
  for (const r of rows) if (r.length > 1) widths.set(r.length, (widths.get(r.length) ?? 0) + 1);
  let width = 0;
  for (const [w, n] of widths) if (n > (widths.get(width) ?? 0)) width = w;
  const full = rows
    .slice(0, HEADER_SEARCH_ROWS)
    .findIndex((r) => r.length === width && r.some((c) => c.trim() !== ''));
  return full >= 0 ? full : rows.findIndex((r) => r.some((c) => c.trim() !== ''));
}

export function parseAdsCsv(text: string): { ok: true; table: AdsTable } | { ok: false; error: string } {
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') return { ok: false, error: t('campaignData.ads.fileEmpty') };
  const delimiter = guessDelimiter(clean);
  const parsed = Papa.parse<string[]>(clean, { delimiter });
  // An unclosed quote swallows the rest of the file into one cell: no row after it can be trusted.
  const quote = parsed.errors.find((e) => e.type === 'Quotes');
  if (quote) return { ok: false, error: t('campaignData.ads.unclosedQuote', (quote.row ?? 0) + 1) };
  const rows = parsed.data;
  if (rows.length > MAX_ADS_ROWS)
    return { ok: false, error: t('campaignData.ads.tooManyRows', wholeNumber(MAX_ADS_ROWS)) };
  // Google Ads and Microsoft Advertising put lines about the report above the header.
  const found = rows.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => {
    const m = guessAdsMapping(r);
    return m.date !== null && ADS_VALUES.some((v) => m[v] !== null);
  });
  const headerIndex = found >= 0 ? found : firstFullRow(rows);
  return {
    ok: true,
    table: { header: rows[headerIndex]!.map((h) => h.trim()), rows, headerIndex, delimiter },
  };
}
