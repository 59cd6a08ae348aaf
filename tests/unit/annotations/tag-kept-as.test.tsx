// A tag typed in another case (or Unicode form) than one in use is kept in the spelling in use, by
// design (one tag, listed once by the filter); the user is told, never left to find "launch" saved
// as "Launch". A tag the post already carries adds nothing, and says so.

import { PostAnnotations } from '@/components/annotations';
import { annotationsItem, EMPTY_ANNOTATIONS, getAnnotations, tagAsKept } from '@/lib/annotations';
import { fireEvent, render, screen, waitFor } from '../testing-library';

const NFC = 'caf\u00e9';
const NFD = 'cafe\u0301';
const pause = (ms = 50) => new Promise((r) => setTimeout(r, ms));

describe('tagAsKept: the spelling addTag keeps a typed tag in', () => {
  const a = { ...EMPTY_ANNOTATIONS, tags: { 'x:1': ['Video'], 'x:2': ['Launch', NFC] } };
  it.each([
    ['a new tag', 'x:1', 'launches', 'launches', false],
    ['another post’s tag in its spelling', 'x:1', 'Launch', 'Launch', false],
    ['another post’s tag in another case', 'x:1', 'LAUNCH', 'Launch', false],
    ['another post’s tag in another Unicode form', 'x:1', NFD, NFC, false],
    ['the post’s own tag', 'x:1', 'Video', 'Video', true],
    ['the post’s own tag in another case', 'x:1', 'video', 'Video', true],
    ['a tag on a post with none yet', 'x:3', 'launch', 'Launch', false],
  ])('%s', (_name, post, typed, spelling, already) => {
    expect(tagAsKept(a, post, typed)).toEqual({ spelling, already });
  });
});

describe('adding a tag that is kept otherwise than typed', () => {
  it.each([
    ['in another case than the tag in use', { 'x:2': ['Launch'] }, 'launch', ['Launch'], /“Launch”/],
    ['in another Unicode form than the tag in use', { 'x:2': [NFC] }, NFD, [NFC], new RegExp(`“${NFC}”`)],
    ['the post already carries, in another case', { 'x:1': ['Launch'] }, 'LAUNCH', ['Launch'], /already/],
    ['the post already carries, as typed', { 'x:1': ['Launch'] }, 'Launch', ['Launch'], /already/],
  ])('says so when the tag is typed %s', async (_name, tags, typed, kept, said) => {
    await annotationsItem.setValue({ ...EMPTY_ANNOTATIONS, tags });
    render(<PostAnnotations postKey="x:1" />);
    await pause();
    fireEvent.input(screen.getByLabelText('Tag'), { target: { value: typed } });
    fireEvent.click(screen.getByRole('button', { name: 'Add tag' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(said));
    expect((await getAnnotations()).tags['x:1']).toEqual(kept);
  });

  it.each([
    ['a new tag', {}, 'launch', 'launch'],
    ['a tag in use, as spelt', { 'x:2': ['Launch'] }, 'Launch', 'Launch'],
    // Outer spaces are not kept (a tag must not start or end with one); the chip shows the tag saved.
    ['a tag in use, as spelt, between spaces', { 'x:2': ['Launch'] }, '  Launch ', 'Launch'],
  ])('says nothing when %s is added as typed', async (_name, tags, typed, chip) => {
    await annotationsItem.setValue({ ...EMPTY_ANNOTATIONS, tags });
    render(<PostAnnotations postKey="x:1" />);
    await pause();
    fireEvent.input(screen.getByLabelText('Tag'), { target: { value: typed } });
    fireEvent.click(screen.getByRole('button', { name: 'Add tag' }));
    await screen.findByRole('button', { name: `Remove tag ${chip}` });
    expect((await getAnnotations()).tags['x:1']).toEqual([chip]);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
