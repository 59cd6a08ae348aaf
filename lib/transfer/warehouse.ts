// Exports for a data warehouse (DuckDB, BigQuery): one snapshot per row with its post's and
// author's fields flattened, as NDJSON (one JSON object per line) and as Parquet. Built from the
// JSON export, like the CSV, so every format agrees; the columns are documented with their types
// in docs/warehouse.md. Text is kept as stored (no spreadsheet-formula quoting: no spreadsheet
// reads these), and times are ISO 8601 UTC strings in NDJSON, TIMESTAMP (ms, UTC) in Parquet.
import { engagement, erByFollowers, erByViews } from '../metrics';
import { authorKey, COUNT_FIELDS, type CountField, postKey } from '../types';
import type { ExportV1 } from './format';
import { wellFormed } from './json-export';

/** Every column, in order, with its Parquet type. */
export const WAREHOUSE_COLUMNS = [
  ['platform', 'STRING'],
  ['postKey', 'STRING'],
  ['postId', 'STRING'],
  ['url', 'STRING'],
  ['authorKey', 'STRING'],
  ['authorHandle', 'STRING'],
  ['authorName', 'STRING'],
  ['publishedAt', 'TIMESTAMP'],
  ['text', 'STRING'],
  ['capturedAt', 'TIMESTAMP'],
  ...COUNT_FIELDS.map((f) => [f, 'INT64'] as const),
  ['followers', 'INT64'],
  ['engagement', 'INT64'],
  ['erByFollowers', 'DOUBLE'],
  ['erByViews', 'DOUBLE'],
] as const;

export type WarehouseColumn = (typeof WAREHOUSE_COLUMNS)[number][0];
export type WarehouseRow = { [C in WarehouseColumn]: string | number | null };

/** One row per snapshot, oldest post first as the export lists them. */
export function warehouseRows(data: ExportV1): WarehouseRow[] {
  const rows: WarehouseRow[] = [];
  for (const p of data.posts) {
    for (const s of p.snapshots) {
      // The snapshot's own follower count; else the author's latest known (as the CSV and badge do).
      const followers = s.followers ?? p.author.followers;
      const counts = Object.fromEntries(COUNT_FIELDS.map((f) => [f, s[f]])) as Record<
        CountField,
        number | null
      >;
      rows.push({
        platform: p.platform,
        postKey: postKey(p),
        postId: p.postId,
        url: p.url,
        authorKey: p.author.handle ? authorKey(p.platform, p.author.handle) : null,
        authorHandle: p.author.handle,
        authorName: p.author.name,
        publishedAt: p.publishedAt,
        text: p.text,
        capturedAt: s.capturedAt,
        ...counts,
        followers,
        engagement: engagement(s),
        erByFollowers: erByFollowers(s, followers),
        erByViews: erByViews(s),
      });
    }
  }
  return rows;
}

// Line ends JSON.stringify leaves as they are (it escapes only those below U+0020): NEL and the
// line and paragraph separators. Valid JSON, but line readers (Python's splitlines, some loaders)
// end a line at them, and a post's text would cut its row in two.
const RAW_LINE_ENDS = /[\u0085\u2028\u2029]/g;
const escapeLineEnd = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** NDJSON: one row object per line, keys in column order, every line ending in \n and no other. */
export function buildNdjson(data: ExportV1): string {
  // JSON.stringify escapes an unpaired surrogate; wellFormed makes it U+FFFD as the JSON export does.
  return warehouseRows(data)
    .map(
      (r) =>
        `${JSON.stringify(r, (_k, v) => (typeof v === 'string' ? wellFormed(v) : v)).replace(RAW_LINE_ENDS, escapeLineEnd)}\n`,
    )
    .join('');
}

/** Parquet bytes. The writer is loaded on demand, so only an actual Parquet export pays for it. */
export function buildParquet(data: ExportV1): Promise<ArrayBuffer> {
  return parquetOf(warehouseRows(data));
}

/** Parquet bytes of rows warehouseRows built (all at once, or post by post: the same rows). */
export async function parquetOf(rows: readonly WarehouseRow[]): Promise<ArrayBuffer> {
  const { parquetWriteBuffer } = await import('hyparquet-writer');
  const columnData = WAREHOUSE_COLUMNS.map(([name, type]) => ({
    name,
    type,
    data: rows.map((r) => {
      const v = r[name];
      if (v === null) return null;
      if (type === 'TIMESTAMP') return new Date(v as string);
      if (type === 'INT64') return BigInt(v as number);
      return typeof v === 'string' ? wellFormed(v) : v;
    }),
  }));
  return parquetWriteBuffer({ columnData, createdBy: 'PostLens' }); // i18n-ignore: the file's writer, a brand
}
