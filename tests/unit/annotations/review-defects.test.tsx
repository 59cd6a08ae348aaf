// Review 7, author sets, tags and notes: edits lost between tabs, names and tags that differ only
// by case or Unicode normalisation, an import that duplicates them, and hostile names.

import { AuthorSets, PostAnnotations } from '@/components/annotations';
import {
  type Annotations,
  addSet,
  addTag,
  annotationsItem,
  type Edit,
  EMPTY_ANNOTATIONS,
  getAnnotations,
  renameSet,
  tagCounts,
} from '@/lib/annotations';
import { storeImportedAnnotations } from '@/lib/transfer/annotations-import';
import { fireEvent, render, screen, waitFor } from '../testing-library';

function applied(e: Edit): Annotations {
  if (!e.ok) throw new Error(e.message);
  return e.value;
}

const NFC = 'caf\u00e9';
const NFD = 'cafe\u0301';
const pause = (ms = 50) => new Promise((r) => setTimeout(r, ms));

describe('a post’s note while another tab saves one', () => {
  it('keeps the words the user is typing when another tab saves the post’s note', async () => {
    render(<PostAnnotations postKey="x:1" />);
    const note = screen.getByLabelText('Note') as HTMLTextAreaElement;
    await pause();
    fireEvent.input(note, { target: { value: 'my unsaved draft' } });
    // Another dashboard tab saves a note on the same post.
    await annotationsItem.setValue({ ...EMPTY_ANNOTATIONS, notes: { 'x:1': 'from the other tab' } });
    await pause();
    expect(note.value).toBe('my unsaved draft');
  });

  it('still follows another tab’s note while the user has not typed', async () => {
    render(<PostAnnotations postKey="x:1" />);
    const note = screen.getByLabelText('Note') as HTMLTextAreaElement;
    await pause();
    await annotationsItem.setValue({ ...EMPTY_ANNOTATIONS, notes: { 'x:1': 'from the other tab' } });
    await waitFor(() => expect(note.value).toBe('from the other tab'));
  });
});

describe('tags that differ only by Unicode normalisation or case', () => {
  const start: Annotations = { ...EMPTY_ANNOTATIONS, tags: { 'x:1': [NFC, 'Launch'] } };

  it('does not add a second, identical-looking tag to a post', () => {
    expect(applied(addTag(start, 'x:1', NFD)).tags['x:1']).toEqual([NFC, 'Launch']);
    expect(applied(addTag(start, 'x:1', 'launch')).tags['x:1']).toEqual([NFC, 'Launch']);
  });

  it('tags another post with the spelling already in use, so the filter lists one tag', () => {
    const a = applied(addTag(applied(addTag(start, 'x:2', NFD)), 'x:2', 'LAUNCH'));
    expect(a.tags['x:2']).toEqual([NFC, 'Launch']);
    expect(tagCounts(a)).toEqual([
      { tag: NFC, count: 2 },
      { tag: 'Launch', count: 2 },
    ]);
  });
});

describe('set names that differ only by case or Unicode normalisation', () => {
  const start: Annotations = {
    ...EMPTY_ANNOTATIONS,
    sets: [
      { id: 'a', name: `Our ${NFC}`, authorKeys: [] },
      { id: 'b', name: 'Competitors', authorKeys: [] },
    ],
  };

  it('refuses a new set named like an existing one', () => {
    expect(addSet(start, 'c', `our ${NFD}`).ok).toBe(false);
    expect(addSet(start, 'c', 'COMPETITORS').ok).toBe(false);
  });

  it('refuses to rename a set to another set’s name, but allows a change of its own case', () => {
    expect(renameSet(start, 'b', `OUR ${NFC}`).ok).toBe(false);
    expect(renameSet(start, 'b', 'competitors').ok).toBe(true);
  });
});

describe('importing annotations', () => {
  it('does not give a post a second tag that looks like one it has', async () => {
    await annotationsItem.setValue({ ...EMPTY_ANNOTATIONS, tags: { 'x:1': [NFC], 'x:2': ['Launch'] } });
    await storeImportedAnnotations({
      ...EMPTY_ANNOTATIONS,
      tags: { 'x:1': [NFD, 'new'], 'x:3': ['launch'] },
    });
    expect((await getAnnotations()).tags).toEqual({
      'x:1': [NFC, 'new'],
      'x:2': ['Launch'],
      'x:3': ['Launch'],
    });
  });

  it('does not add a second set of the same name (another id) from the file', async () => {
    const mine = { id: 'mine', name: 'Competitors', authorKeys: ['x:bob'] };
    await annotationsItem.setValue({ ...EMPTY_ANNOTATIONS, sets: [mine] });
    const conflicts = await storeImportedAnnotations({
      ...EMPTY_ANNOTATIONS,
      sets: [
        { id: 'theirs', name: 'Competitors', authorKeys: ['x:bob'] },
        { id: 'other', name: 'competitors', authorKeys: ['x:carol'] },
        { id: 'new', name: 'Brand', authorKeys: ['x:alice'] },
      ],
    });
    expect((await getAnnotations()).sets).toEqual([
      mine,
      { id: 'new', name: 'Brand', authorKeys: ['x:alice'] },
    ]);
    // The same set under another id is no difference; other authors under the name are one.
    expect(conflicts.map((c) => c.path)).toEqual(['annotations.sets (id other)']);
  });
});

describe('hostile names', () => {
  it('isolates a set name’s direction controls from the words after it', async () => {
    const name = 'evil\u202E';
    const state = {
      annotations: { ...EMPTY_ANNOTATIONS, sets: [{ id: 'a', name, authorKeys: ['x:bob'] }] },
      edit: async () => null,
    };
    render(<AuthorSets state={state} selected={[]} onPick={() => {}} />);
    expect(screen.getByText(name).tagName).toBe('BDI');
  });

  it('isolates a tag’s direction controls from the remove button after it', async () => {
    const tag = 'evil\u202E';
    await annotationsItem.setValue({ ...EMPTY_ANNOTATIONS, tags: { 'x:1': [tag] } });
    render(<PostAnnotations postKey="x:1" />);
    expect((await screen.findByText(tag)).tagName).toBe('BDI');
  });
});
