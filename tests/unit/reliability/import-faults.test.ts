// @vitest-environment node

// Import files that are broken, foreign, too new, huge, repeated or hostile, through the
// dashboard's import pipeline (components/dashboard/import-pipeline.ts) and the background's
// importData handler, as the Import button runs them. A refused file leaves every store exactly as
// it was, byte for byte; an accepted one merges cleanly, adding only what is new and overwriting
// nothing the user already has. A page that skips the pipeline and sends the file straight to the
// background is refused there too.
import { prepareImport } from '@/components/dashboard/import-pipeline';
import { loadExportRecords } from '@/lib/queries/export-reads';
import { EXPORT_VERSION } from '@/lib/transfer/format';
import { buildExport, serializeExport } from '@/lib/transfer/json-export';
import { backend, reading, record, resetAll } from '../components/helpers';
import { DERIVED_STORES, fullDump } from './full-dump';

vi.mock('@/lib/messaging/protocol', async () => (await import('../components/helpers')).protocolMock);

const PAGE = { id: 'test-extension', url: 'chrome-extension://test-extension/dashboard.html' };

beforeEach(async () => {
  await resetAll();
  await record([
    reading({
      postId: '1',
      text: 'mine',
      likes: 10,
      author: { handle: 'alice', name: 'Alice', followers: 90 },
    }),
    reading({ postId: '2', text: 'also mine', likes: 3 }),
  ]);
  await backend().queue.idle();
});

async function exportText(): Promise<string> {
  return serializeExport(buildExport(await loadExportRecords(null), new Date(Date.UTC(2025, 0, 11))));
}

const file = (text: string, name = 'export.json') => new File([text], name, { type: 'application/json' });

/** Runs the Import button's path; returns the message shown, or the handler's answer. */
async function importFile(f: File) {
  const prepared = await prepareImport(f, () => {});
  if (!prepared.ok) return { shown: prepared.error, answer: null };
  return { shown: null, answer: await backend().importData(prepared.data, PAGE) };
}

const exportOf = (posts: unknown[], over: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'postlens-export',
    version: 1,
    exportedAt: '2025-01-11T00:00:00.000Z',
    posts,
    authors: [],
    ...over,
  });

const post = (over: Record<string, unknown> = {}) => ({
  platform: 'x',
  postId: '1',
  url: 'https://x.com/someone/status/1',
  author: { handle: 'someone', name: 'Some One', followers: null },
  publishedAt: null,
  text: 'hi',
  snapshots: [
    {
      capturedAt: '2025-01-09T00:00:00.000Z',
      likes: 1,
      comments: null,
      reposts: null,
      saves: null,
      views: null,
      followers: null,
    },
  ],
  ...over,
});

describe('refused imports change nothing, byte for byte', () => {
  it.each<[string, () => Promise<string> | string, RegExp]>([
    ['a file cut off halfway', async () => (await exportText()).slice(0, 300), /truncated/],
    [
      'a file cut off inside a string',
      async () => (await exportText()).slice(0, (await exportText()).indexOf('mine') + 2),
      /truncated/,
    ],
    ['an empty file', () => '', /empty/],
    ['binary garbage', () => '\u0000\u0001PK\u0003\u0004\u00ff\u00fe', /not valid JSON/],
    ['JSON of another tool', () => JSON.stringify({ tweets: [{ id: 1 }] }), /not a PostLens export/],
    ['a JSON array', () => '[1,2,3]', /not a PostLens export/],
    [
      'a newer export version',
      () => exportOf([post()], { version: EXPORT_VERSION + 1 }),
      new RegExp(`version ${EXPORT_VERSION + 1}, made by a newer PostLens`),
    ],
    [
      'a version given as a string',
      () => exportOf([post()], { version: '1' }),
      /Unsupported export version "1"/,
    ],
    ['a javascript: permalink', () => exportOf([post({ url: 'javascript:alert(1)' })]), /posts\[0\]\.url/],
    [
      'another platform’s permalink',
      () => exportOf([post({ url: 'https://evil.example/x/status/1' })]),
      /host evil\.example is not x/,
    ],
    [
      'a negative count',
      () => exportOf([post({ snapshots: [{ ...post().snapshots[0], likes: -1 }] })]),
      /likes.*must not be negative/,
    ],
    [
      'a count as a string',
      () => exportOf([post({ snapshots: [{ ...post().snapshots[0], likes: '1e9' }] })]),
      /likes: must be a number, not text/,
    ],
    ['an unknown platform', () => exportOf([post({ platform: 'myspace' })]), /unknown platform/],
    [
      'one good post and one bad',
      () => exportOf([post({ postId: 'good' }), post({ postId: '' })]),
      /posts\[1\]\.postId/,
    ],
    [
      'JSON nested 100,000 deep',
      () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      /not a PostLens export|not valid JSON/,
    ],
  ])('%s: a clear message, nothing sent, nothing changed', async (_name, make, message) => {
    const before = await fullDump();
    const { shown, answer } = await importFile(file(await make()));
    expect(answer).toBeNull();
    expect(shown).toMatch(message);
    expect(await fullDump()).toBe(before);
  });

  it('a file over 60 MB is refused before it is read', async () => {
    const before = await fullDump();
    const big = file('x');
    Object.defineProperty(big, 'size', { value: 61 * 1024 * 1024 });
    const { shown } = await importFile(big);
    expect(shown).toBe('The file is too large (61.0 MB). PostLens imports exports up to 60 MB.');
    expect(await fullDump()).toBe(before);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['another tool’s JSON', { tweets: [] }],
    ['a newer version', JSON.parse(exportOf([post()], { version: 9 }))],
    ['a javascript: permalink', JSON.parse(exportOf([post({ url: 'javascript:alert(1)' })]))],
  ])('sent straight to the background, %s is refused there too', async (_name, data) => {
    const before = await fullDump();
    const answer = await backend().importData(data, PAGE);
    // Marked a refusal (the file's, not storage's), as the import panel tells it.
    expect(answer).toEqual({
      ok: false,
      error: expect.stringContaining('Import refused, nothing was added'),
      refused: true,
    });
    expect(await fullDump()).toBe(before);
  });
});

describe('accepted imports merge cleanly', () => {
  it('a file carrying __proto__ keys is refused, naming them, and pollutes nothing', async () => {
    const polluted = `{"__proto__":{"polluted":1},${exportOf([post({ postId: 'p', extra: { __proto__: 1 } })]).slice(1)}`;
    // Refused on the page, before anything is sent to the background.
    const { shown, answer } = await importFile(file(polluted));
    expect(answer).toBeNull();
    expect(shown).toMatch(/__proto__: is not a field PostLens reads here/);
    expect(shown).toMatch(/posts\[0\]\.extra: is not a field/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const db = await (await import('@/lib/store/db')).getDb();
    expect(await db.get('posts', 'x:p')).toBeUndefined();
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const text = exportOf([post({ postId: 'new-1' }), post({ postId: 'new-2' })]);
    expect((await importFile(file(text))).answer).toMatchObject({
      ok: true,
      added: { posts: 2, snapshots: 2 },
    });
    // The user's data; the second import adds only a note of the posts it wrote (DERIVED_STORES).
    const once = await fullDump(DERIVED_STORES);
    expect((await importFile(file(text))).answer).toEqual({
      ok: true,
      added: { posts: 0, snapshots: 0, authors: 0, followerSnapshots: 0 },
    });
    expect(await fullDump(DERIVED_STORES)).toBe(once);
  });

  it('re-importing PostLens’s own export of this database adds nothing', async () => {
    const before = await fullDump(DERIVED_STORES);
    const { answer } = await importFile(file(await exportText()));
    expect(answer).toEqual({ ok: true, added: { posts: 0, snapshots: 0, authors: 0, followerSnapshots: 0 } });
    expect(await fullDump(DERIVED_STORES)).toBe(before);
  });

  it('a file claiming my posts with hostile text adds its snapshots but overwrites none of my fields', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const text = exportOf([
      post({
        postId: '1',
        url: 'https://x.com/someone/status/1',
        text: hostile,
        author: { handle: 'mallory', name: hostile, followers: 1 },
      }),
      post({ postId: 'theirs', text: hostile, author: { handle: 'mallory', name: hostile, followers: 1 } }),
    ]);
    const db = await (await import('@/lib/store/db')).getDb();
    const mine = await db.get('posts', 'x:1');
    const { answer } = await importFile(file(text));
    expect(answer).toMatchObject({ ok: true, added: { posts: 1, snapshots: 2 } });
    const after = await db.get('posts', 'x:1');
    // Only the summary of its snapshots moves: the file's snapshot of my post is added to it.
    expect({ ...after, firstSeen: 0, summary: null }).toEqual({ ...mine, firstSeen: 0, summary: null });
    expect(after!.summary.snapshotCount).toBe(mine!.summary.snapshotCount + 1);
    expect(after!.firstSeen).toBeLessThanOrEqual(mine!.firstSeen);
    // Their post is stored as they wrote it: as text, to be rendered as text.
    expect(await db.get('posts', 'x:theirs')).toMatchObject({ text: hostile, authorName: hostile });
  });

  it('a 50 MB export imports whole', async () => {
    const posts = Array.from({ length: 24_000 }, (_, i) =>
      post({
        postId: `big-${i}`,
        url: `https://x.com/a/status/${i}`,
        author: { handle: `a${i % 500}`, name: 'A', followers: 10 },
        text: `${i} `.padEnd(2000, 'x'),
      }),
    );
    const text = exportOf(posts);
    expect(text.length).toBeGreaterThan(50 * 1024 * 1024);
    expect(text.length).toBeLessThan(60 * 1024 * 1024);
    const { shown, answer } = await importFile(file(text, 'big.json'));
    expect(shown).toBeNull();
    expect(answer).toEqual({
      ok: true,
      added: { posts: 24_000, snapshots: 24_000, authors: 500, followerSnapshots: 0 },
    });
  }, 120_000);
});
