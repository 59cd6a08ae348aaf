import { createElement } from 'preact';
import { PostDetail } from '@/components/dashboard/post-detail';
import { formatPercent } from '@/lib/format';
import { loadAllRows } from '@/lib/queries';
import { render, screen, within } from '../testing-library';
import { clock, HOUR, reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

beforeEach(resetAll);

describe('the post page’s “Its rates now”', () => {
  it('never shows the rates of an older reading than the newest snapshot the page lists', async () => {
    const t0 = clock.now;
    const author = { handle: 'alice', name: 'Alice', followers: 1000 };
    await record([reading({ postId: 'p', author, likes: 50, views: 1000 })], null, t0);
    // The dashboard read its rows (the table's, kept by the page) while the post had one reading.
    const row = (await loadAllRows('auto')).find((r) => r.key === 'x:p')!;
    // Then PostLens read the post again in another tab: 80 likes of 1,000 views, ER 8 %.
    await record([reading({ postId: 'p', author, likes: 80, views: 1000 })], null, t0 + HOUR);
    render(createElement(PostDetail, { postKey: 'x:p', row, onDeleted: () => {} }));
    expect(await screen.findByText('2 snapshots')).toBeTruthy();
    // The snapshot table lists the newest reading: 8 % by views.
    const newest = within(screen.getByRole('table')).getAllByRole('row')[1]!;
    expect(newest.textContent).toContain(formatPercent(0.08));
    // "Its rates now" must not say 5 % (the reading an hour older) nor that it needs 2 readings.
    const rates = screen.queryByLabelText('Its rates now');
    const said = rates?.textContent ?? '';
    expect(said).not.toContain(formatPercent(0.05));
    expect(said).not.toContain('1 so far');
  });
});
