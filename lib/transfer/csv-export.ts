// The CSV export: one row per snapshot, with the post's identity repeated so the file sorts and
// pivots in a spreadsheet on its own. Built from the JSON export so both always agree.
import Papa from 'papaparse';
import { engagement, erByFollowers, erByViews } from '../metrics';
import { COUNT_FIELDS } from '../types';
import type { ExportV1 } from './format';
import { wellFormed } from './json-export';

export const CSV_COLUMNS = [
  'platform',
  'postId',
  'url',
  'authorHandle',
  'authorName',
  'publishedAt',
  'text',
  'capturedAt',
  ...COUNT_FIELDS,
  'followers',
  'engagement',
  'erByFollowers',
  'erByViews',
] as const;

type Cell = string | number | null;

// Text cells a spreadsheet could run as a formula get one leading ', and are otherwise kept byte for
// byte. That is a cell that starts with a tab, CR or LF (OWASP), or whose first visible character is
// a formula trigger: = + - @ (OWASP), their full-width (＝ ＋ － ＠) and small (﹦ ﹢ ﹣ ﹫) forms,
// or the minus sign U+2212, even after leading spaces of any kind, line breaks and invisible
// characters (zero-width space, BOM, bidi marks, other format characters, combining grapheme joiner,
// Hangul fillers), which a spreadsheet may drop before it reads the cell. Ordinary text starting
// with a dash ("- bullet") is neutralised too: Excel reads it as a formula. Only text cells: numbers
// we write stay numbers, negative ones too (a spreadsheet reads -5 as a number, never a formula).
const FORMULA_START =
  /^(?:[\t\r\n]|(?:[\s\p{Cf}\u115f\u1160\u3164\uffa0]|\u034f)*[=+\-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b\u2212])/u;

export function neutraliseCell(v: Cell): Cell {
  return typeof v === 'string' && FORMULA_START.test(v) ? `'${v}` : v;
}

export function exportRows(data: ExportV1): Cell[][] {
  const rows: Cell[][] = [];
  for (const p of data.posts) {
    for (const s of p.snapshots) {
      // The snapshot's own follower count; else the author's latest known (as the badge does).
      const followers = s.followers ?? p.author.followers;
      rows.push([
        p.platform,
        p.postId,
        p.url,
        p.author.handle,
        p.author.name,
        p.publishedAt,
        p.text,
        s.capturedAt,
        ...COUNT_FIELDS.map((f) => s[f]),
        followers,
        engagement(s),
        erByFollowers(s, followers),
        erByViews(s),
      ]);
    }
  }
  return rows;
}

/** The rows of the CSV file, each cell as the file writes it (well formed, formulas neutralised). */
export function csvRows(data: ExportV1): Cell[][] {
  return exportRows(data).map((r) => r.map((v) => neutraliseCell(typeof v === 'string' ? wellFormed(v) : v)));
}

/**
 * The most characters Microsoft Excel holds in a cell ("Excel specifications and limits"): opening
 * a CSV, it cuts a longer cell without a word. The file stays exact; the export says so instead.
 */
export const EXCEL_CELL_MAX = 32_767;

/**
 * The most characters Google Sheets holds in a cell: a longer one (a post's text may have up to
 * 65,536) does not open there whole either, which the export says too.
 */
export const SHEETS_CELL_MAX = 50_000;

/**
 * How many posts have a cell in the CSV longer than max (EXCEL_CELL_MAX by default): its text as a
 * spreadsheet parses it (a quote the file doubles is one character, the ' before a formula-like
 * text is one more), in UTF-16 units as Excel counts. A post without snapshots has no row, so no
 * cell to cut.
 */
export function postsOverExcelCell(data: ExportV1, max = EXCEL_CELL_MAX): number {
  const over = (r: Cell[]) => r.some((v) => typeof v === 'string' && v.length > max);
  let posts = 0;
  for (const p of data.posts) {
    // Only a post's text can come near the limit (names, links and ids are held to LIMITS, far
    // below it), and a written cell is at most one longer than its value (wellFormed keeps the
    // length, the ' adds one): only such a post is written out, alone, to be measured exactly.
    if (p.text.length < max) continue;
    if (csvRows({ ...data, posts: [p] }).some(over)) posts++;
  }
  return posts;
}

export function buildCsv(data: ExportV1): string {
  // escapeFormulae stays off: neutraliseCell already did it, and twice would double the quote.
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: csvRows(data) }, { newline: '\r\n' });
}
