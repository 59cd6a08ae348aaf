// @vitest-environment node
// One author twice in one file (two exports pasted together). PostLens keys an author by platform
// and handle in lower case (authorKey), as the recorder does on every platform: "@Jane" and "@jane"
// are one author, so their entries merge, keeping the spelling of the entry read last. A name not
// shown (null) is unknown, not another name: it merges with the name given.
import { importExport } from '@/lib/store';
import { closeDb, getDb } from '@/lib/store/db';
import type { ExportPost } from '@/lib/transfer/format';
import { type Author, checkFile, exportOf, problemsIn, T1, T2, T3 } from '../fixtures/export-file';
import { freshIndexedDb, HOUR, T0 } from '../recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const jane = (over: Partial<Author> = {}): Author => ({
  platform: 'x',
  handle: 'jane',
  name: 'Jane',
  followerSnapshots: [],
  ...over,
});
const post = (over: Partial<ExportPost> = {}): ExportPost => ({
  platform: 'x',
  postId: '1',
  url: 'https://x.com/jane/status/1',
  author: { handle: 'jane', name: 'Jane', followers: null },
  publishedAt: null,
  text: 'hello',
  snapshots: [],
  ...over,
});
const file = (authors: Author[], posts: ExportPost[] = []) => exportOf(authors, posts);
const check = (authors: Author[], posts: ExportPost[] = []) => checkFile(file(authors, posts));
const problemsOf = (authors: Author[], posts: ExportPost[] = []) => problemsIn(file(authors, posts));

describe('an author twice, the handle in another case', () => {
  it.each([
    [
      'older entry first',
      [jane({ handle: 'Jane', followers: 100, followersAt: T1 }), jane({ followers: 200, followersAt: T2 })],
    ],
    [
      'newer entry first',
      [jane({ followers: 200, followersAt: T2 }), jane({ handle: 'Jane', followers: 100, followersAt: T1 })],
    ],
  ])('%s: one author, with the spelling of the entry read last', (_what, authors) => {
    expect(check(authors)).toEqual({
      ok: true,
      data: file([
        jane({
          handle: 'jane',
          followerSnapshots: [{ capturedAt: T1, followers: 100 }],
          followers: 200,
          followersAt: T2,
        }),
      ]),
      // The spelling not kept is named, for the import's result to say (never chosen quietly).
      respelled: ['jane (Jane)'],
    });
  });

  it('the newer spelling is kept when it is the capitalised one', () => {
    const r = check([
      jane({ followerSnapshots: [{ capturedAt: T1, followers: 100 }] }),
      jane({ handle: 'JANE', followerSnapshots: [{ capturedAt: T3, followers: 300 }] }),
    ]);
    expect(r.ok && r.data.authors.map((a) => a.handle)).toEqual(['JANE']);
  });

  it('on Bluesky (handles are domain names, case-insensitive) too', () => {
    const bsky = (handle: string, at: string, followers: number) =>
      jane({ platform: 'bluesky', handle, followers, followersAt: at });
    const r = check([bsky('Jane.bsky.social', T2, 20), bsky('jane.bsky.social', T1, 10)]);
    expect(r.ok && r.data.authors).toEqual([
      jane({
        platform: 'bluesky',
        handle: 'Jane.bsky.social',
        followerSnapshots: [{ capturedAt: T1, followers: 10 }],
        followers: 20,
        followersAt: T2,
      }),
    ]);
  });

  it('imports as one author, its posts in either spelling attached to it', async () => {
    const db = await getDb();
    const r = await importExport(
      db,
      file(
        [
          jane({ handle: 'Jane', followers: 100, followersAt: T1 }),
          jane({ followers: 200, followersAt: T2 }),
        ],
        [post({ author: { handle: 'Jane', name: 'Jane', followers: null } })],
      ),
    );
    expect(r).toEqual({
      ok: true,
      added: { posts: 1, snapshots: 0, authors: 1, followerSnapshots: 1 },
      kept: "1 handle is spelled in more than one case in the file; PostLens holds one author for it, spelled as the file's latest reading spells it: jane (Jane).",
    });
    expect(await db.getAll('authors')).toEqual([
      expect.objectContaining({ key: 'x:jane', handle: 'jane', followers: 200, followersAt: T0 + HOUR }),
    ]);
    expect(await db.get('posts', 'x:1')).toMatchObject({ authorKey: 'x:jane' });
  });

  it.each([
    ['neither entry dated', [jane({ handle: 'Jane' }), jane()]],
    ['one entry undated', [jane({ handle: 'Jane', followers: 1, followersAt: T1 }), jane()]],
    [
      'both as new',
      [jane({ handle: 'Jane', followers: 1, followersAt: T1 }), jane({ followers: 1, followersAt: T1 })],
    ],
  ])('%s: which spelling is newer is unknown, refused saying so', (_what, authors) => {
    expect(problemsOf(authors)).toEqual([
      [
        'authors[1].handle',
        'differs from authors[0].handle (Jane) in case only, the same author x:jane; PostLens keeps the spelling read last, and the follower counts and their times in these entries do not tell which that is',
      ],
    ]);
  });

  it('still refused when another field differs: names are not merged by case', () => {
    expect(
      problemsOf([
        jane({ handle: 'Jane', name: 'Jane', followers: 100, followersAt: T1 }),
        jane({ name: 'Jane Doe', followers: 200, followersAt: T2 }),
      ]),
    ).toEqual([
      [
        'authors[1].name',
        expect.stringMatching(/differs from authors\[0\]\.name \(Jane\), the same author x:jane/),
      ],
    ]);
  });
});

describe('an author twice, one entry without a name', () => {
  it.each([
    ['the name first', [jane({ name: 'Jane' }), jane({ name: null })]],
    ['the name second', [jane({ name: null }), jane({ name: 'Jane' })]],
  ])('%s: merged, keeping the name given', (_what, authors) => {
    expect(check(authors)).toEqual({ ok: true, data: file([jane({ name: 'Jane' })]) });
  });

  it('both without a name: merged, no name', () => {
    expect(check([jane({ name: null }), jane({ name: null })])).toEqual({
      ok: true,
      data: file([jane({ name: null })]),
    });
  });

  it('two given names that differ, with a null between: refused, naming the given one', () => {
    expect(problemsOf([jane({ name: null }), jane({ name: 'Jane' }), jane({ name: 'Janet' })])).toEqual([
      [
        'authors[2].name',
        expect.stringMatching(/differs from authors\[1\]\.name \(Jane\), the same author x:jane/),
      ],
    ]);
  });

  it('imports the name given', async () => {
    const db = await getDb();
    const r = await importExport(db, file([jane({ name: null }), jane({ name: 'Jane' })]));
    expect(r.ok).toBe(true);
    expect(await db.get('authors', 'x:jane')).toMatchObject({ name: 'Jane' });
  });
});

describe('a post twice, one entry without its author’s name', () => {
  const named = post({
    snapshots: [
      { capturedAt: T1, likes: 1, comments: null, reposts: null, saves: null, views: null, followers: null },
    ],
  });
  const unnamed = post({
    author: { handle: 'jane', name: null, followers: null },
    snapshots: [
      { capturedAt: T2, likes: 2, comments: null, reposts: null, saves: null, views: null, followers: null },
    ],
  });
  it.each([
    ['the name first', [named, unnamed]],
    ['the name second', [unnamed, named]],
  ])('%s: merged, keeping the name given', (_what, posts) => {
    const r = check([], posts);
    expect(r.ok && r.data.posts.map((p) => [p.author.name, p.snapshots.length])).toEqual([['Jane', 2]]);
  });
});
