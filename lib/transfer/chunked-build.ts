// Building an export file a chunk of posts at a time, for the page: between chunks it gives the
// event loop a turn, so the page paints the progress and a click on Cancel is heard. Each builder
// writes exactly the bytes of its one-piece counterpart (serializeExport, buildCsv, buildNdjson,
// buildParquet), which the golden tests pin: only where the work pauses differs (and the CSV and
// NDJSON may come as pieces, which are those bytes one after another).
import Papa from 'papaparse';
import { CSV_COLUMNS, csvRows } from './csv-export';
import type { ExportPost, ExportV1, ExportV2 } from './format';
import { wellFormedStrings } from './json-export';
import { buildNdjson, parquetOf, type WarehouseRow, warehouseRows } from './warehouse';

/** Snapshots built so far, of how many the file holds. */
export interface BuildProgress {
  done: number;
  total: number;
}

export interface BuildControl {
  /** Aborted: the build stops at the next chunk and throws BuildCancelled; nothing is returned. */
  signal?: AbortSignal;
  /** Called with done 0 first, then after each chunk: never going back, last with done === total. */
  onProgress?: (p: BuildProgress) => void;
  /** About how many snapshots a chunk holds. */
  chunkSize?: number;
}

export class BuildCancelled extends Error {
  constructor() {
    // i18n-ignore: never shown, the page says EXPORT_CANCELLED instead (components/common/export-file.ts)
    super('The export was cancelled');
    this.name = 'AbortError'; // i18n-ignore: an error name, code
  }
}

/** Large enough that pausing costs little, small enough that the page answers within a moment. */
const CHUNK_SNAPSHOTS = 5_000;

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function stopIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new BuildCancelled();
}

/** Hands the posts to `each` in chunks of about chunkSize snapshots, pausing after each one. */
async function inChunks(
  posts: readonly ExportPost[],
  ctl: BuildControl,
  each: (chunk: ExportPost[]) => void,
) {
  const size = ctl.chunkSize ?? CHUNK_SNAPSHOTS;
  const total = posts.reduce((n, p) => n + p.snapshots.length, 0);
  let done = 0;
  stopIfCancelled(ctl.signal);
  ctl.onProgress?.({ done, total });
  for (let start = 0; start < posts.length; ) {
    // A post without snapshots still counts as one, so a chunk never grows without end.
    let weight = 0;
    let end = start;
    while (end < posts.length && weight < size) weight += Math.max(1, posts[end++]!.snapshots.length);
    const chunk = posts.slice(start, end);
    each(chunk);
    start = end;
    done += chunk.reduce((n, p) => n + p.snapshots.length, 0);
    ctl.onProgress?.({ done, total });
    await nextTurn();
    stopIfCancelled(ctl.signal);
  }
}

/** serializeExport(data), a chunk of posts at a time. */
export async function serializeExportChunked(
  data: ExportV1 | ExportV2,
  ctl: BuildControl = {},
): Promise<string> {
  const posts: string[] = [];
  await inChunks(data.posts, ctl, (chunk) => {
    for (const p of chunk) posts.push(JSON.stringify(p, wellFormedStrings));
  });
  // The object's keys in their order, as JSON.stringify writes them (a key whose value it
  // would leave out is left out), with the posts serialized above.
  const members: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    const text: string | undefined =
      key === 'posts' ? `[${posts.join(',')}]` : JSON.stringify(value, wellFormedStrings);
    if (text !== undefined) members.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${members.join(',')}}`;
}

/**
 * buildCsv(data) in pieces, a chunk of posts at a time: the file is the pieces one after another.
 * They are never joined into one string here: the CSV repeats a post's text on each of its rows, so
 * a database JSON exports without trouble can make a CSV longer than the longest string a browser
 * holds (about 2^29 characters in V8); the page hands the pieces to a Blob (components/common/
 * download.ts), which holds them as they are.
 */
export async function buildCsvParts(data: ExportV1, ctl: BuildControl = {}): Promise<string[]> {
  // Papa writes the header line with a line break after it even with no rows, as buildCsv does;
  // a line break between chunks, none after the last.
  const parts = [`${Papa.unparse([[...CSV_COLUMNS]], { newline: '\r\n' })}\r\n`];
  let first = true;
  await inChunks(data.posts, ctl, (chunk) => {
    const rows = csvRows({ ...data, posts: chunk });
    if (rows.length === 0) return;
    if (!first) parts.push('\r\n');
    parts.push(Papa.unparse(rows, { newline: '\r\n' }));
    first = false;
  });
  return parts;
}

/** buildNdjson(data) in pieces, as buildCsvParts: every line ends in \n, so chunks just follow. */
export async function buildNdjsonParts(data: ExportV1, ctl: BuildControl = {}): Promise<string[]> {
  const parts: string[] = [];
  await inChunks(data.posts, ctl, (chunk) => parts.push(buildNdjson({ ...data, posts: chunk })));
  return parts;
}

/** buildCsv(data), a chunk of posts at a time, as one string (the page saves buildCsvParts'). */
export const buildCsvChunked = async (data: ExportV1, ctl: BuildControl = {}): Promise<string> =>
  (await buildCsvParts(data, ctl)).join('');

/** buildNdjson(data), a chunk of posts at a time, as one string (the page saves buildNdjsonParts'). */
export const buildNdjsonChunked = async (data: ExportV1, ctl: BuildControl = {}): Promise<string> =>
  (await buildNdjsonParts(data, ctl)).join('');

/**
 * buildParquet(data): the rows a chunk of posts at a time, then the file in one piece (the
 * writer has no pauses: onEncoding says it has started, and Cancel is heard once it is done).
 */
export async function buildParquetChunked(
  data: ExportV1,
  ctl: BuildControl & { onEncoding?: () => void } = {},
): Promise<ArrayBuffer> {
  const rows: WarehouseRow[] = [];
  await inChunks(data.posts, ctl, (chunk) => {
    for (const r of warehouseRows({ ...data, posts: chunk })) rows.push(r);
  });
  ctl.onEncoding?.();
  await nextTurn();
  stopIfCancelled(ctl.signal);
  const bytes = await parquetOf(rows);
  stopIfCancelled(ctl.signal);
  return bytes;
}
