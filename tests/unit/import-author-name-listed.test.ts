// @vitest-environment node

// An author the file lists without a name keeps none: a post's author name is the name that post
// was read with, and names the author only for an author the file does not list
// (lib/store/import-writer.ts). A post read first without its author's handle but with a name
// ("NASA"), then with the handle and no name, leaves the author x:nasa unnamed and the post with
// "NASA": an export, delete and import, or the export imported back, must give back the unnamed
// author, as README's "gives back every record as it was" promises.
import { deleteAll, recordBatches } from '@/lib/store';
import { closeDb, getDb, type PostLensDb } from '@/lib/store/db';
import { dumpStores, exportText, importText } from './fixtures/round-trip';
import { batch, freshIndexedDb, MIN, reading, SETTINGS, T0 } from './recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

async function seed(): Promise<PostLensDb> {
  const db = await getDb();
  const first = await recordBatches(
    db,
    [batch([reading({ author: { handle: null, name: 'NASA' } })])],
    SETTINGS,
    T0,
  );
  const again = await recordBatches(
    db,
    [batch([reading({ author: { handle: 'nasa', name: null }, likes: 150 })])],
    SETTINGS,
    T0 + 40 * MIN,
  );
  expect([...first, ...again].every((r) => r.ok)).toBe(true);
  // What the recorder left: the author read without a name, the post with the name it was read with.
  expect(await db.get('authors', 'x:nasa')).toMatchObject({ name: null });
  expect(await db.get('posts', 'x:1790000000000000001')).toMatchObject({
    authorKey: 'x:nasa',
    authorName: 'NASA',
  });
  return db;
}

describe('an author the file lists without a name, whose post was read with one', () => {
  it.each([
    ['export, delete all, import', true],
    ['the export imported back into the database it came from', false],
  ])('%s: every record as it was, the author still unnamed', async (_what, wipe) => {
    const db = await seed();
    const before = await dumpStores(db);
    const text = await exportText(db);
    if (wipe) expect(await deleteAll(db)).toEqual({ ok: true });
    expect(await importText(db, text)).toMatchObject({ ok: true });
    expect((await db.get('authors', 'x:nasa'))?.name).toBeNull();
    expect(await dumpStores(db)).toEqual(before);
  });

  it('an author the file does not list still takes the name its post was read with (control)', async () => {
    const db = await seed();
    const file = JSON.parse(await exportText(db));
    file.authors = [];
    expect(await deleteAll(db)).toEqual({ ok: true });
    expect(await importText(db, JSON.stringify(file))).toMatchObject({ ok: true });
    expect((await db.get('authors', 'x:nasa'))?.name).toBe('NASA');
  });
});
