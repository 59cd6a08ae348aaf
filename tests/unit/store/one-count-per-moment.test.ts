// @vitest-environment node

// One follower count per author per moment. Two readings of one moment stored by two calls (two
// tabs' batches read in the same millisecond, each in its own transaction): the first call's
// follower snapshot stays, and so must the author's count; else the database holds two counts
// for one moment, and its own export is refused on import ("PostLens keeps one reading per
// moment and will not choose"), so a user's backup would not come back.
import { loadExportRecords } from '@/lib/queries/export-reads';
import { recordBatches } from '@/lib/store';
import { closeDb, getDb } from '@/lib/store/db';
import { buildExport, checkAnyExport, serializeExport } from '@/lib/transfer';
import { batch, DAY, freshIndexedDb, SETTINGS, T0 } from '../recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const profile = (followers: number) =>
  batch([], { profile: { platform: 'x', handle: 'nasa', name: 'NASA', followers } });

async function storeAt(readAt: number, followers: number) {
  const db = await getDb();
  const [r] = await recordBatches(db, [profile(followers)], SETTINGS, readAt, () => {}, [readAt]);
  expect(r).toMatchObject({ ok: true });
}

describe('two readings of one moment, stored by two calls', () => {
  it('leave the author one count of that moment, the one its snapshot holds', async () => {
    await storeAt(T0, 1000);
    await storeAt(T0, 1200);
    const db = await getDb();
    const snaps = await db.getAllFromIndex('followerSnapshots', 'by-author-time');
    expect(snaps.map((s) => [s.capturedAt, s.followers])).toEqual([[T0, 1000]]);
    expect(await db.get('authors', 'x:nasa')).toMatchObject({ followers: 1000, followersAt: T0 });
  });

  it('give an export that imports again', async () => {
    await storeAt(T0, 1000);
    await storeAt(T0, 1200);
    const db = await getDb();
    const text = serializeExport(buildExport(await loadExportRecords(null, db), new Date(T0 + DAY)));
    const checked = checkAnyExport(JSON.parse(text), { now: T0 + DAY });
    expect(checked.ok ? 'accepted' : checked.error).toBe('accepted');
  });

  it('a later moment still takes the author', async () => {
    await storeAt(T0, 1000);
    await storeAt(T0 + 1, 1200);
    expect(await (await getDb()).get('authors', 'x:nasa')).toMatchObject({
      followers: 1200,
      followersAt: T0 + 1,
    });
  });
});
