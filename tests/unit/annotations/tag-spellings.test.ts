// @vitest-environment node

// Tags stored before a tag's case and Unicode form were one tag (an older version, or a file that
// version wrote): "Launch" on one post and "launch" on another are read as one tag, in the first
// spelling stored, so the tag filter lists it once with every post that carries it.

import { annotationsItem, checkAnnotations, getAnnotations, tagCounts } from '@/lib/annotations';
import { EMPTY_FILTER, filterRows, type PostRow } from '@/lib/queries';

const NFC = 'caf\u00e9';
const NFD = 'cafe\u0301';
const row = (key: string) => ({ key, authorKey: 'x:a', text: '', date: 0 }) as unknown as PostRow;
const rows = ['x:1', 'x:2', 'x:3'].map(row);

describe('tags stored in two spellings', () => {
  it.each([
    ['case', { 'x:1': ['Launch'], 'x:2': ['launch'], 'x:3': ['LAUNCH', 'video'] }, 'Launch', 3],
    ['Unicode form', { 'x:1': [NFC], 'x:2': [NFD] }, NFC, 2],
  ])('reads a tag stored in two %ss as one, on every post that carries it', (_name, tags, tag, posts) => {
    const { value } = checkAnnotations({ sets: [], tags, notes: {} });
    expect(tagCounts(value).find((c) => c.tag === tag)?.count).toBe(posts);
    expect(
      tagCounts(value).filter((c) => c.tag.toLowerCase().normalize() === tag.toLowerCase()),
    ).toHaveLength(1);
    const shown = filterRows(rows, { ...EMPTY_FILTER, tag }, value);
    expect(shown.map((r) => r.key)).toEqual(Object.keys(tags));
  });

  it('keeps a post’s tag once when it was stored twice in two spellings, and its other tags in order', async () => {
    await annotationsItem.setValue({ sets: [], tags: { 'x:1': ['Launch', 'video', 'launch'] }, notes: {} });
    expect((await getAnnotations(() => {})).tags).toEqual({ 'x:1': ['Launch', 'video'] });
  });

  it('leaves tags that differ in more than case and form as they are', () => {
    const tags = { 'x:1': ['launch', 'launches'], 'x:2': ['Launch-day'] };
    expect(checkAnnotations({ sets: [], tags, notes: {} }).value.tags).toEqual(tags);
  });
});
