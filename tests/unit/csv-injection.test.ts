// @vitest-environment node

import Papa from 'papaparse';
import { neutraliseCell } from '@/lib/transfer/csv-export';

// CSV formula injection (OWASP "CSV Injection"): a text cell a spreadsheet could run as a formula
// gets one leading ' and is otherwise kept byte for byte; every other cell is kept exactly. Numbers
// are numbers: a negative number we write stays a number, never text.

const TRIGGERS = ['=', '+', '-', '@', '＝', '＋', '－', '＠', '﹦', '﹢', '﹣', '﹫', '\u2212'];

// What may come before a trigger and still leave it the first thing a spreadsheet reads.
const INVISIBLES: [name: string, text: string][] = [
  ['space', ' '],
  ['spaces', '   '],
  ['tab', '\t'],
  ['CR', '\r'],
  ['LF', '\n'],
  ['CRLF', '\r\n'],
  ['NBSP', '\u00a0'],
  ['narrow NBSP', '\u202f'],
  ['ideographic space', '\u3000'],
  ['zero-width space', '\u200b'],
  ['zero-width non-joiner', '\u200c'],
  ['zero-width joiner', '\u200d'],
  ['word joiner', '\u2060'],
  ['BOM', '\ufeff'],
  ['LRM', '\u200e'],
  ['RLM', '\u200f'],
  ['RLO', '\u202e'],
  ['soft hyphen', '\u00ad'],
  ['Mongolian vowel separator', '\u180e'],
  ['combining grapheme joiner', '\u034f'],
  ['Hangul filler', '\u3164'],
  ['halfwidth Hangul filler', '\uffa0'],
  ['mixed', ' \u200b\ufeff\t'],
];

const PAYLOADS = ['1+1', 'HYPERLINK("https://evil.example","x")', "cmd|' /C calc'!A0", 'SUM(A1:A9)'];

type Vector = [name: string, text: string];

// Every trigger alone, before each payload, and after each run of invisible characters.
const VECTORS: Vector[] = [
  ...TRIGGERS.map((t): Vector => [`${t} alone`, t]),
  ...TRIGGERS.flatMap((t) => PAYLOADS.map((p): Vector => [`${t} then ${p}`, `${t}${p}`])),
  ...TRIGGERS.flatMap((t) => INVISIBLES.map(([name, inv]): Vector => [`${name} then ${t}`, `${inv}${t}1+1`])),
  // OWASP: a tab or CR that starts the cell is itself dangerous, whatever follows; LF likewise.
  ['tab first', '\tplain'],
  ['CR first', '\rplain'],
  ['LF first', '\nplain'],
  ['CRLF first', '\r\nplain'],
  ['DDE', "=cmd|' /C calc'!A0"],
  ['negative number as text', '-5'],
  ['a dash bullet', '- bullet'],
  ['an @mention', '@ann thanks!'],
  ['a plus-prefixed count as text', '+12'],
];

// Text that is not a formula: kept exactly.
const ORDINARY: [name: string, text: string][] = [
  ['plain text', 'plain text'],
  ['empty', ''],
  ['formula sign inside', 'a=b'],
  ['dash inside', 'state-of-the-art'],
  ['leading space then text', '  indented'],
  ['zero-width space then text', '\u200bhello'],
  ['BOM then text', '\ufeffhello'],
  ['leading quote already', "'=1"],
  ['double quote then formula', '"=1"'],
  ['hashtag', '#launch'],
  ['number-like text', '12'],
  ['decimal string', '12.50'],
  // An en or em dash is typography, not an operator: no spreadsheet reads "– aside" as a formula.
  ['en dash first', '– aside'],
  ['em dash first', '— aside'],
  ['percent', '%20'],
  ['pipe', '|x'],
  ['emoji', '🎉 =1'],
  ['handle without @', 'ann'],
  ['ISO date', '2025-02-28T13:00:00.000Z'],
  ['URL', 'https://x.com/a/status/1?x=1'],
  ['line break inside', 'a\n=1'],
];

describe('neutraliseCell: formula injection vectors', () => {
  it.each(VECTORS)('%s is neutralised with one leading quote', (_name, text) => {
    expect(neutraliseCell(text)).toBe(`'${text}`);
  });

  it('covers the table it claims', () => {
    expect(VECTORS.length).toBe(TRIGGERS.length * (1 + PAYLOADS.length + INVISIBLES.length) + 9);
  });
});

describe('neutraliseCell: ordinary text and numbers', () => {
  it.each(ORDINARY)('%s is kept exactly', (_name, text) => {
    expect(neutraliseCell(text)).toBe(text);
  });

  it.each<[number | null]>([[0], [12], [-5], [-0.25], [1e13], [null]])(
    'number %j stays the same number (negative ones too)',
    (v) => {
      expect(neutraliseCell(v)).toBe(v);
    },
  );

  it.each([...VECTORS, ...ORDINARY])('%s: neutralising twice changes nothing more', (_name, text) => {
    const once = neutraliseCell(text);
    expect(neutraliseCell(once)).toBe(once);
  });
});

describe('neutralised cells through papaparse, as buildCsv writes them', () => {
  const write = (cells: (string | number | null)[]) =>
    Papa.unparse(
      { fields: cells.map((_, i) => `c${i}`), data: [cells.map(neutraliseCell)] },
      { newline: '\r\n' },
    );

  it('reads back every vector as the quote plus the original, byte for byte', () => {
    const texts = VECTORS.map(([, t]) => t);
    const parsed = Papa.parse<string[]>(write(texts), { newline: '\r\n' }).data;
    expect(parsed[1]).toEqual(texts.map((t) => `'${t}`));
  });

  it('reads back ordinary text exactly', () => {
    const texts = ORDINARY.map(([, t]) => t);
    const parsed = Papa.parse<string[]>(write(texts), { newline: '\r\n' }).data;
    expect(parsed[1]).toEqual(texts);
  });

  it('writes numbers as bare numbers, negative ones too, and text "-5" as quoted text', () => {
    expect(write([-5, 12, 0.5, null, '-5']).split('\r\n')[1]).toBe("-5,12,0.5,,'-5");
  });
});
