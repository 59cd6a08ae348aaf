// Reading an import file in stages a page can show: reading (with progress), parsing, validating,
// comparing with the database. Nothing is written here; the caller sends importData after the
// user confirms what will be added.

import type { ImportCounts } from '@/lib/messaging';
import { previewCampaigns, previewImport } from '@/lib/queries';
import type { CheckOptions, ExportV1, ImportProblem } from '@/lib/transfer';
import { campaignsOf, checkSize, type ExportV2, parseJsonText, validateExport } from '@/lib/transfer';

export type Stage =
  | { stage: 'reading'; fraction: number | null }
  | { stage: 'parsing' }
  | { stage: 'validating' }
  | { stage: 'comparing' };

export type Prepared =
  | { ok: true; data: ExportV1 | ExportV2; preview: ImportCounts; fileName: string }
  /** problems and total: the report of a file whose fields are at fault (nothing is written). */
  | { ok: false; error: string; problems?: ImportProblem[]; total?: number };

/** A turn of the event loop, so the page paints the stage before the next long step. */
const paint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function readFileText(file: Blob, onProgress: (fraction: number | null) => void): Promise<string> {
  if (typeof FileReader === 'undefined') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => onProgress(e.lengthComputable && e.total > 0 ? e.loaded / e.total : null);
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file, 'utf-8');
  });
}

/** options.now: the clock times in the file are checked against (tests set it). */
export async function prepareImport(
  file: File,
  onStage: (s: Stage) => void,
  options: CheckOptions = {},
): Promise<Prepared> {
  try {
    const tooLarge = checkSize(file.size);
    if (tooLarge) return { ok: false, error: tooLarge };
    onStage({ stage: 'reading', fraction: 0 });
    const text = await readFileText(file, (fraction) => onStage({ stage: 'reading', fraction }));
    onStage({ stage: 'parsing' });
    await paint();
    const parsed = parseJsonText(text);
    if (!parsed.ok) return parsed;
    onStage({ stage: 'validating' });
    await paint();
    const checked = validateExport(parsed.value, options);
    if (!checked.ok) return checked;
    onStage({ stage: 'comparing' });
    await paint();
    const preview = await previewImport(checked.data);
    const campaigns = campaignsOf(checked.data);
    if (campaigns.length > 0) preview.campaigns = await previewCampaigns(campaigns);
    return { ok: true, data: checked.data, preview, fileName: file.name };
  } catch (e) {
    return { ok: false, error: `The file could not be read: ${e instanceof Error ? e.message : String(e)}` };
  }
}
