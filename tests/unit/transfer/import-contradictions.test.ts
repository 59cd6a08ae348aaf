// @vitest-environment node
// A file that contradicts itself, or the database, about one moment: PostLens keeps one count per
// author and moment, one reading per post and moment, one text per post. Such a file is refused
// with where, the two values and why, or the import names what it left as the user had it; it never
// stores two counts for one moment, and never lets the order of a file's entries choose silently.
import { importExport } from '@/lib/store';
import { closeDb, getDb } from '@/lib/store/db';
import { shownTime } from '@/lib/transfer';
import type { ExportPost, ExportSnapshot, ExportV1 } from '@/lib/transfer/format';
import { checkExport } from '@/lib/transfer/import-check';
import { buildExport } from '@/lib/transfer/json-export';
import { freshIndexedDb, HOUR, T0 } from '../recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const iso = (t: number) => new Date(t).toISOString();
const EXPORTED = new Date(T0 + 10 * HOUR);
const NOW = T0 + 11 * HOUR;

/** A file as PostLens's export writes it, through JSON and back. */
const asFile = (records: Parameters<typeof buildExport>[0]): ExportV1 =>
  JSON.parse(JSON.stringify(buildExport(records, EXPORTED)));

const file = (posts: ExportPost[], authors: ExportV1['authors'] = []): ExportV1 => ({
  format: 'postlens-export',
  version: 1,
  exportedAt: EXPORTED.toISOString(),
  posts,
  authors,
});

const snap = (at: number, likes: number, over: Partial<ExportSnapshot> = {}): ExportSnapshot => ({
  capturedAt: iso(at),
  likes,
  comments: null,
  reposts: null,
  saves: null,
  views: null,
  followers: null,
  ...over,
});

const post = (id: string, followers: number | null, snapshots: ExportSnapshot[]): ExportPost => ({
  platform: 'x',
  postId: id,
  url: `https://x.com/nasa/status/${id}`,
  author: { handle: 'nasa', name: 'NASA', followers },
  publishedAt: '2025-05-01T10:00:00.000Z',
  text: 'Liftoff!',
  snapshots,
});

const nasa = (over: Partial<ExportV1['authors'][number]> = {}): ExportV1['authors'][number] => ({
  platform: 'x',
  handle: 'nasa',
  name: 'NASA',
  followerSnapshots: [],
  ...over,
});

const problemsOf = (input: unknown) => {
  const r = checkExport(input, { now: NOW });
  if (r.ok) throw new Error('expected a refusal');
  return r.problems.map((p) => [p.path, p.value, p.reason]);
};

describe("an author's latest count against its own follower snapshot of the same moment", () => {
  // What the export writes for an author whose latest count (1,000 at T0) and follower snapshot of
  // T0 (1,200) differ: followers/followersAt beside the snapshot.
  const contradicting = () =>
    asFile({
      posts: [],
      snapshots: [],
      authors: [
        { key: 'x:nasa', platform: 'x', handle: 'nasa', name: 'NASA', followers: 1000, followersAt: T0 },
      ],
      followerSnapshots: [{ authorKey: 'x:nasa', capturedAt: T0, followers: 1200 }],
    });

  it('the export writes both counts for one moment', () => {
    expect(contradicting().authors).toEqual([
      nasa({
        followerSnapshots: [{ capturedAt: iso(T0), followers: 1200 }],
        followers: 1000,
        followersAt: iso(T0),
      }),
    ]);
  });

  it('is refused with the path, both values and why', () => {
    expect(problemsOf(contradicting())).toEqual([
      [
        'authors[0].followers',
        '1000',
        expect.stringMatching(
          /conflicts with authors\[0\]\.followerSnapshots\[0\]\.followers \(1200\) of author x:nasa, read at the same time .*one reading per moment/,
        ),
      ],
    ]);
  });

  it('is refused when the two counts are in two entries of the author', () => {
    const f = file(
      [],
      [
        nasa({ followerSnapshots: [{ capturedAt: iso(T0), followers: 1200 }] }),
        nasa({ followers: 1000, followersAt: iso(T0) }),
      ],
    );
    expect(problemsOf(f)).toEqual([
      [
        'authors[1].followers',
        '1000',
        expect.stringMatching(/conflicts with authors\[0\]\.followerSnapshots\[0\]\.followers \(1200\)/),
      ],
    ]);
  });

  it('the import writes nothing of it', async () => {
    const db = await getDb();
    const r = await importExport(db, contradicting());
    expect(r.ok).toBe(false);
    expect(await db.getAll('authors')).toEqual([]);
    expect(await db.getAll('followerSnapshots')).toEqual([]);
  });

  it('the same count at the same moment is no contradiction', () => {
    const f = file(
      [],
      [
        nasa({
          followerSnapshots: [{ capturedAt: iso(T0), followers: 1000 }],
          followers: 1000,
          followersAt: iso(T0),
        }),
      ],
    );
    expect(checkExport(f, { now: NOW }).ok).toBe(true);
  });
});

describe('two posts of one author, last seen at the same moment, with other undated counts', () => {
  const tied = (first: number, second: number) =>
    file([post('1', first, [snap(T0, 10)]), post('2', second, [snap(T0, 20)])]);

  it.each([
    [1000, 1200],
    [1200, 1000],
  ])('chooses neither (%s, %s) by file order, and names both', async (a, b) => {
    const db = await getDb();
    const r = await importExport(db, tied(a, b));
    expect(r.ok).toBe(true);
    // Nothing tells which count is newer: no count is better than one the file's order picked.
    expect(await db.get('authors', 'x:nasa')).toMatchObject({ followers: null });
    expect(r.ok && r.kept).toEqual(expect.stringContaining('x:nasa'));
    expect(r.ok && r.kept).toEqual(expect.stringContaining('1,000'));
    expect(r.ok && r.kept).toEqual(expect.stringContaining('1,200'));
    // The posts and their readings are imported all the same.
    expect(r.ok && r.added).toEqual({ posts: 2, snapshots: 2, authors: 1, followerSnapshots: 0 });
  });

  it('the post seen later still gives the count', async () => {
    const db = await getDb();
    const r = await importExport(
      db,
      file([
        post('1', 1000, [snap(T0, 10)]),
        post('2', 1200, [snap(T0 + HOUR, 20)]),
        post('3', 900, [snap(T0, 5)]),
      ]),
    );
    expect(await db.get('authors', 'x:nasa')).toMatchObject({ followers: 1200 });
    expect(r).toEqual({ ok: true, added: { posts: 3, snapshots: 3, authors: 1, followerSnapshots: 0 } });
  });

  it('agreeing posts seen as late say nothing', async () => {
    const db = await getDb();
    const r = await importExport(db, tied(1000, 1000));
    expect(await db.get('authors', 'x:nasa')).toMatchObject({ followers: 1000 });
    expect(r).toEqual({ ok: true, added: { posts: 2, snapshots: 2, authors: 1, followerSnapshots: 0 } });
  });
});

describe("a follower snapshot of the file at the moment of the stored author's latest count", () => {
  it('is left as the user had it and named, not added beside it', async () => {
    const db = await getDb();
    // Stored: 1,000 read at T0 - 1 h, read again at T0 (the count's time moved, no new snapshot).
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
      file([], [nasa({ followerSnapshots: [{ capturedAt: iso(T0), followers: 1200 }] })]),
    );
    expect(r.ok).toBe(true);
    expect(r.ok && r.added.followerSnapshots).toBe(0);
    expect((await db.getAll('followerSnapshots')).map((f) => [f.capturedAt, f.followers])).toEqual([
      [T0 - HOUR, 1000],
    ]);
    expect(await db.get('authors', 'x:nasa')).toMatchObject({ followers: 1000, followersAt: T0 });
    expect(r.ok && r.kept).toEqual(expect.stringContaining(`followers of x:nasa read at ${shownTime(T0)}`));
  });

  it('the same count at that moment is added as history, and nothing is named', async () => {
    const db = await getDb();
    await importExport(db, file([], [nasa({ followers: 1000, followersAt: iso(T0) })]));
    const r = await importExport(
      db,
      file([], [nasa({ followerSnapshots: [{ capturedAt: iso(T0), followers: 1000 }] })]),
    );
    expect(r).toEqual({ ok: true, added: { posts: 0, snapshots: 0, authors: 0, followerSnapshots: 1 } });
  });
});

describe('other contradictions inside one file are refused, never silent', () => {
  it('the same post twice with different texts', () => {
    const other = { ...post('1', null, [snap(T0 + HOUR, 11)]), text: 'Liftoff! (edited)' };
    expect(problemsOf(file([post('1', null, [snap(T0, 10)]), other]))).toEqual([
      [
        'posts[1].text',
        '"Liftoff! (edited)"',
        expect.stringMatching(
          /differs from posts\[0\]\.text \(Liftoff!\), the same post x:1; .*one text per post/,
        ),
      ],
    ]);
  });

  it('one post with two readings of one moment', () => {
    expect(problemsOf(file([post('1', null, [snap(T0, 10), snap(T0, 12)])]))).toEqual([
      [
        'posts[0].snapshots[1].likes',
        '12',
        expect.stringMatching(
          /conflicts with posts\[0\]\.snapshots\[0\]\.likes \(10\) of post x:1, read at the same time/,
        ),
      ],
    ]);
  });

  it('one author with two follower counts of one moment', () => {
    const f = file(
      [],
      [
        nasa({
          followerSnapshots: [
            { capturedAt: iso(T0), followers: 1000 },
            { capturedAt: iso(T0), followers: 1001 },
          ],
        }),
      ],
    );
    expect(problemsOf(f)).toEqual([
      [
        'authors[0].followerSnapshots[1].followers',
        '1001',
        expect.stringMatching(/conflicts with .*\(1000\)/),
      ],
    ]);
  });
});
