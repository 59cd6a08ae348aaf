// @vitest-environment node
// Import: what the report and the result say must be true of the file and of what is stored.
import { annotationsItem, EMPTY_ANNOTATIONS, getAnnotations } from '@/lib/annotations';
import { checkExport, storeImportedAnnotations } from '@/lib/transfer';

const NOW = Date.parse('2025-06-01T00:00:00.000Z');
const author = (followers: number, followersAt: string) => ({
  platform: 'x',
  handle: 'alice',
  name: 'Alice',
  followerSnapshots: [],
  followers,
  followersAt,
});

describe('an author given three times in one file', () => {
  it('a conflict names the entry whose count it conflicts with, and that entry’s count', () => {
    // authors[1] is newer than authors[0]: its 200 is the latest count. authors[2] is as new as
    // authors[1] with 300: the conflict is with authors[1].followers (200). authors[0].followers
    // holds 100, so naming it with 200 sends the user to an entry that does not say 200.
    const r = checkExport(
      {
        format: 'postlens-export',
        version: 1,
        exportedAt: '2025-05-01T00:00:00.000Z',
        posts: [],
        authors: [
          author(100, '2025-04-01T00:00:00.000Z'),
          author(200, '2025-04-02T00:00:00.000Z'),
          author(300, '2025-04-02T00:00:00.000Z'),
        ],
      },
      { now: NOW },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.path).toBe('authors[2].followers');
    expect(r.problems[0]!.reason).toContain('conflicts with authors[1].followers (200)');
  });
});

describe('an imported author set whose keys are spelled in capitals (an older version wrote x:NASA)', () => {
  // PostLens reads every stored set with its author keys in lower case (checkAnnotations, d3e7a9f):
  // x:NASA and x:nasa are one author. A file's set naming the same authors is the same set, not a
  // "differs from yours" conflict.
  it('a set named like one of yours, with the same author, is that set', async () => {
    await annotationsItem.setValue({
      ...EMPTY_ANNOTATIONS,
      sets: [{ id: 'mine', name: 'Rivals', authorKeys: ['x:nasa'] }],
    });
    const conflicts = await storeImportedAnnotations({
      ...EMPTY_ANNOTATIONS,
      sets: [{ id: 'theirs', name: 'Rivals', authorKeys: ['x:NASA'] }],
    });
    expect(conflicts).toEqual([]);
    expect((await getAnnotations()).sets).toEqual([{ id: 'mine', name: 'Rivals', authorKeys: ['x:nasa'] }]);
  });

  it('your own set (same id) exported by an older version is no conflict', async () => {
    await annotationsItem.setValue({
      ...EMPTY_ANNOTATIONS,
      sets: [{ id: 'set-1', name: 'Rivals', authorKeys: ['x:nasa', 'x:esa'] }],
    });
    const conflicts = await storeImportedAnnotations({
      ...EMPTY_ANNOTATIONS,
      sets: [{ id: 'set-1', name: 'Rivals', authorKeys: ['x:NASA', 'x:ESA'] }],
    });
    expect(conflicts).toEqual([]);
    expect((await getAnnotations()).sets).toEqual([
      { id: 'set-1', name: 'Rivals', authorKeys: ['x:nasa', 'x:esa'] },
    ]);
  });
});
