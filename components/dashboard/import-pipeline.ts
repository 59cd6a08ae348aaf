// Reading an import file in stages a page can show: reading (with progress), parsing, validating,
// comparing with the database. Nothing is written here; the caller sends importData after the
// user confirms what will be added. An aborted signal stops at the next stage: nothing is sent.

import { formatNumber } from '@/lib/format';
import type { ImportCounts } from '@/lib/messaging';
import { type PreviewCounts, previewImport } from '@/lib/queries';
import { describeStorageError, splitStorageError, withRawError } from '@/lib/store';
import type { AnnotationsAdded, CheckOptions, ExportV1, ImportProblem } from '@/lib/transfer';
import {
  checkSize,
  decodeImportBytes,
  type ExportV2,
  parseJsonText,
  previewImportedAnnotations,
  validateExport,
} from '@/lib/transfer';
import { t, uiLocale } from '../../lib/i18n';
import { rawError } from '../common/action-failed';

export type Stage =
  | { stage: 'reading'; fraction: number | null }
  | { stage: 'parsing' }
  | { stage: 'validating' }
  | { stage: 'comparing' };

/** The background writing the file: one transaction, which cannot say how far it is. */
export type WriteStage = { stage: 'importing'; records: number };

/** Each stage's words, asked for when shown. */
const STAGE_TEXT = {
  reading: () => t('dashboard.import.stageReading'),
  parsing: () => t('dashboard.import.stageParsing'),
  validating: () => t('dashboard.import.stageValidating'),
  comparing: () => t('dashboard.import.stageComparing'),
} as const;

export function stageText(s: Stage | WriteStage): string {
  if (s.stage === 'importing') return t('dashboard.import.writing', formatNumber(s.records, uiLocale()));
  return STAGE_TEXT[s.stage]();
}

/** What an import adds, in records (posts, snapshots, authors, follower readings, campaigns). */
export const recordsOf = (c: ImportCounts & { campaigns?: number }) =>
  c.posts + c.snapshots + c.authors + c.followerSnapshots + (c.campaigns ?? 0);

/**
 * What an import would add: its records, and the author sets, tags and notes it would add to those
 * stored (annotations: undefined for a file without any). These go to storage.local, not to the
 * database, so they are no records and the background's answer does not count them.
 */
export type ImportPreview = PreviewCounts & { annotations?: AnnotationsAdded };

export type Prepared =
  /**
   * data: the file as checked (merged and cleaned), which the preview counts. file: the file as
   * parsed, which passed that check (so it is an export): what importData is sent, for the
   * background checks the raw file itself. respelled: the handles that check merged across
   * spellings (ImportCheck's), which the preview names as the import's result will.
   */
  | {
      ok: true;
      data: ExportV1 | ExportV2;
      file: ExportV1 | ExportV2;
      respelled?: string[];
      preview: ImportPreview;
      fileName: string;
    }
  /** problems and total: the report of a file whose fields are at fault (nothing is written). */
  | { ok: false; error: string; problems?: ImportProblem[]; total?: number; cancelled?: true };

/**
 * What importing the checked file would add to the database as it is now (its campaigns too when
 * it has any), and to the sets, tags and notes stored now. Asked again when the data changes under
 * a preview shown (a delete), so the preview says what Import then adds.
 */
export async function countImport(data: ExportV1 | ExportV2): Promise<ImportPreview> {
  const [preview, annotations]: [ImportPreview, AnnotationsAdded | undefined] = await Promise.all([
    previewImport(data),
    previewImportedAnnotations(data),
  ]);
  if (annotations) preview.annotations = annotations;
  return preview;
}

/**
 * Storage's sentence for why an import failed, with what to do when it says none (the generic
 * failure, an aborted transaction): import the file again, then restart the browser. Nothing of
 * the file was written, so importing it again adds nothing twice. The others say what to do
 * themselves (free disk space, update PostLens, close other PostLens tabs, it reopens).
 */
export function storageWhy(text: string): string {
  return text === t('store.error.failed') || text === t('store.error.aborted')
    ? t('dashboard.import.storageRetry', text)
    : text;
}

/**
 * Storage's sentences that speak of a write, each with what is true of this read instead: the
 * connection closed (the page opens it again on its next read), or the browser aborted the read.
 */
const READ_CUT_SHORT = [
  ['store.error.closed', 'dashboard.import.readClosed'],
  ['store.error.aborted', 'dashboard.import.readAborted'],
] as const;

/**
 * What the panel says when the database could not be read to count a preview (nothing is sent):
 * storage's sentence for why (describeStorageError: store.error.*, or store.blocked whole, with
 * storageWhy's advice; a read cut short said as a read, READ_CUT_SHORT, with storageRetry's), the
 * browser's error folded after it.
 */
export function countFailed(e: unknown): string {
  const { text, raw } = splitStorageError(describeStorageError(e));
  const read = READ_CUT_SHORT.find(([said]) => text === t(said));
  const why = read ? t('dashboard.import.storageRetry', t(read[1])) : storageWhy(text);
  return withRawError(t('dashboard.import.countFailed', why), raw ?? '');
}

/** What the panel says when Cancel stopped the import before anything was sent. */
export const importCancelledEarly = () => t('dashboard.import.cancelledEarly');

/** A turn of the event loop, so the page paints the stage before the next long step. */
const paint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The file's bytes; decodeImportBytes makes them text, refusing what is not UTF-8. */
export function readFileBytes(
  file: Blob,
  onProgress: (fraction: number | null) => void,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  if (typeof FileReader === 'undefined') return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    signal?.addEventListener('abort', () => {
      reader.abort();
      // i18n-ignore: not shown (the DOMException's name, AbortError)
      reject(new DOMException(t('dashboard.import.aborted'), 'AbortError'));
    });
    reader.onprogress = (e) => onProgress(e.lengthComputable && e.total > 0 ? e.loaded / e.total : null);
    reader.onload = () =>
      reader.result instanceof ArrayBuffer
        ? resolve(new Uint8Array(reader.result))
        : reject(new Error(t('dashboard.import.unreadable')));
    reader.onerror = () => reject(reader.error ?? new Error(t('dashboard.import.unreadable')));
    // Bytes, not readAsText: that would turn bytes that are not UTF-8 into U+FFFD without a word.
    reader.readAsArrayBuffer(file);
  });
}

const cancelled = () => ({ ok: false, error: importCancelledEarly(), cancelled: true }) as const;

/**
 * options.now: the clock times in the file are checked against (tests set it). signal: Cancel;
 * heard between stages (a stage itself runs to its end), answered with `cancelled`.
 */
export async function prepareImport(
  file: File,
  onStage: (s: Stage) => void,
  options: CheckOptions = {},
  signal?: AbortSignal,
): Promise<Prepared> {
  try {
    const tooLarge = checkSize(file.size);
    if (tooLarge) return { ok: false, error: tooLarge };
    onStage({ stage: 'reading', fraction: 0 });
    const bytes = await readFileBytes(file, (fraction) => onStage({ stage: 'reading', fraction }), signal);
    onStage({ stage: 'parsing' });
    await paint();
    if (signal?.aborted) return cancelled();
    const decoded = decodeImportBytes(bytes);
    if (!decoded.ok) return decoded;
    const parsed = parseJsonText(decoded.text);
    if (!parsed.ok) return parsed;
    onStage({ stage: 'validating' });
    await paint();
    if (signal?.aborted) return cancelled();
    const checked = validateExport(parsed.value, options);
    if (!checked.ok) return checked;
    onStage({ stage: 'comparing' });
    await paint();
    if (signal?.aborted) return cancelled();
    let preview: ImportPreview;
    try {
      preview = await countImport(checked.data);
    } catch (e) {
      if (signal?.aborted) return cancelled();
      // The file read and checked fine: what failed is the read of the database it is compared with.
      return { ok: false, error: countFailed(e) };
    }
    // validateExport accepted parsed.value, so it is a version 1 or 2 export as its header says.
    const raw = parsed.value as ExportV1 | ExportV2;
    // checked: its data, and the handles it merged across spellings (respelled) when there are any.
    return signal?.aborted ? cancelled() : { ...checked, file: raw, preview, fileName: file.name };
  } catch (e) {
    if (signal?.aborted) return cancelled();
    // The user's sentence, the browser's words (often English: NotReadableError) folded after it.
    return { ok: false, error: withRawError(t('dashboard.import.readFailed'), rawError(e)) };
  }
}
