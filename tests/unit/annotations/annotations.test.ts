// @vitest-environment node

// Author sets, tags and notes: bad stored entries are left out with a reason; too-long words are
// refused with a message, never cut; edits apply over what is stored now.

import { compareSets } from '@/components/annotations';
import {
  type Annotations,
  addAuthorsToSet,
  addSet,
  addTag,
  annotationsItem,
  checkAnnotations,
  type Edit,
  EMPTY_ANNOTATIONS,
  getAnnotations,
  isEmptyAnnotations,
  postsWithTag,
  removeAuthorsFromSet,
  removeSet,
  removeTag,
  renameSet,
  setAuthors,
  setNote,
  tagCounts,
  updateAnnotations,
} from '@/lib/annotations';
import { EMPTY_FILTER, filterRows, type PostRow } from '@/lib/queries';

/** The value of an edit that must succeed. */
function applied(e: Edit): Annotations {
  if (!e.ok) throw new Error(e.message);
  return e.value;
}

const good: Annotations = {
  sets: [{ id: 's1', name: 'Our brand', authorKeys: ['x:nasa', 'bluesky:esa.int'] }],
  tags: { 'x:1': ['launch', 'video'] },
  notes: { 'x:1': 'Client liked this one.\nAsk for the raw file.' },
};

describe('checkAnnotations', () => {
  it('keeps a good value exactly', () => {
    expect(checkAnnotations(good)).toEqual({ value: good, problems: [] });
  });

  it.each([
    ['nothing stored', undefined, EMPTY_ANNOTATIONS, []],
    ['not an object', 'sets', EMPTY_ANNOTATIONS, ['not an object']],
    ['sets not a list', { sets: {} }, EMPTY_ANNOTATIONS, ['sets: not a list']],
    [
      'a set without a name',
      { sets: [{ id: 'a', name: '', authorKeys: [] }] },
      EMPTY_ANNOTATIONS,
      ['sets[0] left out: name must not be empty'],
    ],
    [
      'a set name over 100 characters',
      { sets: [{ id: 'a', name: 'n'.repeat(101), authorKeys: [] }] },
      EMPTY_ANNOTATIONS,
      ['sets[0] left out: name is 101 characters; at most 100'],
    ],
    [
      'a bad author key',
      { sets: [{ id: 'a', name: 'A', authorKeys: ['nasa'] }] },
      EMPTY_ANNOTATIONS,
      ['sets[0] left out: authorKeys[0] is not an author key (platform:handle)'],
    ],
    [
      'a repeated set id',
      { sets: [good.sets[0], { ...good.sets[0], name: 'Other' }] },
      { ...EMPTY_ANNOTATIONS, sets: good.sets },
      ['sets[1] left out: repeats id'],
    ],
    [
      'a tag over 50 characters',
      { tags: { 'x:1': ['t'.repeat(51)] } },
      EMPTY_ANNOTATIONS,
      ['tags["x:1"] left out: [0] is 51 characters; at most 50'],
    ],
    [
      'tags under a bad post key',
      { tags: { nokey: ['a'] } },
      EMPTY_ANNOTATIONS,
      ['tags["nokey"] left out: not a post key'],
    ],
    [
      'a note over 5,000 characters',
      { notes: { 'x:1': 'n'.repeat(5001) } },
      EMPTY_ANNOTATIONS,
      ['notes["x:1"] left out: is 5,001 characters; at most 5,000'],
    ],
    [
      'a note as a number',
      { notes: { 'x:1': 5 } },
      EMPTY_ANNOTATIONS,
      ['notes["x:1"] left out: must be text'],
    ],
    [
      'limits themselves are kept',
      { notes: { 'x:1': 'n'.repeat(5000) } },
      { ...EMPTY_ANNOTATIONS, notes: { 'x:1': 'n'.repeat(5000) } },
      [],
    ],
  ])('%s', (_name, raw, value, problems) => {
    expect(checkAnnotations(raw)).toEqual({ value, problems });
  });
});

describe('edits', () => {
  const refusal = (e: ReturnType<typeof addSet>) => (e.ok ? null : e.message);

  it.each([
    [
      'a set name over 100',
      () => addSet(EMPTY_ANNOTATIONS, 'a', 'n'.repeat(101)),
      "The set's name is 101 characters; at most 100.",
    ],
    ['an empty set name', () => addSet(EMPTY_ANNOTATIONS, 'a', '  '), "The set's name must not be empty."],
    [
      'renaming to over 100',
      () => renameSet(good, 's1', 'n'.repeat(101)),
      "The set's name is 101 characters; at most 100.",
    ],
    ['renaming a missing set', () => renameSet(good, 'zz', 'B'), 'That set no longer exists.'],
    ['a tag over 50', () => addTag(good, 'x:1', 't'.repeat(51)), 'The tag is 51 characters; at most 50.'],
    [
      'a note over 5,000',
      () => setNote(good, 'x:1', 'n'.repeat(5001)),
      'The note is 5,001 characters; at most 5,000.',
    ],
    ['a bad author key', () => addAuthorsToSet(good, 's1', ['nasa']), '"nasa" is not an author key.'],
  ])('refuses %s with a message', (_name, run, message) => {
    expect(refusal(run())).toBe(message);
  });

  it.each([
    [
      'add a set',
      () => addSet(good, 's2', 'Competitors A'),
      (a: Annotations) => a.sets.map((s) => s.name),
      ['Our brand', 'Competitors A'],
    ],
    ['remove a set', () => removeSet(good, 's1'), (a: Annotations) => a.sets, []],
    ['rename a set', () => renameSet(good, 's1', 'Brand'), (a: Annotations) => a.sets[0]?.name, 'Brand'],
    [
      'add authors once',
      () => addAuthorsToSet(good, 's1', ['x:nasa', 'x:spacex']),
      (a: Annotations) => a.sets[0]?.authorKeys,
      ['x:nasa', 'bluesky:esa.int', 'x:spacex'],
    ],
    [
      'remove an author',
      () => removeAuthorsFromSet(good, 's1', ['x:nasa']),
      (a: Annotations) => a.sets[0]?.authorKeys,
      ['bluesky:esa.int'],
    ],
    [
      'add a tag once',
      () => addTag(good, 'x:1', 'launch'),
      (a: Annotations) => a.tags['x:1'],
      ['launch', 'video'],
    ],
    ['add a tag', () => addTag(good, 'x:2', 'launch'), (a: Annotations) => a.tags['x:2'], ['launch']],
    [
      'remove the last tag drops the post',
      () => removeTag(applied(removeTag(good, 'x:1', 'launch')), 'x:1', 'video'),
      (a: Annotations) => a.tags,
      {},
    ],
    ['an empty note removes it', () => setNote(good, 'x:1', ''), (a: Annotations) => a.notes, {}],
    [
      'a 5,000-character note is kept',
      () => setNote(good, 'x:2', 'n'.repeat(5000)),
      (a: Annotations) => a.notes['x:2']?.length,
      5000,
    ],
  ])('%s', (_name, run, pick, expected) => {
    const e = run();
    expect(e.ok).toBe(true);
    if (e.ok) expect(pick(e.value)).toEqual(expected);
  });

  it('counts tags, most used first', () => {
    const a = { ...good, tags: { 'x:1': ['b', 'a'], 'x:2': ['a'], 'x:3': ['c'] } };
    expect(tagCounts(a)).toEqual([
      { tag: 'a', count: 2 },
      { tag: 'b', count: 1 },
      { tag: 'c', count: 1 },
    ]);
    expect(postsWithTag(a, 'a')).toEqual(new Set(['x:1', 'x:2']));
    expect(setAuthors(good, 's1')).toEqual(new Set(['x:nasa', 'bluesky:esa.int']));
    expect(isEmptyAnnotations(EMPTY_ANNOTATIONS)).toBe(true);
    expect(isEmptyAnnotations(good)).toBe(false);
  });
});

describe('annotations in storage.local', () => {
  it('reads what was stored, leaving out and logging bad entries', async () => {
    await annotationsItem.setValue({ ...good, notes: { 'x:1': 7 } } as unknown as Annotations);
    const warn = vi.fn();
    expect(await getAnnotations(warn)).toEqual({ ...good, notes: {} });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('notes["x:1"] left out: must be text'));
  });

  it('applies an edit over the stored value and saves nothing when refused', async () => {
    await annotationsItem.setValue(good);
    await updateAnnotations((a) => addTag(a, 'x:2', 'new'));
    expect((await getAnnotations()).tags['x:2']).toEqual(['new']);
    const refused = await updateAnnotations((a) => setNote(a, 'x:2', 'n'.repeat(5001)));
    expect(refused.ok).toBe(false);
    expect((await getAnnotations()).notes['x:2']).toBeUndefined();
  });
});

describe('compareSets', () => {
  const row = (
    key: string,
    authorKey: string | null,
    er: number | null,
    velocity: number | null,
    engagement: number | null,
    // Each ER by views: an author's figures keep to one basis (author-er-one-basis.test.ts).
  ) =>
    ({
      key,
      authorKey,
      er,
      erViews: er,
      erFollowers: null,
      erBasis: er === null ? null : 'views',
      velocity,
      engagement,
      date: 0,
    }) as unknown as PostRow;
  const rows = [
    row('x:1', 'x:a', 0.01, 10, 100),
    row('x:2', 'x:a', 0.03, 30, 50),
    row('x:3', 'x:b', 0.02, null, null),
    row('x:4', 'x:c', 0.5, 99, 1000),
    row('x:5', null, 0.9, 1, 1),
  ];

  it.each([
    [
      'two authors together',
      ['x:a', 'x:b'],
      { postsSeen: 3, medianEr: 0.02, medianVelocity: 20, totalEngagement: 150 },
    ],
    ['one author', ['x:c'], { postsSeen: 1, medianEr: 0.5, medianVelocity: 99, totalEngagement: 1000 }],
    // A count no post shows is unknown, not 0: the total is null ("—"), not 0.
    [
      'posts that show no counts',
      ['x:b'],
      { postsSeen: 1, medianEr: 0.02, medianVelocity: null, totalEngagement: null },
    ],
    [
      'no author seen',
      ['x:zz'],
      { postsSeen: 0, medianEr: null, medianVelocity: null, totalEngagement: null },
    ],
  ])('%s', (_name, authorKeys, expected) => {
    const [figures] = compareSets([{ id: 's', name: 'S', authorKeys }], rows);
    // The median ER's formula names its basis (author-er-one-basis.test.ts).
    expect(figures).toEqual({
      id: 's',
      name: 'S',
      authors: authorKeys.length,
      ...expected,
      medianErFormula: expect.stringMatching(/^median of the ERs/),
    });
  });
});

describe('filterRows by tag and set', () => {
  const rows = [
    { key: 'x:1', authorKey: 'x:a' },
    { key: 'x:2', authorKey: 'x:b' },
    { key: 'x:3', authorKey: null },
  ].map((r) => ({
    ...r,
    platform: 'x',
    date: 0,
    text: '',
    authorHandle: null,
    authorName: null,
  })) as unknown as PostRow[];
  const marks = { tags: { 'x:1': ['launch'], 'x:3': ['launch'] }, sets: [{ id: 's', authorKeys: ['x:b'] }] };

  it.each([
    ['no tag or set: every row (EMPTY_FILTER unchanged)', {}, ['x:1', 'x:2', 'x:3']],
    ['a tag', { tag: 'launch' }, ['x:1', 'x:3']],
    ['a set', { setId: 's' }, ['x:2']],
    ['a set that no longer exists: none', { setId: 'gone' }, []],
    ['a tag and a set', { tag: 'launch', setId: 's' }, []],
  ])('%s', (_name, patch, keys) => {
    expect(filterRows(rows, { ...EMPTY_FILTER, ...patch }, marks).map((r) => r.key)).toEqual(keys);
  });
});
