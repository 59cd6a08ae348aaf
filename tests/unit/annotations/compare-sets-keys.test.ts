// @vitest-environment node

// "Sets compared" counts each author once and finds their posts, whatever the case of a
// handle in a set an imported file or an older version wrote (PostLens keys authors in lower case).
import { compareSets } from '@/components/annotations';
import { checkAnnotations } from '@/lib/annotations';
import type { PostRow } from '@/lib/queries';
import { EMPTY_FILTER, filterRows } from '@/lib/queries/filter-rows';

// Each ER by views: an author's figures keep to one basis (author-er-one-basis.test.ts).
const row = (key: string, authorKey: string, er: number, engagement: number) =>
  ({
    key,
    authorKey,
    er,
    erViews: er,
    erFollowers: null,
    erBasis: 'views',
    velocity: null,
    engagement,
    date: 0,
  }) as unknown as PostRow;

describe('a stored set read as posts key their authors', () => {
  const stored = {
    sets: [{ id: 's', name: 'S', authorKeys: ['x:NASA', 'x:nasa', 'mastodon:Jane@Example.Social'] }],
    tags: {},
    notes: {},
  };

  it('reads each author key in lower case, once', () => {
    const { value, problems } = checkAnnotations(stored);
    expect(problems).toEqual([]);
    expect(value.sets[0]!.authorKeys).toEqual(['x:nasa', 'mastodon:jane@example.social']);
  });

  it('filters the Posts table to that author (a set naming x:NASA showed no post)', () => {
    const rows = [row('x:1', 'x:nasa', 0.02, 100), row('x:2', 'x:other', 0.04, 50)];
    const marks = { sets: checkAnnotations(stored).value.sets, tags: {} };
    expect(filterRows(rows, { ...EMPTY_FILTER, setId: 's' }, marks).map((r) => r.key)).toEqual(['x:1']);
  });
});

/** A set as every page reads it from storage (checkAnnotations), not as a file or version wrote it. */
const asRead = (authorKeys: string[]) =>
  checkAnnotations({ sets: [{ id: 's', name: 'S', authorKeys }], tags: {}, notes: {} }).value.sets;

describe('compareSets with handles in another case', () => {
  it('counts x:NASA and x:nasa as one author and measures their posts', () => {
    const rows = [row('x:1', 'x:nasa', 0.02, 100), row('x:2', 'x:nasa', 0.04, 50)];
    const [figures] = compareSets(asRead(['x:NASA', 'x:nasa']), rows);
    expect(figures).toMatchObject({ authors: 1, postsSeen: 2, medianEr: 0.03, totalEngagement: 150 });
  });

  it('finds the posts of an author the set names in capitals', () => {
    const rows = [row('x:1', 'x:nasa', 0.02, 100)];
    const [figures] = compareSets(asRead(['x:NASA']), rows);
    expect(figures).toMatchObject({ authors: 1, postsSeen: 1, totalEngagement: 100 });
  });
});
