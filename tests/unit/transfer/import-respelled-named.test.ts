// @vitest-environment node

// Handles the file spells in more than one case are one author (authorKey), spelled as the
// file's latest reading spells it. That is a choice PostLens makes for the user, so the import's
// result names every such handle and the spellings not kept, through the dashboard's real path
// (the background's importData: checkAnyExport, then the writer), never quietly.
import { backend, resetAll } from '../components/helpers';
import { exportOf, postBy, T1, T2, T3 } from '../fixtures/export-file';

beforeEach(resetAll);

const PAGE = { id: 'test-extension', url: 'chrome-extension://test-extension/dashboard.html' };

const importFile = (file: unknown) => backend().importData({ importId: 'i1', file }, PAGE);

describe('an import names the handles it merged across spellings', () => {
  it.each([
    [
      'an author only in the posts, two posts in two spellings',
      [postBy('1', 'Jane', T1), postBy('2', 'jane', T2)],
      'jane (Jane)',
    ],
    ['the capitalised spelling read last', [postBy('1', 'jane', T1), postBy('2', 'JANE', T3)], 'JANE (jane)'],
    [
      'three spellings, the newest kept, both others named',
      [postBy('1', 'jane', T1), postBy('2', 'Jane', T2), postBy('3', 'JANE', T3)],
      'JANE (jane, Jane)',
    ],
  ])('%s', async (_what, posts, named) => {
    const r = await importFile(exportOf([], posts));
    expect(r).toMatchObject({ ok: true, added: { posts: posts.length, authors: 1 } });
    expect(r.ok && r.kept).toBe(
      `1 handle is spelled in more than one case in the file; PostLens holds one author for it, spelled as the file's latest reading spells it: ${named}.`,
    );
  });

  it('one spelling throughout: nothing to name', async () => {
    const r = await importFile(exportOf([], [postBy('1', 'jane', T1), postBy('2', 'jane', T2)]));
    expect(r).toMatchObject({ ok: true });
    expect(r.ok && r.kept).toBeUndefined();
  });

  it('in a version 2 file with a campaign too', async () => {
    const file = {
      ...exportOf([], [postBy('1', 'Jane', T1), postBy('2', 'jane', T2)]),
      version: 2,
      campaigns: [
        {
          id: 'c1',
          name: 'Launch',
          start: '2025-01-01',
          end: '2025-01-31',
          postKeys: ['x:1'],
          createdAt: T1,
          updatedAt: T1,
        },
      ],
    };
    const r = await importFile(file);
    expect(r).toMatchObject({ ok: true });
    expect(r.ok && r.kept).toContain(
      'spelled as the file’s latest reading spells it: jane (Jane).'.replace('’', "'"),
    );
  });
});
