import { PostsView } from '@/components/dashboard/posts-view';
import { getViews, viewsItem } from '@/lib/table-views';
import { fireEvent, render, screen } from '../testing-library';
import { resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);
afterEach(() => vi.restoreAllMocks());

it('says so when a view cannot be deleted (storage refuses), instead of failing without a word', async () => {
  const filter = { platform: null, authorKey: null, from: null, to: null, text: '', tag: null, setId: null };
  await viewsItem.setValue([{ name: 'Mine', filter, sort: { key: 'er', dir: 'desc' }, columns: ['likes'] }]);
  const rejections: unknown[] = [];
  const onRejection = (e: unknown) => rejections.push(e);
  process.on('unhandledRejection', onRejection);
  try {
    render(<PostsView rows={[]} />);
    const del = await screen.findByLabelText('Delete view Mine');
    vi.spyOn(viewsItem, 'setValue').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    fireEvent.click(del);
    expect((await screen.findByRole('alert')).textContent).toBe('Not deleted: QUOTA_BYTES quota exceeded');
    await new Promise((r) => setTimeout(r, 10));
    expect(rejections).toEqual([]);
    expect((await getViews()).map((v) => v.name)).toEqual(['Mine']);
  } finally {
    process.off('unhandledRejection', onRejection);
  }
});
