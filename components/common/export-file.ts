// The one export path: the dashboard's Export JSON / CSV / NDJSON / Parquet and the options page's
// "Export everything first" (before pruning) build and save the same file the same way.
import { loadCampaigns, loadExportRecords } from '@/lib/queries';
import {
  buildCsv,
  buildExport,
  buildNdjson,
  buildParquet,
  type ExportKind,
  exportFileName,
  serializeExport,
  withCampaigns,
} from '@/lib/transfer';
import type { Download } from './download';

/** Saves the posts of `keys` (null: everything) in one format; answers what it saved, in words. */
export async function exportFile(
  kind: ExportKind,
  keys: ReadonlySet<string> | null,
  date: Date,
  download: Download,
): Promise<string> {
  const records = await loadExportRecords(keys);
  const data = buildExport(records, date);
  const name = exportFileName(kind, date);
  if (kind === 'json')
    download(serializeExport(withCampaigns(data, await loadCampaigns())), name, 'application/json');
  // The BOM makes spreadsheet apps read the file as UTF-8 (emoji, accents, RTL text).
  else if (kind === 'csv') download(`\uFEFF${buildCsv(data)}`, name, 'text/csv;charset=utf-8');
  else if (kind === 'ndjson') download(buildNdjson(data), name, 'application/x-ndjson');
  else download(await buildParquet(data), name, 'application/vnd.apache.parquet');
  return `Saved ${name}: ${data.posts.length} post${data.posts.length === 1 ? '' : 's'}.`;
}
