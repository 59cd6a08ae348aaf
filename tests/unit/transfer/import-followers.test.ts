// @vitest-environment node
// An import that gives an author's follower count, an author's name or a post's author name
// otherwise than the database has them: what the user has stays, and the result names every value
// of the file that was not kept, and why. Nothing of the file is left out silently.
import { importExport } from '@/lib/store';
import { closeDb, getDb } from '@/lib/store/db';
import { shownTime } from '@/lib/transfer';
import type { ExportPost, ExportV1 } from '@/lib/transfer/format';
import { freshIndexedDb, HOUR, T0 } from '../recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const iso = (t: number) => new Date(t).toISOString();

function file(posts: ExportPost[], authors: ExportV1['authors'] = []): ExportV1 {
  return { format: 'postlens-export', version: 1, exportedAt: iso(T0 + 1e7), posts, authors };
}

const post = (
  followers: number | null,
  over: Partial<ExportPost> = {},
  at = T0,
  name: string | null = 'NASA',
): ExportPost => ({
  platform: 'x',
  postId: '1790000000000000001',
  url: 'https://x.com/nasa/status/1790000000000000001',
  author: { handle: 'nasa', name, followers },
  publishedAt: '2025-05-01T10:00:00.000Z',
  text: 'Liftoff!',
  snapshots: [
    {
      capturedAt: iso(at),
      likes: 100,
      comments: 10,
      reposts: 5,
      saves: null,
      views: 10_000,
      followers: null,
    },
  ],
  ...over,
});

const nasa = (over: Partial<ExportV1['authors'][number]> = {}): ExportV1['authors'][number] => ({
  platform: 'x',
  handle: 'nasa',
  name: 'NASA',
  followerSnapshots: [],
  ...over,
});

describe("an author's count from the file with no time, against the stored one", () => {
  it('keeps the stored dated count and names the file’s count that was not kept', async () => {
    const db = await getDb();
    await importExport(
      db,
      file([], [nasa({ followerSnapshots: [{ capturedAt: iso(T0), followers: 1000 }] })]),
    );
    const r = await importExport(db, file([post(2000)]));
    expect(await db.get('authors', 'x:nasa')).toMatchObject({ followers: 1000, followersAt: T0 });
    expect(r.ok).toBe(true);
    // The user must learn that 2,000 from the file, of author x:nasa, was not kept.
    expect(r.ok && r.kept).toEqual(expect.stringContaining('x:nasa'));
    expect(r.ok && r.kept).toEqual(expect.stringContaining('2,000'));
  });

  it('keeps a stored count of no time too, and names the file’s other one', async () => {
    const db = await getDb();
    await importExport(db, file([post(1000)]));
    expect(await db.get('authors', 'x:nasa')).toMatchObject({ followers: 1000, followersAt: null });
    const r = await importExport(db, file([post(2000, {}, T0 + HOUR)]));
    expect(await db.get('authors', 'x:nasa')).toMatchObject({ followers: 1000 });
    expect(r.ok && r.kept).toEqual(expect.stringContaining('2,000'));
  });

  it('says nothing when the file’s count is the one stored', async () => {
    const db = await getDb();
    await importExport(db, file([post(1000)]));
    const r = await importExport(db, file([post(1000)]));
    expect(r).toEqual({ ok: true, added: { posts: 0, snapshots: 0, authors: 0, followerSnapshots: 0 } });
  });

  it("takes the newest post's count of an author, whatever the order of the posts in the file", async () => {
    const db = await getDb();
    const newer = post(
      2000,
      { postId: '1790000000000000002', url: 'https://x.com/nasa/status/1790000000000000002' },
      T0 + HOUR,
    );
    const older = post(1000, {}, T0);
    await importExport(db, file([newer, older]));
    // The count shown with the post read last is the author's latest count of the file.
    expect(await db.get('authors', 'x:nasa')).toMatchObject({ followers: 2000 });
  });
});

describe('a dated count of the file read at the same moment as a stored one', () => {
  it("names the author's latest count the file gives otherwise for that moment", async () => {
    const db = await getDb();
    // Stored: 1,000 read an hour before T0 and read again at T0 (the time moved, no snapshot).
    await importExport(
      db,
      file(
        [],
        [
          nasa({
            followerSnapshots: [{ capturedAt: iso(T0 - HOUR), followers: 1000 }],
            followers: 1000,
            followersAt: iso(T0),
          }),
        ],
      ),
    );
    const r = await importExport(
      db,
      file(
        [],
        [
          nasa({
            followerSnapshots: [{ capturedAt: iso(T0 - 2 * HOUR), followers: 900 }],
            followers: 1200,
            followersAt: iso(T0),
          }),
        ],
      ),
    );
    expect(await db.get('authors', 'x:nasa')).toMatchObject({ followers: 1000, followersAt: T0 });
    expect(r.ok && r.kept).toEqual(expect.stringContaining(`followers of x:nasa read at ${shownTime(T0)}`));
  });

  it('names it against a stored follower snapshot of that moment', async () => {
    const db = await getDb();
    await importExport(
      db,
      file(
        [],
        [
          nasa({
            followerSnapshots: [
              { capturedAt: iso(T0 - HOUR), followers: 1000 },
              { capturedAt: iso(T0), followers: 1100 },
            ],
          }),
        ],
      ),
    );
    const r = await importExport(
      db,
      file(
        [],
        [
          nasa({
            followerSnapshots: [{ capturedAt: iso(T0 - 2 * HOUR), followers: 900 }],
            followers: 999,
            followersAt: iso(T0 - HOUR),
          }),
        ],
      ),
    );
    expect(await db.get('authors', 'x:nasa')).toMatchObject({ followers: 1100, followersAt: T0 });
    expect(r.ok && r.kept).toEqual(
      expect.stringContaining(`followers of x:nasa read at ${shownTime(T0 - HOUR)}`),
    );
  });
});

describe('names the file gives otherwise', () => {
  it("names the author's name it left as the user had it", async () => {
    const db = await getDb();
    await importExport(db, file([], [nasa({ name: 'NASA' })]));
    const r = await importExport(db, file([], [nasa({ name: 'NASA Official' })]));
    expect(await db.get('authors', 'x:nasa')).toMatchObject({ name: 'NASA' });
    expect(r.ok && r.kept).toEqual(expect.stringContaining('x:nasa'));
  });

  it("names a post's author name it left as the user had it", async () => {
    const db = await getDb();
    await importExport(db, file([post(null)]));
    const r = await importExport(db, file([post(null, {}, T0 + HOUR, 'NASA HQ')]));
    const stored = await db.get('posts', 'x:1790000000000000001');
    expect(stored!.authorName).toBe('NASA');
    expect(r.ok && r.kept).toEqual(expect.stringContaining('x:1790000000000000001'));
  });

  it('says nothing when the file has no name where the user has one', async () => {
    const db = await getDb();
    await importExport(db, file([post(null)], [nasa()]));
    const r = await importExport(db, file([post(null, {}, T0 + HOUR, null)], [nasa({ name: null })]));
    expect(r).toEqual({ ok: true, added: { posts: 0, snapshots: 1, authors: 0, followerSnapshots: 0 } });
  });
});
