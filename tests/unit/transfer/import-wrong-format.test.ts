// @vitest-environment node

// Files Import refuses before reading their fields, and what it says. PostLens's own CSV or NDJSON
// export, chosen for Import, gave the parser's bare error ("Unexpected token 'p', "platform,p"…"),
// V8's English words inside the German sentence too: it now says which export that is, and that
// only a JSON export imports. Any other text that is not JSON says so in the user's language, the
// parser's words folded apart (the panel shows them under "Error details"). A file over the limit
// is named with its size rounded up, never "60.0 MB" for a file over 60 MB.
import { setMessageLookup } from '@/lib/i18n';
import { splitStorageError } from '@/lib/store';
import {
  buildCsv,
  buildExport,
  buildNdjson,
  checkSize,
  decodeImportBytes,
  MAX_IMPORT_BYTES,
  readImport,
  serializeExport,
} from '@/lib/transfer';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { EXPORTED_AT, VARIED } from './fixtures';

afterAll(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

async function inLanguage(lang: 'en' | 'de') {
  setMessageLookup(lookupFrom(await loadMessages(lang)), lang === 'en' ? 'en-US' : 'de');
}

const data = buildExport(VARIED, EXPORTED_AT);
/** What Import says of `text` saved as a file (its bytes read as the page reads them). */
function errorOf(text: string): string {
  const decoded = decodeImportBytes(new TextEncoder().encode(text));
  if (!decoded.ok) return decoded.error;
  const r = readImport(decoded.text, { now: EXPORTED_AT.getTime() });
  return r.ok ? '(imported)' : r.error;
}

const OTHER_EN = (format: string) =>
  `This is a PostLens ${format} export, which Import cannot read: only a file made with Export JSON imports. Make one with Export JSON, then import that file.`;
const OTHER_DE = (format: string) =>
  `Das ist ein ${format}-Export von PostLens, den der Import nicht lesen kann: Importieren lassen sich nur Dateien, die mit „JSON exportieren“ erstellt wurden. Erstelle eine mit „JSON exportieren“ und importiere dann diese Datei.`;

describe("PostLens's other exports, chosen for Import", () => {
  const ndjson = buildNdjson(data);
  const oneRow = `${ndjson.split('\n')[0]}\n`;
  it.each([
    ['the CSV export (with its BOM)', `\uFEFF${buildCsv(data)}`, 'CSV'],
    ['the NDJSON export', ndjson, 'NDJSON'],
    ['the NDJSON export with Windows line ends', ndjson.replaceAll('\n', '\r\n'), 'NDJSON'],
    ['an NDJSON export of one snapshot (one line, which is JSON)', oneRow, 'NDJSON'],
  ])('%s: says which export it is, and which one Import reads', async (_what, text, format) => {
    await inLanguage('en');
    expect(errorOf(text)).toBe(OTHER_EN(format));
    await inLanguage('de');
    expect(errorOf(text)).toBe(OTHER_DE(format));
  });

  it('the JSON export still imports', async () => {
    await inLanguage('en');
    expect(errorOf(serializeExport(data))).toBe('(imported)');
  });
});

describe('a text that is not JSON', () => {
  it.each([
    ['another CSV', 'name,likes\nLaunch,3\n'],
    ['a CSV whose first column is "platform"', 'platform,postId\nx,1'],
    ['a JSON export with a comma deleted', serializeExport(data).replace('","url"', '" "url"')],
    ['a line of JSON that is no NDJSON row, then another', '{"platform":"x"}\n{"platform":"y"}\n'],
  ])('%s: "not valid JSON" in the user’s language, the parser’s words folded apart', async (_what, text) => {
    await inLanguage('de');
    const { text: sentence, raw } = splitStorageError(errorOf(text));
    expect(sentence).toBe('Diese Datei ist kein gültiges JSON, daher wurde nichts importiert.');
    // V8's own words, kept for the curious, not in the German sentence.
    expect(raw).toMatch(/JSON|token|position/i);
    await inLanguage('en');
    expect(splitStorageError(errorOf(text)).text).toBe(
      'This file is not valid JSON, so nothing was imported.',
    );
  });
});

describe('a file over the limit', () => {
  const MB = 1024 * 1024;
  it.each([
    [MAX_IMPORT_BYTES + 1, '60.1'],
    [Math.round(60.04 * MB), '60.1'],
    [Math.floor(60.1 * MB), '60.1'],
    [Math.ceil(60.1 * MB), '60.2'],
    [61 * MB, '61.0'],
  ])('%s bytes reads as %s MB, over the 60 MB Import reads', async (bytes, shown) => {
    await inLanguage('en');
    expect(checkSize(bytes)).toBe(
      `The file is too large (${shown} MB). PostLens imports exports up to 60 MB.`,
    );
    await inLanguage('de');
    expect(checkSize(bytes)).toBe(
      `Die Datei ist zu groß (${shown.replace('.', ',')} MB). PostLens importiert Exporte bis 60 MB.`,
    );
  });

  it('a file of exactly 60 MB is read', () => expect(checkSize(MAX_IMPORT_BYTES)).toBeNull());
});
