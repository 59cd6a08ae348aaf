// @vitest-environment node
// One author given twice in one file (two exports pasted together, the handle in another case):
// every dated follower count the file holds is a reading the user had. The newest is the author's
// latest count; an older one is kept as a follower snapshot at its time, not dropped, unless the
// file or the database already has a reading of that moment (equal: nothing more; different:
// refused, or named as left as the user had it).
import { importExport } from '@/lib/store';
import { closeDb, getDb } from '@/lib/store/db';
import { shownTime } from '@/lib/transfer';
import { type Author, checkFile, exportOf, iso, problemsIn, T1, T2, T3 } from '../fixtures/export-file';
import { freshIndexedDb, HOUR, T0 } from '../recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const alice = (over: Partial<Author> = {}): Author => ({
  platform: 'x',
  handle: 'alice',
  name: 'Alice',
  followerSnapshots: [],
  ...over,
});
const file = (authors: Author[]) => exportOf(authors);
const check = (authors: Author[]) => checkFile(file(authors));
const problemsOf = (authors: Author[]) => problemsIn(file(authors));

describe('an author twice with dated latest counts of different times', () => {
  it.each([
    [
      'older entry first',
      [alice({ followers: 100, followersAt: T1 }), alice({ followers: 200, followersAt: T2 })],
    ],
    [
      'newer entry first',
      [alice({ followers: 200, followersAt: T2 }), alice({ followers: 100, followersAt: T1 })],
    ],
  ])('%s: the newer is the latest count, the older a follower snapshot at its time', (_what, authors) => {
    expect(check(authors)).toEqual({
      ok: true,
      data: file([
        alice({ followerSnapshots: [{ capturedAt: T1, followers: 100 }], followers: 200, followersAt: T2 }),
      ]),
    });
  });

  it('the older count lands in the history with each entry’s follower snapshots, in time order', () => {
    const r = check([
      alice({ followerSnapshots: [{ capturedAt: T1, followers: 100 }], followers: 150, followersAt: T2 }),
      alice({ handle: 'alice', followerSnapshots: [{ capturedAt: iso(T0 + 30 * 60_000), followers: 120 }] }),
      alice({ followers: 300, followersAt: T3 }),
    ]);
    expect(r.ok && r.data.authors).toEqual([
      alice({
        followerSnapshots: [
          { capturedAt: T1, followers: 100 },
          { capturedAt: iso(T0 + 30 * 60_000), followers: 120 },
          { capturedAt: T2, followers: 150 },
        ],
        followers: 300,
        followersAt: T3,
      }),
    ]);
  });

  it('stores the older count as a follower snapshot, the newer as the author’s latest', async () => {
    const r = await importExport(
      await getDb(),
      file([alice({ followers: 100, followersAt: T1 }), alice({ followers: 200, followersAt: T2 })]),
    );
    expect(r).toEqual({ ok: true, added: { posts: 0, snapshots: 0, authors: 1, followerSnapshots: 1 } });
    const db = await getDb();
    expect(await db.getAll('followerSnapshots')).toEqual([
      expect.objectContaining({ authorKey: 'x:alice', capturedAt: T0, followers: 100 }),
    ]);
    expect(await db.get('authors', 'x:alice')).toMatchObject({ followers: 200, followersAt: T0 + HOUR });
  });
});

describe('the older count at a moment the file already has a reading of', () => {
  it('the same count: kept once', () => {
    const r = check([
      alice({ followerSnapshots: [{ capturedAt: T1, followers: 100 }], followers: 200, followersAt: T2 }),
      alice({ followers: 100, followersAt: T1 }),
    ]);
    expect(r.ok && r.data.authors).toEqual([
      alice({ followerSnapshots: [{ capturedAt: T1, followers: 100 }], followers: 200, followersAt: T2 }),
    ]);
  });

  it('another count: refused, naming both', () => {
    expect(
      problemsOf([
        alice({ followerSnapshots: [{ capturedAt: T1, followers: 100 }], followers: 200, followersAt: T2 }),
        alice({ followers: 111, followersAt: T1 }),
      ]),
    ).toEqual([
      [
        'authors[1].followers',
        expect.stringMatching(/conflicts with authors\[0\]\.followerSnapshots\[0\]\.followers \(100\)/),
      ],
    ]);
  });

  it('two older counts of one moment that differ, behind a newer one: refused, not both dropped', () => {
    // The newest entry comes between them: the order of the file's entries must not hide this.
    expect(
      problemsOf([
        alice({ followers: 100, followersAt: T1 }),
        alice({ followers: 300, followersAt: T3 }),
        alice({ followers: 150, followersAt: T1 }),
      ]),
    ).toEqual([
      ['authors[2].followers', expect.stringMatching(/conflicts with authors\[0\]\.followers \(100\)/)],
    ]);
  });
});

describe('the older count at a moment the database already has', () => {
  const stored = async (followers: number) => {
    const db = await getDb();
    await db.put('authors', {
      key: 'x:alice',
      platform: 'x',
      handle: 'alice',
      name: 'Alice',
      followers,
      followersAt: T0,
    });
    await db.add('followerSnapshots', { authorKey: 'x:alice', capturedAt: T0, followers });
    return db;
  };
  const twice = file([
    alice({ followers: 100, followersAt: T1 }),
    alice({ followers: 200, followersAt: T2 }),
  ]);

  it('the same count: nothing added for it', async () => {
    const db = await stored(100);
    expect(await importExport(db, twice)).toEqual({
      ok: true,
      added: { posts: 0, snapshots: 0, authors: 0, followerSnapshots: 0 },
    });
    expect(await db.getAll('followerSnapshots')).toHaveLength(1);
    expect(await db.get('authors', 'x:alice')).toMatchObject({ followers: 200, followersAt: T0 + HOUR });
  });

  it('another count: yours stays, and the result names it', async () => {
    const db = await stored(90);
    const r = await importExport(db, twice);
    expect(r.ok && r.kept).toMatch(`followers of x:alice read at ${shownTime(T1)}`);
    expect(await db.getAll('followerSnapshots')).toEqual([
      expect.objectContaining({ authorKey: 'x:alice', capturedAt: T0, followers: 90 }),
    ]);
  });
});

describe('the other fields of an author twice', () => {
  it('names that differ: refused, saying which entry and both names', () => {
    expect(problemsOf([alice({ name: 'Alice' }), alice({ name: 'Alice Smith' })])).toEqual([
      [
        'authors[1].name',
        expect.stringMatching(/differs from authors\[0\]\.name \(Alice\), the same author x:alice/),
      ],
    ]);
  });

  it('each entry’s follower snapshots are all kept', () => {
    const r = check([
      alice({ followerSnapshots: [{ capturedAt: T2, followers: 20 }] }),
      alice({
        followerSnapshots: [
          { capturedAt: T1, followers: 10 },
          { capturedAt: T3, followers: 30 },
        ],
      }),
    ]);
    expect(r.ok && r.data.authors[0]!.followerSnapshots).toEqual([
      { capturedAt: T1, followers: 10 },
      { capturedAt: T2, followers: 20 },
      { capturedAt: T3, followers: 30 },
    ]);
  });
});
