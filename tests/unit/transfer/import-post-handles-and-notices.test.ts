// @vitest-environment node
// A post's author handle in one file, and what the import and the CSV export say.
// - PostLens keys an author by platform and handle in lower case (authorKey): "Jane" and "jane" are
//   one author. Two entries of one post spelling the handle in other cases are one post, with the
//   spelling seen last, as two entries of one author are (import-author-case-null-name.test.ts).
// - A handle not shown (null) is unknown, not another author, as an import meeting a stored post
//   holds it (mergedPost): the entries merge, keeping the handle given.
// - An author only in the posts is added with the spelling of the post seen last, not of the first.
// - What the import did not take is said truly: "left as you had it" only where the user had it.
// - The CSV notice says Google Sheets (50,000 characters a cell) cannot open a longer cell whole.
import { exportFile } from '@/components/common/export-file';
import { importExport, importWithCampaigns } from '@/lib/store';
import { closeDb, getDb } from '@/lib/store/db';
import { shownTime } from '@/lib/transfer';
import type { ExportPost, ExportSnapshot } from '@/lib/transfer/format';
import { reading, record, resetAll } from '../components/helpers';
import { campaignOf } from '../fixtures/campaign';
import { type Author, checkFile, exportOf, iso, likesAt, problemsIn, T1, T2 } from '../fixtures/export-file';
import { freshIndexedDb, HOUR, T0 } from '../recorder-helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('../components/helpers')).protocolMock);

beforeEach(freshIndexedDb);
afterEach(closeDb);

const post = (
  handle: string | null,
  snapshots: ExportSnapshot[],
  over: Partial<ExportPost> = {},
): ExportPost => ({
  platform: 'x',
  postId: '1',
  url: 'https://x.com/jane/status/1',
  author: { handle, name: 'Jane', followers: null },
  publishedAt: null,
  text: 'hello',
  snapshots,
  ...over,
});
const file = (posts: ExportPost[], authors: Author[] = []) => exportOf(authors, posts);
const check = (posts: ExportPost[], authors: Author[] = []) => checkFile(file(posts, authors));
const problemsOf = (posts: ExportPost[], authors: Author[] = []) => problemsIn(file(posts, authors));

describe('one post twice, its author handle in another case', () => {
  const older = post('Jane', [likesAt(T1, 1)]);
  const newer = post('jane', [likesAt(T2, 2)]);
  it.each([
    ['older entry first', [older, newer]],
    ['newer entry first', [newer, older]],
  ])('%s: one post, the handle as the entry seen last spells it', (_what, posts) => {
    // The spelling not kept is named, for the import's result to say (never chosen quietly).
    expect(check(posts)).toEqual({
      ok: true,
      data: file([post('jane', [likesAt(T1, 1), likesAt(T2, 2)])]),
      respelled: ['jane (Jane)'],
    });
  });

  it('the capitalised spelling is kept when it is the newer one', () => {
    const r = check([post('jane', [likesAt(T1, 1)]), post('JANE', [likesAt(T2, 2)])]);
    expect(r.ok && r.data.posts.map((p) => p.author.handle)).toEqual(['JANE']);
  });

  it('imports as one post of one author', async () => {
    const db = await getDb();
    const r = await importExport(db, file([older, newer]));
    expect(r).toEqual({
      ok: true,
      added: { posts: 1, snapshots: 2, authors: 1, followerSnapshots: 0 },
      kept: "1 handle is spelled in more than one case in the file; PostLens holds one author for it, spelled as the file's latest reading spells it: jane (Jane).",
    });
    expect(await db.get('posts', 'x:1')).toMatchObject({ authorKey: 'x:jane', authorHandle: 'jane' });
    expect(await db.getAll('authors')).toEqual([expect.objectContaining({ key: 'x:jane', handle: 'jane' })]);
  });

  it('neither entry seen at a known time: which spelling is newer is unknown, refused saying so', () => {
    expect(problemsOf([post('Jane', []), post('jane', [])])).toEqual([
      [
        'posts[1].author.handle',
        'differs from posts[0].author.handle (Jane) in case only, the same author x:jane of the same post x:1; PostLens keeps the spelling seen last, and the times in these entries do not tell which that is',
      ],
    ]);
  });

  it('another author altogether is still refused', () => {
    expect(problemsOf([post('jane', [likesAt(T1, 1)]), post('joan', [likesAt(T2, 2)])])).toEqual([
      [
        'posts[1].author.handle',
        'differs from posts[0].author.handle (jane), the same post x:1; PostLens keeps one author.handle per post and will not choose',
      ],
    ]);
  });
});

describe('one post twice, one entry without its author handle', () => {
  const known = post('jane', [likesAt(T1, 1)]);
  const unknown = post(null, [likesAt(T2, 2)]);
  it.each([
    ['the handle first', [known, unknown]],
    ['the handle second', [unknown, known]],
  ])('%s: merged, keeping the handle given', (_what, posts) => {
    expect(check(posts)).toEqual({ ok: true, data: file([post('jane', [likesAt(T1, 1), likesAt(T2, 2)])]) });
  });

  it('both without a handle: merged, no handle', () => {
    const r = check([post(null, [likesAt(T1, 1)]), post(null, [likesAt(T2, 2)])]);
    expect(r.ok && r.data.posts.map((p) => p.author.handle)).toEqual([null]);
  });

  it('imports the post with its author', async () => {
    const db = await getDb();
    const r = await importExport(db, file([unknown, known]));
    expect(r).toMatchObject({ ok: true, added: { posts: 1, snapshots: 2, authors: 1 } });
    expect(await db.get('posts', 'x:1')).toMatchObject({ authorKey: 'x:jane', authorHandle: 'jane' });
  });
});

describe('an author only in the posts, spelled in another case by another post', () => {
  const first = post('Jane', [likesAt(T1, 1)], { postId: '1' });
  const second = post('jane', [likesAt(T2, 2)], { postId: '2', url: 'https://x.com/jane/status/2' });

  it.each([
    ['the older post first', [first, second]],
    ['the newer post first', [second, first]],
  ])('%s: the author is added as the post seen last spells it', async (_what, posts) => {
    const db = await getDb();
    expect(await importExport(db, file(posts))).toMatchObject({ ok: true, added: { authors: 1 } });
    expect(await db.getAll('authors')).toEqual([expect.objectContaining({ key: 'x:jane', handle: 'jane' })]);
    // Each post keeps the handle as it showed it.
    expect((await db.getAll('posts')).map((p) => [p.key, p.authorHandle]).sort()).toEqual([
      ['x:1', 'Jane'],
      ['x:2', 'jane'],
    ]);
  });

  it('seen last by its lastSeen, not only by its readings', async () => {
    const db = await getDb();
    const seenLater = { ...first, lastSeen: iso(T0 + 2 * HOUR) };
    expect(await importExport(db, file([second, seenLater]))).toMatchObject({ ok: true });
    expect(await db.get('authors', 'x:jane')).toMatchObject({ handle: 'Jane' });
  });

  it('in the list of authors too: the list’s spelling stays', async () => {
    const db = await getDb();
    const listed: Author = { platform: 'x', handle: 'JANE', name: 'Jane', followerSnapshots: [] };
    expect(await importExport(db, file([first, second], [listed]))).toMatchObject({ ok: true });
    expect(await db.get('authors', 'x:jane')).toMatchObject({ handle: 'JANE' });
  });

  it('posts as new as each other: which spelling is newer is unknown, refused saying so', () => {
    const tied = { ...second, snapshots: [likesAt(T1, 2)] };
    expect(problemsOf([first, tied])).toEqual([
      [
        'posts[1].author.handle',
        "differs from posts[0].author.handle (Jane) in case only, the same author x:jane, who is not in the file's list of authors; PostLens adds the author with the spelling of the post seen last, and the times of these posts do not tell which that is",
      ],
    ]);
  });
});

describe('what the import says it did not take', () => {
  const undated = (followers: number) => ({
    ...post('jane', [likesAt(T1, 1)]),
    author: { handle: 'jane', name: 'Jane', followers },
  });
  const dated: Author = {
    platform: 'x',
    handle: 'jane',
    name: 'Jane',
    followerSnapshots: [{ capturedAt: T1, followers: 100 }],
  };

  it('into an empty database: a count the file contradicts was not imported, not "left as you had it"', async () => {
    const db = await getDb();
    expect(await importExport(db, file([undated(500)], [dated]))).toEqual({
      ok: true,
      added: { posts: 1, snapshots: 1, authors: 1, followerSnapshots: 1 },
      kept: "1 entry in the file was not imported, as the file itself contradicts it: the latest followers of x:jane given as 500 with no time, where the file's newest dated reading says otherwise.",
    });
  });

  it('posts as new as each other giving other counts, into an empty database: not imported', async () => {
    const db = await getDb();
    const two = { ...undated(20), postId: '2', url: 'https://x.com/jane/status/2' };
    expect(await importExport(db, file([undated(10), two]))).toMatchObject({
      kept: '1 entry in the file was not imported, as the file itself contradicts it: the latest followers of x:jane given as 10 and 20 with no time, by posts last seen at the same moment, so none can be told to be the newest.',
    });
  });

  it('a file with a campaign says the same: not imported, not "left as you had it"', async () => {
    const db = await getDb();
    expect(await importWithCampaigns(db, file([undated(500)], [dated]), [campaignOf()])).toMatchObject({
      ok: true,
      kept: "1 entry in the file was not imported, as the file itself contradicts it: the latest followers of x:jane given as 500 with no time, where the file's newest dated reading says otherwise.",
    });
  });

  it('what the user had is still said to be left as they had it, beside what was not imported', async () => {
    const db = await getDb();
    // The user has this post read at T1 with 9 likes; the file says 1.
    await importExport(db, file([post('jane', [likesAt(T1, 9)])]));
    expect(await importExport(db, file([undated(500)], [dated]))).toMatchObject({
      kept: `1 entry in the file differs from what you already had for the same moment (or id) and was left as you had it: post x:1 read at ${shownTime(T1)}. 1 entry in the file was not imported, as the file itself contradicts it: the latest followers of x:jane given as 500 with no time, where the file's newest dated reading says otherwise.`,
    });
  });
});

describe('the CSV export says which spreadsheets cut a long cell', () => {
  const date = new Date(2025, 0, 10, 9);
  const EXCEL_NOTE =
    '1 of them has a cell of more than 32,767 characters, more than Microsoft Excel holds in a cell: ' +
    'the file keeps it whole, but Excel cuts such cells when it opens the file. JSON and NDJSON exports hold it whole.';
  beforeEach(resetAll);

  it('a text over 50,000 characters: Google Sheets is named too', async () => {
    await record([reading({ postId: '1', text: 'a'.repeat(50_001), likes: 1 })]);
    expect(await exportFile('csv', null, date, vi.fn())).toBe(
      `Saved postlens-2025-01-10.csv: 1 post. ${EXCEL_NOTE} 1 of them has a cell of more than 50,000 characters, more than Google Sheets holds in a cell, so Google Sheets does not open it whole either.`,
    );
  });

  it('a text of exactly 50,000 characters fits in Google Sheets: Excel alone is named', async () => {
    await record([reading({ postId: '1', text: 'a'.repeat(50_000), likes: 1 })]);
    expect(await exportFile('csv', null, date, vi.fn())).toBe(
      `Saved postlens-2025-01-10.csv: 1 post. ${EXCEL_NOTE}`,
    );
  });
});
