// Reads a PostLens JSON export back on the page, before anything is sent: size, JSON syntax,
// format and version with a message a person can act on, then every field through the same check
// the background applies (checkAnyExport). Pure: text in, the export exactly as the file holds it,
// or the reason out, with a report of every problem when the fields are at fault.
import { t, uiLocale } from '../i18n';
import { withAnnotations } from './annotations-in-export';
import { checkAnyExport, withCampaigns } from './campaigns-in-export';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportV1, type ExportV2 } from './format';
import type { CheckOptions } from './import-check';
import type { ImportProblem } from './import-report';
import { repeatedKeys } from './json-keys';
import { looksTruncated } from './json-truncated';

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
  /** problems and total: a key written twice in one object (json-keys.ts), each with its path. */
  | { ok: false; error: string; problems?: ImportProblem[]; total?: number };

export function checkSize(bytes: number): string | null {
  if (bytes > MAX_IMPORT_BYTES) {
    const mb = new Intl.NumberFormat(uiLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return t('transfer.json.tooLarge', mb.format(bytes / 1024 / 1024));
  }
  return null;
}

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
    if (looksTruncated(text)) {
      return { ok: false, error: t('transfer.json.truncated') };
    }
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, error: t('transfer.json.invalid', detail) };
  }
  // JSON.parse keeps the last of a key written twice; which one the file meant, PostLens cannot know.
  const twice = repeatedKeys(text);
  if (twice) {
    const { problems, total } = twice;
    return { ok: false, error: t('transfer.json.badFields', twice.error), problems, total };
  }
  return { ok: true, value };
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Format and version first: the common mistakes (another app's JSON, a newer PostLens). */
export function checkHeader(value: unknown): string | null {
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
