// The one export path: the dashboard's Export JSON / CSV / NDJSON / Parquet and the options page's
// "Export everything first" (before pruning) build and save the same file the same way.
import { EMPTY_ANNOTATIONS, getAnnotations } from '@/lib/annotations';
import { formatNumber } from '@/lib/format';
import { loadCampaigns, loadExportRecords } from '@/lib/queries';
import {
  BuildCancelled,
  type BuildProgress,
  buildCsvParts,
  buildExport,
  buildNdjsonParts,
  buildParquetChunked,
  EXCEL_CELL_MAX,
  type ExportKind,
  exportFileName,
  MAX_IMPORT_BYTES,
  postsOverExcelCell,
  SHEETS_CELL_MAX,
  serializeExportChunked,
  shownMegabytes,
  stopIfCancelled,
  withAnnotations,
  withCampaigns,
  withWatchlist,
} from '@/lib/transfer';
import { getWatchlist } from '@/lib/watchlist';
import { t, tn, uiLocale } from '../../lib/i18n';
import type { Download, FileContent } from './download';

/** Where an export is: reading the database, building the file (snapshots done of total), encoding Parquet. */
export type ExportStage =
  | { stage: 'reading' }
  | ({ stage: 'building' } & BuildProgress)
  | { stage: 'encoding' };

export interface ExportControl {
  /** Aborted: no file is saved, and exportFile answers exportCancelled(). */
  signal?: AbortSignal;
  onStage?: (stage: ExportStage) => void;
}

/** What exportFile answers when the export was cancelled, in the user's language. */
export const exportCancelled = (): string => t('common.export.cancelled');

/** The read, or BuildCancelled as soon as the signal aborts (a read writes nothing: it may run on). */
function unlessCancelled<T>(read: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return read;
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(new BuildCancelled());
    if (signal.aborted) return stop();
    signal.addEventListener('abort', stop, { once: true });
    read.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

/**
 * The size in bytes of `text` saved as UTF-8 (what the file holds, and what Import's size check
 * reads), counted without encoding a copy of it. A surrogate pair (4 bytes) is two code units of
 * 2; JSON.stringify leaves no lone surrogate.
 */
function utf8Size(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}

/**
 * After the saved message of a JSON file Import would refuse (over MAX_IMPORT_BYTES): that
 * PostLens cannot import it back, and why; null when Import reads it. No code unit takes more
 * than 3 bytes in UTF-8, so a text of at most a third of the limit in code units is not counted.
 */
function notImportable(text: string): string | null {
  if (text.length * 3 <= MAX_IMPORT_BYTES) return null;
  const bytes = utf8Size(text);
  return bytes > MAX_IMPORT_BYTES ? t('common.export.tooLargeToImport', shownMegabytes(bytes)) : null;
}

/**
 * Saves the posts of `keys` (null: everything) in one format; answers what it saved, in words.
 * The file is handed to `download` whole, once built, or not at all (cancelled or failed).
 */
export async function exportFile(
  kind: ExportKind,
  keys: ReadonlySet<string> | null,
  date: Date,
  download: Download,
  { signal, onStage }: ExportControl = {},
): Promise<string> {
  try {
    onStage?.({ stage: 'reading' });
    const records = await unlessCancelled(loadExportRecords(keys), signal);
    const campaigns = kind === 'json' ? await unlessCancelled(loadCampaigns(), signal) : [];
    // Like campaigns, all of them whatever the filter: they are the user's words, not posts.
    const annotations = kind === 'json' ? await unlessCancelled(getAnnotations(), signal) : EMPTY_ANNOTATIONS;
    // The stars too (not the thresholds: settings of this browser), so a backup brings them back.
    const stars = kind === 'json' ? await unlessCancelled(getWatchlist(), signal) : null;
    stopIfCancelled(signal);
    const data = buildExport(records, date);
    const build = { signal, onProgress: (p: BuildProgress) => onStage?.({ stage: 'building', ...p }) };
    const name = exportFileName(kind, date, keys !== null);
    // CSV and NDJSON in pieces, never joined: one string would hold less than the file can be.
    let file: [FileContent, string];
    if (kind === 'json')
      file = [
        await serializeExportChunked(
          withWatchlist(withAnnotations(withCampaigns(data, campaigns), annotations), stars),
          build,
        ),
        'application/json',
      ];
    // The BOM makes spreadsheet apps read the file as UTF-8 (emoji, accents, RTL text).
    else if (kind === 'csv')
      file = [['\uFEFF', ...(await buildCsvParts(data, build))], 'text/csv;charset=utf-8'];
    else if (kind === 'ndjson') file = [await buildNdjsonParts(data, build), 'application/x-ndjson'];
    else {
      const onEncoding = () => onStage?.({ stage: 'encoding' });
      file = [await buildParquetChunked(data, { ...build, onEncoding }), 'application/vnd.apache.parquet'];
    }
    stopIfCancelled(signal);
    download(file[0], name, file[1]);
    const saved = tn('common.export.saved', data.posts.length, name);
    // CSV, NDJSON and Parquet hold one row per snapshot: a post with none (imported from a file
    // whose post had "snapshots": []) has no row there, which the message says rather than hides.
    const rowless = kind === 'json' ? 0 : data.posts.filter((p) => p.snapshots.length === 0).length;
    // The CSV holds every text whole, but Excel, which most open a CSV with, cuts a cell longer than
    // it holds when it opens the file, silently: the message says so, and which formats keep it.
    // Google Sheets holds more (such a cell is over Excel's limit too), but not every text whole.
    const excelCut = kind === 'csv' ? postsOverExcelCell(data) : 0;
    const sheetsCut = excelCut > 0 ? postsOverExcelCell(data, SHEETS_CELL_MAX) : 0;
    const notes = [saved];
    // A JSON export is also the backup Import restores (the options page saves one before pruning):
    // one Import would refuse is said so now, when it is saved, not only when it is restored.
    const tooLarge = kind === 'json' && typeof file[0] === 'string' ? notImportable(file[0]) : null;
    if (tooLarge) notes.push(tooLarge);
    if (rowless > 0) notes.push(tn('common.export.noRows', rowless));
    if (excelCut > 0)
      notes.push(tn('common.export.excelCells', excelCut, formatNumber(EXCEL_CELL_MAX, uiLocale())));
    if (sheetsCut > 0)
      notes.push(tn('common.export.sheetsCells', sheetsCut, formatNumber(SHEETS_CELL_MAX, uiLocale())));
    return notes.join(' ');
  } catch (e) {
    if (e instanceof BuildCancelled) return exportCancelled();
    throw e;
  }
}
