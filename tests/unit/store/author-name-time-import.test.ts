// @vitest-environment node

// An author's nameAt (when its name was read) in the export and the import: the file carries it,
// the import sets it where it names an author, and the recorder holds late batches against it.
// A record stored before nameAt was kept falls back to the recorder's guess (its posts' lastSeen).
import { loadExportRecords } from '@/lib/queries/export-reads';
import { importExport, recordBatches } from '@/lib/store';
import { closeDb, getDb } from '@/lib/store/db';
import { buildExport } from '@/lib/transfer';
import type { ExportPost } from '@/lib/transfer/format';
import { type Author, checkFile, exportOf, problemsIn, T1, T2, T3 } from '../fixtures/export-file';
import { batch, freshIndexedDb, HOUR, MIN, reading, SETTINGS, T0 } from '../recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const listed = (name: string | null, nameAt?: string): Author => ({
  platform: 'x',
  handle: 'nasa',
  name,
  followerSnapshots: [],
  ...(nameAt === undefined ? {} : { nameAt }),
});

const post = (postId: string, name: string | null, at: string): ExportPost => ({
  platform: 'x',
  postId,
  url: `https://x.com/nasa/status/${postId}`,
  author: { handle: 'nasa', name, followers: null },
  publishedAt: null,
  text: 'Liftoff!',
  snapshots: [
    { capturedAt: at, likes: 1, comments: null, reposts: null, saves: null, views: null, followers: null },
  ],
});

async function imported(authors: Author[], posts: ExportPost[] = []) {
  const db = await getDb();
  expect(await importExport(db, exportOf(authors, posts))).toMatchObject({ ok: true });
  return db.get('authors', 'x:nasa');
}

/** A card of @nasa showing `name`, read at T0 + `readAt` minutes and stored late. */
async function lateCard(name: string, readAt: number, postId = '1790000000000000009') {
  const db = await getDb();
  const b = batch([reading({ postId, author: { handle: 'nasa', name } })]);
  await recordBatches(db, [b], SETTINGS, T0 + 10 * HOUR, () => {}, [T0 + readAt * MIN]);
  return (await db.get('authors', 'x:nasa'))!;
}

describe('the import check and nameAt', () => {
  it('keeps a listed author’s nameAt', () => {
    const r = checkFile(exportOf([listed('NASA', T2)]));
    expect(r.ok && r.data.authors[0]).toMatchObject({ name: 'NASA', nameAt: T2 });
  });

  it.each([
    ['beside a name of null', listed(null, T2), 'the author has no name'],
    ['not a time', listed('NASA', 'yesterday'), 'ISO 8601'],
  ])('refuses nameAt %s, with its path', (_, author, reason) => {
    const [problem] = problemsIn(exportOf([author]));
    expect(problem![0]).toBe('authors[0].nameAt');
    expect(problem![1]).toContain(reason);
  });

  it('an author given twice under one name: the newer nameAt', () => {
    const r = checkFile(exportOf([listed('NASA', T1), listed('NASA', T3), listed(null)]));
    expect(r.ok && r.data.authors).toEqual([expect.objectContaining({ name: 'NASA', nameAt: T3 })]);
  });
});

describe('the import sets nameAt where it names an author', () => {
  it.each<[string, Author[], ExportPost[], string | null, number | undefined]>([
    ['a listed author with its nameAt', [listed('NASA', T2)], [], 'NASA', T0 + HOUR],
    ['a listed author of a file without nameAt', [listed('NASA')], [], 'NASA', undefined],
    [
      'an author named by its posts: the post seen last',
      [],
      [post('1', 'NASA (old name)', T1), post('2', 'NASA (new name)', T3)],
      'NASA (new name)',
      T0 + 2 * HOUR,
    ],
    ['an author no post names', [], [post('1', null, T1)], null, undefined],
  ])('%s', async (_, authors, posts, name, nameAt) => {
    const a = await imported(authors, posts);
    expect(a?.name).toBe(name);
    expect(a?.nameAt).toBe(nameAt);
  });

  it('a stored name stays with its time; the same name read later moves it on', async () => {
    await lateCard('NASA', 10);
    expect((await imported([listed('NASA (other)', T3)]))?.nameAt).toBe(T0 + 10 * MIN);
    expect((await imported([listed('NASA', T3)]))?.nameAt).toBe(T0 + 2 * HOUR);
    expect((await imported([listed('NASA', T1)]))?.nameAt).toBe(T0 + 2 * HOUR);
  });

  it("a late batch older than the imported name's time does not take its place", async () => {
    await imported([listed('NASA (new name)', T2)]);
    expect((await lateCard('NASA (old name)', 30)).name).toBe('NASA (new name)');
    expect(await lateCard('NASA (newer name)', 90)).toMatchObject({
      name: 'NASA (newer name)',
      nameAt: T0 + 90 * MIN,
    });
  });
});

describe('an author stored before nameAt was kept', () => {
  /** @nasa named 'NASA (new name)' with no nameAt, its post last seen at 12:10. */
  async function storeLegacy() {
    const db = await getDb();
    await recordBatches(
      db,
      [batch([reading({ author: { handle: 'nasa', name: 'NASA (new name)' } })])],
      SETTINGS,
      T0 + 10 * MIN,
      () => {},
      [T0 + 10 * MIN],
    );
    const { nameAt: _, ...legacy } = (await db.get('authors', 'x:nasa'))!;
    await db.put('authors', legacy);
  }

  it.each([
    ['read before its posts were last seen: refused (the guess)', 7, 'NASA (new name)', undefined],
    ['read after: taken, and its time kept', 12, 'NASA (old name)', T0 + 12 * MIN],
  ])('another name %s', async (_, readAt, name, nameAt) => {
    await storeLegacy();
    const a = await lateCard('NASA (old name)', readAt);
    expect(a.name).toBe(name);
    expect(a.nameAt).toBe(nameAt);
  });

  it('is exported without a nameAt (and such an entry imports without one, above)', async () => {
    await storeLegacy();
    const db = await getDb();
    const file = buildExport(await loadExportRecords(null, db), new Date(T0 + 10 * HOUR));
    expect(file.authors[0]).not.toHaveProperty('nameAt');
  });
});
