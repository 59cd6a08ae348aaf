// @vitest-environment node
// A posting time given as a day alone ("Yesterday" on one machine) against one to the minute (a
// permalink page on another): they agree when the moment falls on that day in the user's zone
// (postedMs; vitest.config.ts runs in UTC), and the import says nothing then. A file's moment on a
// stored day alone is taken as a later reading of the page would take it (keptPosted); one on
// another day is left out and named, as any other differing posting time.
import { importExport, recordBatch } from '@/lib/store';
import { closeDb, getDb, type PostLensDb } from '@/lib/store/db';
import { buildExport } from '@/lib/transfer/json-export';
import { batch, freshIndexedDb, reading, SETTINGS, T0 } from '../recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const CONFLICT =
  '1 entry in the file differs from what you already had for the same moment (or id) and was left as you had it: the posting time of post x:1790000000000000001.';

async function records(db: PostLensDb) {
  return {
    posts: (await db.getAll('posts')).map(({ summary: _s, ...p }) => p),
    snapshots: await db.getAll('snapshots'),
    authors: await db.getAll('authors'),
    followerSnapshots: await db.getAll('followerSnapshots'),
  };
}

/** A file made on another machine whose page gave the post this posting time. */
async function fileWith(publishedAt: string) {
  await freshIndexedDb();
  const other = await getDb();
  await recordBatch(other, batch([reading({ publishedAt })]), SETTINGS, T0 + 60_000);
  const file = buildExport(await records(other), new Date(T0 + 120_000));
  await freshIndexedDb();
  return JSON.parse(JSON.stringify(file));
}

/** The posting time the recorder keeps when the page gives `stored`, then later `next`. */
async function recorderKeeps(stored: string, next: string) {
  await freshIndexedDb();
  const db = await getDb();
  await recordBatch(db, batch([reading({ publishedAt: stored })]), SETTINGS, T0);
  await recordBatch(db, batch([reading({ publishedAt: next })]), SETTINGS, T0 + 3_600_000);
  const [post] = await db.getAll('posts');
  await freshIndexedDb();
  return post!.publishedAt;
}

async function importOver(stored: string, inFile: string) {
  const file = await fileWith(inFile);
  const db = await getDb();
  await recordBatch(db, batch([reading({ publishedAt: stored })]), SETTINGS, T0);
  const r = await importExport(db, file);
  expect(r.ok).toBe(true);
  const [post] = await db.getAll('posts');
  return { kept: r.ok ? r.kept : undefined, publishedAt: post!.publishedAt };
}

describe('a day alone against a posting time to the minute', () => {
  it.each([
    ['its day, in the morning', '2025-05-01T10:00:00.000Z', '2025-05-01'],
    ['its day, at the start', '2025-05-01T00:00:00.000Z', '2025-05-01'],
    ['its day, at its last millisecond', '2025-05-01T23:59:59.999Z', '2025-05-01'],
  ])('stored moment on the file’s day (%s): kept, nothing reported', async (_, stored, inFile) => {
    expect(await importOver(stored, inFile)).toEqual({ kept: undefined, publishedAt: stored });
  });

  it.each([
    ['the day before', '2025-05-01T10:00:00.000Z', '2025-04-30'],
    ['the day after', '2025-05-01T10:00:00.000Z', '2025-05-02'],
    ['the next midnight', '2025-05-02T00:00:00.000Z', '2025-05-01'],
    ['another moment', '2025-04-30T10:00:00.000Z', '2025-05-01T10:00:00.000Z'],
    ['another day alone', '2025-05-01', '2025-05-02'],
  ])('stored time on another day (%s): kept and reported', async (_, stored, inFile) => {
    expect(await importOver(stored, inFile)).toEqual({ kept: CONFLICT, publishedAt: stored });
  });

  it('the file’s moment on a stored day alone: taken, as the recorder does', async () => {
    const [stored, inFile] = ['2025-05-01', '2025-05-01T10:00:00.000Z'];
    const recorder = await recorderKeeps(stored, inFile);
    expect(recorder).toBe(inFile);
    expect(await importOver(stored, inFile)).toEqual({ kept: undefined, publishedAt: recorder });
  });

  // A later reading of the page takes its own moment over the day its feed showed; a file is not
  // the page, and the user's day would change without a word: it stays, and the import names it.
  it.each([
    ['the day before', '2025-05-01', '2025-04-30T23:59:59.999Z'],
    ['two days before', '2025-05-01', '2025-04-29T10:00:00.000Z'],
    ['the next midnight', '2025-05-01', '2025-05-02T00:00:00.000Z'],
  ])(
    'the file’s moment on another day than a stored day alone (%s): kept and reported',
    async (_, stored, inFile) => {
      expect(await recorderKeeps(stored, inFile)).toBe(inFile);
      expect(await importOver(stored, inFile)).toEqual({ kept: CONFLICT, publishedAt: stored });
    },
  );
});
