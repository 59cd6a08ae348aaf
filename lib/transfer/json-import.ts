// Reads a PostLens JSON export back on the page, before anything is sent: size, JSON syntax,
// format and version with a message a person can act on, then every field through the same check
// the background applies (checkAnyExport). Pure: text in, the export exactly as the file holds it,
// or the reason out, with a report of every problem when the fields are at fault.
import { numberFormat } from '../format';
import { t, uiLocale } from '../i18n';
import { withRawError } from '../raw-error';
import { withAnnotations } from './annotations-in-export';
import { checkAnyExport, withCampaigns } from './campaigns-in-export';
import { CSV_COLUMNS } from './csv-export';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportV1, type ExportV2 } from './format';
import type { CheckOptions } from './import-check';
import type { ImportProblem } from './import-report';
import { writtenProblems } from './json-keys';
import { looksTruncated } from './json-truncated';
import { WAREHOUSE_COLUMNS } from './warehouse';

export { looksTruncated };

/** The largest file Import reads (README "Export format"). */
export const MAX_IMPORT_BYTES = 60 * 1024 * 1024;

export type ImportCheck =
  /**
   * respelled: the handles the file spells in more than one case, merged into one author in data
   * (ExportCheck's, kept so the preview can name them as the import's result does; the key only
   * when there are any).
   */
  | { ok: true; data: ExportV1 | ExportV2; respelled?: string[] }
  /** problems and total: the report when the fields are at fault (import-report.ts). */
  | { ok: false; error: string; problems?: ImportProblem[]; total?: number };
export type ParseResult =
  | { ok: true; value: unknown }
  /**
   * problems and total: a key written twice in one object, a count written with a decimal point
   * or an exponent (json-keys.ts), each with its path.
   */
  | { ok: false; error: string; problems?: ImportProblem[]; total?: number };

/**
 * A file's size in megabytes, one decimal, in the user's language: rounded up, so a file just over
 * the limit never reads as "60.0 MB, up to 60 MB" (here and in the export's tooLargeToImport).
 */
export function shownMegabytes(bytes: number): string {
  const mb = Math.ceil((bytes / 1024 / 1024) * 10) / 10;
  return numberFormat(uiLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(mb);
}

export function checkSize(bytes: number): string | null {
  return bytes > MAX_IMPORT_BYTES ? t('transfer.json.tooLarge', shownMegabytes(bytes)) : null;
}

/** How PostLens's CSV export starts (its header; older versions wrote the same first columns). */
const CSV_START = new RegExp(`^${CSV_COLUMNS.slice(0, 3).join(',')}(?:,|\\r?\\n|$)`);
/** How each line of PostLens's NDJSON export starts ({"platform":…,"postKey":…). */
const NDJSON_START = `{${JSON.stringify(WAREHOUSE_COLUMNS[0][0])}:`;

/** A row of the NDJSON export: the one object its every line holds. */
const isNdjsonRow = (v: unknown): boolean =>
  isObj(v) && typeof v.platform === 'string' && typeof v[WAREHOUSE_COLUMNS[1][0]] === 'string';

/**
 * "CSV" or "NDJSON" when the text is one of PostLens's other exports, which a person may well
 * choose for Import: the message then says which file Import reads, not how the JSON is wrong.
 * Only the start is read (a line of the NDJSON holds one snapshot, so it is short).
 */
function otherExport(text: string): 'CSV' | 'NDJSON' | null {
  if (CSV_START.test(text)) return 'CSV';
  if (!text.startsWith(NDJSON_START)) return null;
  const end = text.indexOf('\n');
  try {
    return isNdjsonRow(JSON.parse(end < 0 ? text : text.slice(0, end))) ? 'NDJSON' : null;
  } catch {
    return null;
  }
}

/** What the import says of PostLens's CSV or NDJSON export: only a JSON export imports. */
const otherExportText = (format: 'CSV' | 'NDJSON') => t('transfer.json.otherExport', format);

/**
 * A file's bytes as text, strictly UTF-8 (what Export JSON writes, and what JSON must be): a byte
 * that is not UTF-8 (a file saved again as Latin-1 or UTF-16, or damaged) refuses the file rather
 * than becoming U+FFFD in a post's text; a file that ends inside a character is a cut-off file.
 */
export function decodeImportBytes(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; error: string } {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let text: string;
  try {
    text = decoder.decode(bytes, { stream: true });
  } catch {
    return { ok: false, error: t('transfer.json.notUtf8') };
  }
  try {
    return { ok: true, text: text + decoder.decode() };
  } catch {
    return { ok: false, error: t('transfer.json.truncated') };
  }
}

export function parseJsonText(raw: string): ParseResult {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.trim() === '') return { ok: false, error: t('transfer.json.empty') };
  const sizeError = checkSize(text.length);
  if (sizeError) return { ok: false, error: sizeError };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const other = otherExport(text);
    if (other) return { ok: false, error: otherExportText(other) };
    if (looksTruncated(text)) {
      return { ok: false, error: t('transfer.json.truncated') };
    }
    // The parser's own words (V8's English: "Unexpected token…") folded under "Error details",
    // the sentence in the user's language.
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, error: withRawError(t('transfer.json.invalid'), detail) };
  }
  // JSON.parse keeps the last of a key written twice, and reads 1.0000000000000001 as 1: which
  // the file meant, PostLens cannot know.
  const written = writtenProblems(text);
  if (written) {
    const { problems, total } = written;
    return { ok: false, error: t('transfer.json.badFields', written.error), problems, total };
  }
  return { ok: true, value };
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Format and version first: the common mistakes (another app's JSON, a newer PostLens). */
export function checkHeader(value: unknown): string | null {
  // An NDJSON export of one snapshot is one line, which parses as JSON.
  if (isNdjsonRow(value)) return otherExportText('NDJSON');
  if (!isObj(value) || value.format !== EXPORT_FORMAT) {
    return t('transfer.json.notExport', EXPORT_FORMAT);
  }
  if (value.version !== 1 && value.version !== EXPORT_VERSION) {
    if (typeof value.version === 'number' && value.version > EXPORT_VERSION) {
      return t('transfer.json.newer', value.version, EXPORT_VERSION);
    }
    const version = JSON.stringify(value.version) ?? t('transfer.json.versionMissing');
    return t('transfer.json.unsupported', version, EXPORT_VERSION);
  }
  return null;
}

export function validateExport(value: unknown, options: CheckOptions = {}): ImportCheck {
  const header = checkHeader(value);
  if (header) return { ok: false, error: header };
  const checked = checkAnyExport(value, options);
  if (!checked.ok) {
    return {
      ok: false,
      error: t('transfer.json.badFields', checked.error),
      problems: checked.problems,
      total: checked.total,
    };
  }
  const respelled = checked.respelled && { respelled: checked.respelled };
  // A file with annotations is handed on as version 2, the version that can carry them.
  if (checked.annotations)
    return {
      ok: true,
      data: withAnnotations(withCampaigns(checked.data, checked.campaigns), checked.annotations),
      ...respelled,
    };
  return {
    ok: true,
    data: checked.campaigns.length > 0 ? withCampaigns(checked.data, checked.campaigns) : checked.data,
    ...respelled,
  };
}

/** Parse and validate in one step. */
export function readImport(text: string, options: CheckOptions = {}): ImportCheck {
  const parsed = parseJsonText(text);
  return parsed.ok ? validateExport(parsed.value, options) : parsed;
}
