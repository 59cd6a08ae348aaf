// @vitest-environment node

// The import preview read the authors store twice for each author a file lists: once to see
// whether it is stored (getKey) and again to compare its latest follower count (get). A file of
// 1,000 authors asked the store 2,000 times; each author is now read once, for both, and the
// preview counts the same.
import { loadExportRecords, previewImport } from '@/lib/queries/export-reads';
import type { ExportAuthor } from '@/lib/transfer';
import { buildExport } from '@/lib/transfer/json-export';
import { clock, reading, record, resetAll } from '../components/helpers';

beforeEach(resetAll);
afterEach(() => vi.restoreAllMocks());

/** Every request a page can make of an object store, by name. */
const REQUESTS = ['get', 'getKey', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor'] as const;

/** Counts the requests made of the `store` object store from now on. */
function countRequests(store: string): { n: number } {
  const counted = { n: 0 };
  const proto = IDBObjectStore.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
  for (const name of REQUESTS) {
    const original = proto[name]!;
    vi.spyOn(proto, name).mockImplementation(function (this: IDBObjectStore, ...args: unknown[]) {
      if (this.name === store) counted.n++;
      return original.apply(this, args);
    });
  }
  return counted;
}

/** Three authors stored, each with a post and a follower reading. */
async function storeThree(): Promise<void> {
  for (const [i, handle] of ['alice', 'bob', 'carol'].entries())
    await record([
      reading({ postId: `p${i}`, author: { handle, name: handle, followers: 100 + i }, likes: 5 }),
    ]);
}

/** A new author with one follower reading an hour after the stored ones. */
const newAuthor = (i: number): ExportAuthor => ({
  platform: 'x',
  handle: `new${i}`,
  name: null,
  followerSnapshots: [{ capturedAt: new Date(clock.now + 3_600_000).toISOString(), followers: i }],
});

describe('previewImport reads each author of the file once', () => {
  it.each([
    { name: 'the 3 stored', listed: 3, added: 0 },
    { name: '3 stored and 7 new', listed: 10, added: 7 },
    { name: '3 stored and 997 new', listed: 1000, added: 997 },
  ])(
    'a file listing $listed authors ($name): $listed reads of the authors store',
    async ({ listed, added }) => {
      await storeThree();
      const file = buildExport(await loadExportRecords(null), new Date(clock.now));
      expect(file.authors).toHaveLength(3);
      for (let i = 0; i < added; i++) file.authors.push(newAuthor(i));

      const reads = countRequests('authors');
      const preview = await previewImport(file);

      expect(reads.n).toBe(listed);
      expect(preview).toEqual({ posts: 0, snapshots: 0, authors: added, followerSnapshots: added });
    },
  );

  it('an author named only by a post is read once too', async () => {
    await storeThree();
    const file = buildExport(await loadExportRecords(null), new Date(clock.now));
    file.authors = [];
    file.posts[0]!.author.handle = 'dora';
    const reads = countRequests('authors');
    // Post p0 is stored as alice's: the import keeps its author and names the file's other one
    // (differing), and reads alice too, as the import does (4 authors, each read once).
    expect(await previewImport(file)).toEqual({
      posts: 0,
      snapshots: 0,
      authors: 1,
      followerSnapshots: 0,
      differing: 1,
    });
    expect(reads.n).toBe(4);
  });

  it('a stored author whose latest count differs from the file still counts as differing', async () => {
    await storeThree();
    const file = buildExport(await loadExportRecords(null), new Date(clock.now));
    file.authors[0]!.followerSnapshots[0]!.followers += 1;
    const reads = countRequests('authors');
    // The author's post still gives the count as stored, with no time: the file now contradicts
    // its own dated reading there, which the import answers not imported (notTaken).
    expect(await previewImport(file)).toEqual({
      posts: 0,
      snapshots: 0,
      authors: 0,
      followerSnapshots: 0,
      differing: 1,
      notTaken: 1,
    });
    expect(reads.n).toBe(3);
  });
});
