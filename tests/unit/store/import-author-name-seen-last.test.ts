// @vitest-environment node
// An author's name follows the newest reading of it, by when it was read, not by the order the
// readings are written in. An import's author that the file does not list (only its posts name
// it) takes the name of the post seen last, as it takes that post's spelling of the handle
// (postAuthorSpellings); the file's order (an export's: by first seen) does not say which is newer.
import { importExport, recordBatches } from '@/lib/store';
import { closeDb, getDb } from '@/lib/store/db';
import type { ExportPost } from '@/lib/transfer/format';
import { exportOf, T1, T2, T3 } from '../fixtures/export-file';
import { batch, freshIndexedDb, reading, SETTINGS, T0 } from '../recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

/** A post by @nasa, not in the file's list of authors, read under `name` at `at`. */
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

async function imported(posts: ExportPost[]) {
  const db = await getDb();
  expect(await importExport(db, exportOf([], posts))).toMatchObject({ ok: true });
  return (await db.get('authors', 'x:nasa'))?.name;
}

type Seen = readonly [postId: string, name: string | null, at: string];

describe("an import's author named only by its posts", () => {
  it.each<[string, Seen[], string]>([
    [
      'older post first (an export orders posts by first seen)',
      [
        ['1', 'NASA (old name)', T1],
        ['2', 'NASA (new name)', T3],
      ],
      'NASA (new name)',
    ],
    [
      'newer post first',
      [
        ['2', 'NASA (new name)', T3],
        ['1', 'NASA (old name)', T1],
      ],
      'NASA (new name)',
    ],
    [
      'the newest in the middle',
      [
        ['1', 'NASA (old name)', T1],
        ['3', 'NASA (new name)', T3],
        ['2', 'NASA (middle name)', T2],
      ],
      'NASA (new name)',
    ],
    // A name not shown is unknown, not another name.
    [
      'the newer post shows none',
      [
        ['1', 'NASA (old name)', T1],
        ['2', null, T3],
      ],
      'NASA (old name)',
    ],
  ])('%s: the name of the post seen last', async (_what, seen, expected) => {
    expect(await imported(seen.map((s) => post(...s)))).toBe(expected);
  });
});

describe('a stored author the recorder read no name of', () => {
  it('takes the name of the post seen last in the file', async () => {
    const db = await getDb();
    const unnamed = reading({ postId: '9', author: { handle: 'nasa', name: null } });
    await recordBatches(db, [batch([unnamed])], SETTINGS, T0);
    expect((await db.get('authors', 'x:nasa'))?.name).toBeNull();
    expect(await imported([post('1', 'NASA (old name)', T1), post('2', 'NASA (new name)', T3)])).toBe(
      'NASA (new name)',
    );
  });
});
