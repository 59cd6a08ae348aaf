// @vitest-environment node

// Hostile and damaged import files, and instants at the edge of what a Date holds: each is kept
// exactly or refused with where, what and why; nothing is resolved, replaced or re-dated quietly.
import { prepareImport } from '@/components/dashboard/import-pipeline';
import type { PostRecord } from '@/lib/records';
import {
  buildExport,
  checkExport,
  type ExportPost,
  type ExportV1,
  instantRule,
  readImport,
  serializeExport,
} from '@/lib/transfer';
import { alice, EXPORTED_AT, postRecord, snapshotRecord } from './fixtures';

const NOW = Date.UTC(2025, 2, 10);

const SNAP =
  '{"capturedAt":"2025-03-01T09:00:00.000Z","likes":5,"comments":null,"reposts":null,"saves":null,"views":null,"followers":null}';
const POST = (id: string, text = 'hi', snap = SNAP) =>
  `{"platform":"x","postId":"${id}","url":"https://x.com/a/status/${id}","author":{"handle":"a","name":"A","followers":1},"publishedAt":null,"text":"${text}","snapshots":[${snap}]}`;
const FILE = (body: string) =>
  `{"format":"postlens-export","version":1,"exportedAt":"2025-03-01T10:00:00.000Z",${body},"authors":[]}`;

const refusal = (text: string) => {
  const r = readImport(text, { now: NOW });
  if (r.ok) throw new Error(`expected a refusal, got ${JSON.stringify(r.data).slice(0, 300)}`);
  return r;
};

describe('a key written twice in one object is refused, not resolved by the last one', () => {
  it('a count given twice in a snapshot', () => {
    const r = refusal(FILE(`"posts":[${POST('1', 'hi', SNAP.replace('"likes":5', '"likes":5,"likes":7'))}]`));
    expect(r.problems).toEqual([
      { path: 'posts[0].snapshots[0].likes', value: '7', reason: 'appears twice' },
    ]);
    expect(r.error).toMatch(/nothing was imported: posts\[0\]\.snapshots\[0\]\.likes: appears twice/);
  });

  it('two "posts" arrays (two files pasted together): the first one is not dropped quietly', () => {
    const r = refusal(
      `{"format":"postlens-export","version":1,"exportedAt":"2025-03-01T10:00:00.000Z","posts":[${POST('1')},${POST('2')}],"authors":[],"posts":[${POST('3')}]}`,
    );
    expect(r.problems?.map((p) => [p.path, p.reason])).toEqual([['posts', 'appears twice']]);
  });

  it('the same key spelled with an escape, deep in an entry', () => {
    const r = refusal(
      FILE(`"posts":[${POST('1')},${POST('2').replace('"text":"hi"', '"text":"hi","t\\u0065xt":"yo"')}]`),
    );
    expect(r.problems?.map((p) => [p.path, p.value])).toEqual([['posts[1].text', '"yo"']]);
  });

  it('keys inside text are no repeat', () => {
    const r = readImport(FILE(`"posts":[${POST('1', 'say \\"likes\\": {\\"likes\\":1}')}]`), { now: NOW });
    expect(r.ok && r.data.posts[0]!.text).toBe('say "likes": {"likes":1}');
  });

  it('a key that only looks like another is no repeat: it is refused as a field PostLens does not read', () => {
    const r = refusal(FILE(`"posts":[${POST('1')}]`).replace('"name":"A"', '"name":"A","Name":"B"'));
    expect(r.problems?.map((p) => [p.path, p.value])).toEqual([['posts[0].author.Name', '"B"']]);
    expect(r.problems?.[0]?.reason).toMatch(/^is not a field PostLens reads here/);
  });
});

describe('a file that is not UTF-8 is refused, not read with characters replaced', () => {
  const utf8 = new TextEncoder().encode(FILE(`"posts":[${POST('1', 'Café 🚀 \uFFFD')}]`));

  it('a file saved as Latin-1 (é as one byte)', async () => {
    const i = utf8.findIndex((b, j) => b === 0xc3 && utf8[j + 1] === 0xa9);
    const latin1 = new Uint8Array([...utf8.slice(0, i), 0xe9, ...utf8.slice(i + 2)]);
    const r = await prepareImport(new File([latin1], 'latin1.json'), () => {}, { now: NOW });
    expect(r.ok ? r.data.posts[0]!.text : null).toBeNull();
    expect(r.ok || r.error).toMatch(/^The file is not UTF-8 text, so nothing was imported/);
  });

  it('a file cut off in the middle of a character says it is truncated', async () => {
    const cut = utf8.slice(0, utf8.indexOf(0xf0) + 2);
    const r = await prepareImport(new File([cut], 'cut.json'), () => {}, { now: NOW });
    expect(r.ok || r.error).toMatch(/truncated/);
  });

  it('valid UTF-8 (an emoji, a real U+FFFD) is read exactly', async () => {
    const r = await prepareImport(new File([utf8], 'ok.json'), () => {}, { now: NOW });
    expect(r.ok && r.data.posts[0]!.text).toBe('Café 🚀 \uFFFD');
  });
});

describe('every instant a record can hold round-trips through export and import', () => {
  // What the recorder stores for a page's datetime="0000-01-01T00:00+01:00" (lib/check-fields isoOf),
  // and what toISOString writes for any year outside 0000-9999.
  const YEAR_MINUS_1 = '-000001-12-31T23:00:00.000Z';

  it('a stored posting time before year 0 exports and imports again', () => {
    const rec: PostRecord = postRecord({ publishedAt: YEAR_MINUS_1 });
    const data = buildExport(
      { posts: [rec], snapshots: [snapshotRecord()], authors: [alice], followerSnapshots: [] },
      EXPORTED_AT,
    );
    const r = readImport(serializeExport(data), { now: NOW });
    expect(r.ok || r.error).toBe(true);
    expect(r.ok && r.data.posts[0]!.publishedAt).toBe(YEAR_MINUS_1);
  });

  it('a time the import accepts is one its export can import again', () => {
    const first = instantRule('0000-01-01T00:30:00.001+01:00', NOW);
    expect(first).toEqual({ value: '-000001-12-31T23:30:00.001Z' });
    expect(instantRule((first as { value: string }).value, NOW)).toEqual(first);
  });

  it('years before 0000 are read strictly: a minus, six digits, no -000000', () => {
    for (const bad of [
      '-000000-01-01T00:00:00.000Z',
      '-00001-01-01T00:00:00.000Z',
      '000001-01-01T00:00:00.000Z',
      '+002025-01-01T00:00:00.000Z',
    ])
      expect(instantRule(bad, NOW)).toHaveProperty('reason');
    expect(instantRule('-271821-04-20T00:00:00.000Z', NOW)).toEqual({ value: '-271821-04-20T00:00:00.000Z' });
    expect(instantRule('-271821-04-19T23:59:59.999Z', NOW)).toHaveProperty('reason');
  });
});

describe('a conflict between two entries of one post names the other value briefly, on one line', () => {
  const post = (text: string): ExportPost => ({
    platform: 'x',
    postId: '1',
    url: 'https://x.com/a/status/1',
    author: { handle: 'a', name: 'A', followers: 1 },
    publishedAt: null,
    text,
    snapshots: [],
  });
  const file = (posts: ExportPost[]): ExportV1 => ({
    format: 'postlens-export',
    version: 1,
    exportedAt: '2025-03-01T10:00:00.000Z',
    posts,
    authors: [],
  });

  it('a 2,000-character text with line breaks and a right-to-left override', () => {
    const long = `\u202e${'line\n'.repeat(399)}end!`;
    const r = checkExport(file([post(long), post('short')]), { now: NOW });
    if (r.ok) throw new Error('expected a refusal');
    const reason = r.problems[0]!.reason;
    expect(r.problems[0]!.path).toBe('posts[1].text');
    expect(reason.length).toBeLessThan(300);
    expect(reason).not.toMatch(/[\n\u202e]/);
    expect(reason).toMatch(/differs from posts\[0\]\.text \(.*\(2,000 characters\)\), the same post x:1/);
  });

  it('the value shown for a text with a right-to-left override escapes it', () => {
    const r = checkExport(file([post('short'), post('\u202eevil')]), { now: NOW });
    if (r.ok) throw new Error('expected a refusal');
    expect(r.problems[0]!.value).toBe('"\\u202eevil"');
    expect(r.problems[0]!.reason).toMatch(/differs from posts\[0\]\.text \(short\), the same post x:1/);
  });
});
