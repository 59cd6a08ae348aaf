// @vitest-environment node

import Papa from 'papaparse';
import { buildCsv, CSV_COLUMNS, exportRows, neutraliseCell } from '@/lib/transfer/csv-export';
import type { ExportPost, ExportV1 } from '@/lib/transfer/format';

function exportOf(posts: Partial<ExportPost>[]): ExportV1 {
  return {
    format: 'postlens-export',
    version: 1,
    exportedAt: '2025-03-01T00:00:00.000Z',
    authors: [],
    posts: posts.map((p, i) => ({
      platform: 'x',
      postId: String(i + 1),
      url: `https://x.com/a/status/${i + 1}`,
      author: { handle: 'alice', name: 'Alice', followers: 1000 },
      publishedAt: '2025-02-28T10:00:00.000Z',
      text: 'hello',
      snapshots: [
        {
          capturedAt: '2025-02-28T12:00:00.000Z',
          likes: 40,
          comments: 5,
          reposts: 5,
          saves: null,
          views: 2000,
          followers: null,
        },
      ],
      ...p,
    })),
  };
}

const parse = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;

describe('formula injection', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ['+1+2', `'+1+2`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tTAB', `'\tTAB`],
    ['\rCR', `'\rCR`],
    ['plain text', 'plain text'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('text %j is written as %j', (text, expected) => {
    const rows = parse(
      buildCsv(exportOf([{ text, author: { handle: text || null, name: text, followers: 1000 } }])),
    );
    const header = rows[0]!;
    const row = rows[1]!;
    expect(row[header.indexOf('text')]).toBe(expected);
    expect(row[header.indexOf('authorName')]).toBe(expected);
  });

  it.each([
    [12, 12],
    [0, 0],
    [null, null],
    ['=1', `'=1`],
    ['-5', `'-5`],
  ])('neutraliseCell(%j) → %j (numbers stay numbers)', (v, out) => expect(neutraliseCell(v)).toBe(out));
});

describe('buildCsv', () => {
  it('writes one row per snapshot with the post identity, counts, followers and both rates', () => {
    const data = exportOf([{}]);
    data.posts[0]!.snapshots.push({
      capturedAt: '2025-02-28T13:00:00.000Z',
      likes: 90,
      comments: 5,
      reposts: 5,
      saves: null,
      views: null,
      followers: 2000,
    });
    const rows = parse(buildCsv(data));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    const at = (r: number, c: string) => rows[r]![rows[0]!.indexOf(c)];
    expect(at(1, 'platform')).toBe('x');
    expect(at(1, 'postId')).toBe('1');
    expect(at(1, 'likes')).toBe('40');
    expect(at(1, 'saves')).toBe('');
    // No snapshot followers: the author's latest known (1000) is used and shown.
    expect(at(1, 'followers')).toBe('1000');
    expect(at(1, 'engagement')).toBe('50');
    expect(Number(at(1, 'erByFollowers'))).toBeCloseTo(50 / 1000);
    expect(Number(at(1, 'erByViews'))).toBeCloseTo(50 / 2000);
    expect(at(2, 'followers')).toBe('2000');
    expect(Number(at(2, 'erByFollowers'))).toBeCloseTo(100 / 2000);
    expect(at(2, 'erByViews')).toBe('');
  });

  it('keeps numbers unquoted and quotes text with commas, quotes and newlines', () => {
    const csv = buildCsv(exportOf([{ text: 'one, "two"\nthree' }]));
    expect(csv).toContain('"one, ""two""\nthree"');
    expect(csv).toMatch(/,40,5,5,,2000,1000,50,/);
    expect(parse(csv)[1]![CSV_COLUMNS.indexOf('text')]).toBe('one, "two"\nthree');
  });

  it('replaces lone surrogates and keeps emoji', () => {
    const rows = exportRows(exportOf([{ text: 'ok 🚀 cut \uD83D' }]));
    expect(rows[0]![CSV_COLUMNS.indexOf('text')]).toBe('ok 🚀 cut \uD83D');
    expect(parse(buildCsv(exportOf([{ text: 'ok 🚀 cut \uD83D' }])))[1]![CSV_COLUMNS.indexOf('text')]).toBe(
      'ok 🚀 cut \uFFFD',
    );
  });
});
