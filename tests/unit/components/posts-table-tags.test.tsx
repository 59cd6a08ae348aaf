// The Posts Tag filter lists and counts the tags of the posts there are: a tag left on a post that
// is gone (its tags not removed when it was deleted, storage refusing; an annotations file naming
// posts not stored) is not offered, nor counted, once every row is in.
import { PostsView } from '@/components/dashboard/posts-view';
import { type Annotations, EMPTY_ANNOTATIONS } from '@/lib/annotations';
import { loadAllRows } from '@/lib/queries/posts';
import { fireEvent, render, screen } from '../testing-library';
import { reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);

const tagOptions = () =>
  [...(screen.getByLabelText('Tag') as HTMLSelectElement).options]
    .filter((o) => o.value !== '')
    .map((o) => o.textContent);

it('tags on deleted posts are neither listed nor counted', async () => {
  await record([reading({ postId: '1', text: 'Launch day' }), reading({ postId: '2', text: 'Quiet' })]);
  const rows = await loadAllRows('auto');
  const annotations: Annotations = {
    ...EMPTY_ANNOTATIONS,
    tags: { 'x:1': ['launch'], 'x:deleted': ['launch', 'old'], 'x:gone': ['old'] },
  };
  render(<PostsView rows={rows} annotations={{ annotations, edit: async () => null }} />);
  expect(tagOptions()).toEqual(['launch (1)']);
});

it('a tag only deleted posts carry is not offered; the one left counts the posts it shows', async () => {
  await record([reading({ postId: '1', text: 'Launch day' })]);
  const rows = await loadAllRows('auto');
  const annotations: Annotations = {
    ...EMPTY_ANNOTATIONS,
    tags: { 'x:1': ['launch'], 'x:deleted': ['old'] },
  };
  render(<PostsView rows={rows} annotations={{ annotations, edit: async () => null }} />);
  expect(tagOptions()).toEqual(['launch (1)']);
  fireEvent.change(screen.getByLabelText('Tag'), { target: { value: 'launch' } });
  expect(screen.getByText('1 of 1 post')).toBeTruthy();
});
