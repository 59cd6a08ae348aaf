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

// Cells a spreadsheet would run as a formula (=, +, -, @, tab, CR) get a leading '. Only text
// cells: numbers stay numbers (counts are never negative, so a number never starts with -).
const FORMULA_START = /^[=+\-@\t\r]/;

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

export function buildCsv(data: ExportV1): string {
  const rows = exportRows(data).map((r) =>
    r.map((v) => neutraliseCell(typeof v === 'string' ? wellFormed(v) : v)),
  );
  // escapeFormulae stays off: neutraliseCell already did it, and twice would double the quote.
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n' });
}
