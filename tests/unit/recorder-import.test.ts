// @vitest-environment node

import { importExport, recordBatch } from '@/lib/store';
import { closeDb, getDb, type PostLensDb } from '@/lib/store/db';
import { shownTime } from '@/lib/transfer';
import type { ExportPost, ExportV1 } from '@/lib/transfer/format';
import { checkExport } from '@/lib/transfer/import-check';
import { batch, freshIndexedDb, reading, SETTINGS, T0 } from './recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const iso = (t: number) => new Date(t).toISOString();
const snap = (t: number, likes: number | null, followers: number | null = null) => ({
  capturedAt: iso(t),
  likes,
  comments: null,
  reposts: null,
  saves: null,
  views: null,
  followers,
});

function exportOf(posts: ExportPost[], authors: ExportV1['authors'] = []): ExportV1 {
  return { format: 'postlens-export', version: 1, exportedAt: iso(T0 + 1e7), posts, authors };
}

const redditPost = (snapshots = [snap(T0 - 1000, 10), snap(T0, 12)]): ExportPost => ({
  platform: 'reddit',
  postId: 't3_abc',
  url: 'https://www.reddit.com/r/space/comments/abc/launch/',
  author: { handle: 'spacefan', name: 'spacefan', followers: 26_000_000 },
  publishedAt: '2025-04-30T08:00:00.000Z',
  text: 'Launch thread',
  snapshots,
});

async function counts(db: PostLensDb) {
  return {
    posts: await db.count('posts'),
    snapshots: await db.count('snapshots'),
    authors: await db.count('authors'),
    followerSnapshots: await db.count('followerSnapshots'),
  };
}

describe('importExport', () => {
  it('adds new posts, snapshots and authors into an empty database', async () => {
    const db = await getDb();
    const data = exportOf(
      [redditPost()],
      [
        {
          platform: 'reddit',
          handle: 'spacefan',
          name: 'spacefan',
          followerSnapshots: [{ capturedAt: iso(T0 - 5000), followers: 25_900_000 }],
        },
      ],
    );
    const r = await importExport(db, data);
    expect(r).toEqual({
      ok: true,
      added: { posts: 1, snapshots: 2, authors: 1, followerSnapshots: 1 },
      kept: expect.stringContaining(
        'the latest followers of reddit:spacefan given as 26,000,000 with no time',
      ),
    });
    expect(await db.get('posts', 'reddit:t3_abc')).toMatchObject({
      authorKey: 'reddit:spacefan',
      firstSeen: T0 - 1000,
      lastSeen: T0,
      publishedAt: '2025-04-30T08:00:00.000Z',
    });
    // author.followers says no time: the dated reading stands (the post's last snapshot is no
    // time the author's count was read), and the result says the file's undated one differed.
    expect(await db.get('authors', 'reddit:spacefan')).toMatchObject({
      followers: 25_900_000,
      followersAt: T0 - 5000,
    });
  });

  it('imports the same file twice without duplicating anything', async () => {
    const db = await getDb();
    const data = exportOf(
      [redditPost()],
      [
        {
          platform: 'reddit',
          handle: 'spacefan',
          name: null,
          followerSnapshots: [{ capturedAt: iso(T0), followers: 5 }],
        },
      ],
    );
    await importExport(db, data);
    const before = await counts(db);
    // (kept: the post's undated 26,000,000 against the file's own 5 read at T0, as the first time.)
    expect(await importExport(db, data)).toEqual({
      ok: true,
      added: { posts: 0, snapshots: 0, authors: 0, followerSnapshots: 0 },
      kept: expect.stringContaining('reddit:spacefan given as 26,000,000'),
    });
    expect(await counts(db)).toEqual(before);
  });

  it('merges with what was recorded: only snapshots at new times are added', async () => {
    const db = await getDb();
    await recordBatch(db, batch([reading({ postId: '1' })]), SETTINGS, T0);
    const recorded = exportOf([
      {
        platform: 'x',
        postId: '1',
        url: 'https://x.com/nasa/status/1',
        author: { handle: 'NASA', name: 'Other name', followers: null },
        publishedAt: null,
        text: 'other text',
        snapshots: [snap(T0, 999), snap(T0 - 3_600_000, 50)],
      },
    ]);
    // The file's author name, text and reading at T0 (999 likes) differ from the stored ones:
    // yours stay, and the result names each (the handle in another case is the same author).
    expect(await importExport(db, recorded)).toEqual({
      ok: true,
      added: { posts: 0, snapshots: 1, authors: 0, followerSnapshots: 0 },
      kept: `4 entries in the file differ from what you already had for the same moments (or ids) and were left as you had them: the name of author x:nasa, the text of post x:1, the author name of post x:1, post x:1 read at ${shownTime(T0)}.`,
    });
    const post = await db.get('posts', 'x:1');
    // Stored fields are not overwritten; the seen range widens to the imported history.
    expect(post).toMatchObject({
      text: 'Liftoff!',
      authorName: 'NASA',
      firstSeen: T0 - 3_600_000,
      lastSeen: T0,
    });
    const likes = (await db.getAllFromIndex('snapshots', 'by-post-time')).map((s) => s.likes);
    expect(likes).toEqual([50, 100]);
  });

  it('skips a snapshot repeated inside the file', async () => {
    const db = await getDb();
    const r = await importExport(db, exportOf([redditPost([snap(T0, 1), snap(T0, 1)])]));
    expect(r).toMatchObject({ ok: true, added: { snapshots: 1 } });
  });

  it.each([
    ['not an object', 'hello', 'not a PostLens export'],
    ['wrong format', { ...exportOf([]), format: 'csv' }, 'not a PostLens export'],
    ['future version', { ...exportOf([]), version: 2 }, 'unsupported export version 2'],
    ['bad exportedAt', { ...exportOf([]), exportedAt: 'soon' }, 'exportedAt'],
    ['posts not an array', { ...exportOf([]), posts: {} }, 'arrays'],
    ['foreign url', exportOf([{ ...redditPost(), url: 'https://evil.example/x' }]), 'posts[0].url'],
    ['negative count', exportOf([redditPost([snap(T0, -1)])]), 'posts[0].snapshots[0].likes'],
    ['bad capture time', exportOf([redditPost([{ ...snap(T0, 1), capturedAt: 'x' }])]), 'capturedAt'],
    ['unknown platform', exportOf([{ ...redditPost(), platform: 'orkut' as never }]), 'posts[0].platform'],
    [
      'follower snapshot without a number',
      exportOf(
        [],
        [
          {
            platform: 'x',
            handle: 'a',
            name: null,
            followerSnapshots: [{ capturedAt: iso(T0), followers: null as never }],
          },
        ],
      ),
      'authors[0].followerSnapshots[0].followers',
    ],
  ])('refuses a file with %s and writes nothing', async (_name, data, reason) => {
    const db = await getDb();
    await recordBatch(db, batch([reading()]), SETTINGS, T0);
    const before = await counts(db);
    // A good post before the bad one must not slip in either.
    const withGood =
      typeof data === 'object' && Array.isArray((data as ExportV1).posts)
        ? {
            ...(data as ExportV1),
            posts: [{ ...redditPost(), postId: 't3_good' }, ...(data as ExportV1).posts],
          }
        : data;
    const r = await importExport(db, withGood);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContain('nothing was added');
      expect(r.error).toContain(reason.replace('posts[0]', 'posts[1]'));
    }
    expect(await counts(db)).toEqual(before);
  });

  it('lists at most five problems', () => {
    const bad = exportOf(
      Array.from({ length: 20 }, (_, i) => ({ ...redditPost(), postId: `t3_${i}`, url: 'http://x' })),
    );
    const r = checkExport(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.split('; ')).toHaveLength(5);
  });
});
