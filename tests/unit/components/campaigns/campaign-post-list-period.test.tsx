// A campaign's post list: "engagement" in the campaign view means what was gained in its period,
// so the list shows each post's period figures, said so, next to its all-time totals.
import { CampaignsPanel } from '@/components/campaigns';
import { fireEvent, render, screen } from '../../testing-library';
import { clock, resetAll } from '../helpers';
import { saveDirect, seedPosts } from './setup-campaigns';

vi.mock('@/lib/messaging/protocol', async () => (await import('../helpers')).protocolMock);
vi.setConfig({ testTimeout: 20_000 });
vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

beforeEach(resetAll);

it("shows each post's gain in the period, said so, and its all-time totals named as such", async () => {
  await seedPosts();
  // x:1 read on Jan 8 (likes 100, comments 20, views 10,000) and Jan 9 (300, 50, 20,000): from
  // Jan 9 on it gained 200 likes, 30 comments, 10,000 views. x:2 has no reading in the period.
  await saveDirect({ postKeys: ['x:1', 'x:2'], start: '2025-01-09', end: '2025-01-31' });
  render(<CampaignsPanel filteredKeys={null} now={() => clock.now} locale="en-US" />);
  fireEvent.click(await screen.findByRole('button', { name: 'Spring launch' }));
  await screen.findByRole('article', { name: 'Campaign Spring launch' });
  const item = (key: string) => document.querySelector(`[data-post="${key}"]`)?.textContent ?? '';
  expect(item('x:1')).toContain(
    'In the period: 230 engagement · 10,000 views · all time: 350 engagement · 20,000 views',
  );
  expect(item('x:2')).toContain('In the period: no reading · all time: 40 engagement · 5,000 views');
});
