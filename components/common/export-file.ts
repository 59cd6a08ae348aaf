// The one export path: the dashboard's "Export JSON" / "Export CSV" and the options page's
// "Export everything first" (before pruning) build and save the same file the same way.
import { loadCampaigns, loadExportRecords } from '@/lib/queries';
import { buildCsv, buildExport, exportFileName, serializeExport, withCampaigns } from '@/lib/transfer';
import type { Download } from './download';

/** Saves the posts of `keys` (null: everything) as JSON or CSV; answers what it saved, in words. */
export async function exportFile(
  kind: 'json' | 'csv',
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
  else download(`\uFEFF${buildCsv(data)}`, name, 'text/csv;charset=utf-8');
  return `Saved ${name}: ${data.posts.length} post${data.posts.length === 1 ? '' : 's'}.`;
}
