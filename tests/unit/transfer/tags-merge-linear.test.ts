// @vitest-environment node

// An import merges the file's tags into the stored ones twice: to count the preview, on the page's
// main thread while it says "comparing", and again after the write. For each tag it built the list
// of the post's tags anew and searched every post's tags for the tag's spelling, so the time grew
// with the square of the tags: 4,000 tagged posts took 4 s, 10,000 about 25 s, each time. The
// spellings are now looked up by each tag's fold, built once; what the merge keeps is the same.
import {
  type Annotations,
  annotationsItem,
  getAnnotations,
  tagSpelling,
  tagSpellings,
} from '@/lib/annotations';
import { type ExportV2, previewImportedAnnotations, storeImportedAnnotationsCounted } from '@/lib/transfer';

const NFC = 'caf\u00e9';
const NFD = 'cafe\u0301';

type Tags = Record<string, string[]>;

/** The file's sets, tags and notes: these tags alone. */
const annotationsOf = (tags: Tags): Annotations => ({ sets: [], tags, notes: {} });

const fileOf = (tags: Tags): ExportV2 => ({
  format: 'postlens-export',
  version: 2,
  exportedAt: '2025-06-01T00:00:00.000Z',
  posts: [],
  authors: [],
  campaigns: [],
  annotations: annotationsOf(tags),
});

beforeEach(() => annotationsItem.removeValue());

describe('the spellings a merge keeps', () => {
  it.each<[string, Tags, Tags, Tags, number]>([
    [
      'a tag stored in another case takes the stored spelling, once per post',
      { 'x:1': ['Launch'] },
      { 'x:2': ['launch', 'LAUNCH', 'video'] },
      { 'x:1': ['Launch'], 'x:2': ['Launch', 'video'] },
      2,
    ],
    [
      'a tag stored in another Unicode form takes the stored form',
      { 'x:1': [NFC] },
      { 'x:1': [NFD], 'x:2': [NFD] },
      { 'x:1': [NFC], 'x:2': [NFC] },
      1,
    ],
    [
      'a post keeps the spelling it has, and gains the tags it lacks',
      { 'x:1': ['Launch', 'video'] },
      { 'x:1': ['launch', 'new', 'VIDEO', 'New'] },
      { 'x:1': ['Launch', 'video', 'new'] },
      1,
    ],
    [
      "a tag none has yet: the file's first spelling, on every post",
      {},
      { 'x:1': ['AI'], 'x:2': ['ai'], 'x:3': ['Ai', 'ml', 'ML'] },
      { 'x:1': ['AI'], 'x:2': ['AI'], 'x:3': ['AI', 'ml'] },
      4,
    ],
    [
      'the stored spelling wins over the spelling the file gives first',
      { 'x:9': ['Video'] },
      { 'x:1': ['VIDEO'], 'x:2': ['video', 'vidéo'] },
      { 'x:9': ['Video'], 'x:1': ['Video'], 'x:2': ['Video', 'vidéo'] },
      3,
    ],
    [
      "the first post's spelling among several stored ones",
      { 'x:1': ['Launch'], 'x:2': ['Demo'] },
      { 'x:3': ['demo', 'LAUNCH'] },
      { 'x:1': ['Launch'], 'x:2': ['Demo'], 'x:3': ['Demo', 'Launch'] },
      2,
    ],
  ])('%s', async (_what, stored, file, after, added) => {
    await annotationsItem.setValue({ sets: [], tags: stored, notes: {} });
    expect(await previewImportedAnnotations(fileOf(file))).toEqual({ sets: 0, tags: added, notes: 0 });
    expect((await storeImportedAnnotationsCounted(annotationsOf(file))).added.tags).toBe(added);
    expect((await getAnnotations(() => {})).tags).toEqual(after);
  });

  it('tagSpellings names each tag as tagSpelling finds it', () => {
    const tags = { 'x:1': ['Launch', NFD], 'x:2': ['launch', NFC, 'Video'], 'x:3': ['VIDEO'] };
    const spellings = tagSpellings(tags);
    for (const tag of ['LAUNCH', 'launch', NFC, NFD, 'video', 'Video', 'none'])
      expect(spellings.get(tag.normalize('NFC').toLowerCase().normalize('NFC'))).toBe(tagSpelling(tags, tag));
  });
});

describe('10,000 tagged posts', () => {
  // A client's tag and a weekly one on each post, and a tag of its own: 30,000 tags, 10,450 names.
  const tags: Tags = {};
  for (let i = 0; i < 10_000; i++)
    tags[`x:${i}`] = [`Client-${i % 400}`, `week-${Math.floor(i / 1000)}`, `p${i}`];

  it('merge into an empty profile (a restore after Delete all) within the test time, all of them', async () => {
    expect(await previewImportedAnnotations(fileOf(tags))).toEqual({ sets: 0, tags: 30_000, notes: 0 });
    await storeImportedAnnotationsCounted(annotationsOf(tags));
    expect((await getAnnotations(() => {})).tags).toEqual(tags);
  });

  it('merge into a profile that has them in other cases, taking the stored spellings', async () => {
    const lower: Tags = Object.fromEntries(
      Object.entries(tags).map(([k, l]) => [k, l.map((x) => x.toLowerCase())]),
    );
    await annotationsItem.setValue({ sets: [], tags: { 'x:stored': ['CLIENT-7', 'Week-3'] }, notes: {} });
    expect((await storeImportedAnnotationsCounted(annotationsOf(lower))).added.tags).toBe(30_000);
    const after = (await getAnnotations(() => {})).tags;
    expect(after['x:7']).toEqual(['CLIENT-7', 'week-0', 'p7']);
    expect(after['x:3207']).toEqual(['CLIENT-7', 'Week-3', 'p3207']);
  });
});
