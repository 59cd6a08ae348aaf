// @vitest-environment node

// NDJSON is read line by line. JSON.stringify leaves U+0085, U+2028 and U+2029 unescaped (valid
// JSON), but Python's str.splitlines and other line readers end a line at each: a post whose text
// held one had its row cut in two. They are written escaped; the text reads back exactly.
import { buildExport, buildNdjson } from '@/lib/transfer';
import { EXPORTED_AT, postRecord, snapshotRecord } from './fixtures';

const TEXT = 'one\u2028two\u2029three\u0085four';

/** Line ends as Python's str.splitlines knows them. */
const LINE_ENDS = [
  '\r\n',
  '\n',
  '\r',
  '\v',
  '\f',
  '\u001c',
  '\u001d',
  '\u001e',
  '\u0085',
  '\u2028',
  '\u2029',
];
/** Lines as str.splitlines cuts them, the ends dropped. */
const splitlines = (s: string) =>
  LINE_ENDS.reduce((text, end) => text.replaceAll(end, '\n'), s)
    .split('\n')
    .filter((l) => l !== '');

it('keeps each row on one line for every line reader, and its text exact', () => {
  const data = buildExport(
    {
      posts: [postRecord({ text: TEXT })],
      snapshots: [
        snapshotRecord({ likes: 1 }),
        snapshotRecord({ capturedAt: Date.UTC(2025, 2, 1, 9), likes: 2 }),
      ],
      authors: [],
      followerSnapshots: [],
    },
    EXPORTED_AT,
  );
  const file = buildNdjson(data);
  expect(file).not.toMatch(/[\u0085\u2028\u2029]/);
  const lines = splitlines(file);
  expect(lines).toHaveLength(2);
  expect(lines.map((l) => (JSON.parse(l) as { text: string }).text)).toEqual([TEXT, TEXT]);
});
