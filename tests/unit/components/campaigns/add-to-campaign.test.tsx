import { AddToCampaign } from '@/components/campaigns';
import { fireEvent, render, screen, waitFor } from '../../testing-library';
import { clock, resetAll } from '../helpers';
import { saveDirect, seedPosts, storedCampaigns } from './setup-campaigns';

vi.mock('@/lib/messaging/protocol', async () => (await import('../helpers')).protocolMock);
// Full DOM renders with a real background behind them: slow when the machine is busy.
vi.setConfig({ testTimeout: 20_000 });

beforeEach(resetAll);

it('adds a post to the chosen campaign, once', async () => {
  await seedPosts();
  await saveDirect({ name: 'Launch', postKeys: ['x:2'] });
  clock.now += 1;
  await saveDirect({ name: 'Teaser' });
  const onAdded = vi.fn();
  render(<AddToCampaign postKeys={['x:1']} onAdded={onAdded} />);
  fireEvent.change(await screen.findByLabelText('Campaign'), {
    target: { value: (await storedCampaigns()).find((c) => c.name === 'Launch')!.id },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Add to campaign' }));
  expect((await screen.findByRole('status')).textContent).toBe('Added the post to Launch.');
  const launch = (await storedCampaigns()).find((c) => c.name === 'Launch')!;
  expect(launch.postKeys).toEqual(['x:2', 'x:1']);
  expect(onAdded).toHaveBeenCalledWith(launch);
  fireEvent.click(screen.getByRole('button', { name: 'Add to campaign' }));
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Already in Launch.'));
  expect((await storedCampaigns()).find((c) => c.name === 'Teaser')!.postKeys).toEqual([]);
});

it('adds several posts at once', async () => {
  await saveDirect({ name: 'Launch' });
  render(<AddToCampaign postKeys={['x:1', 'x:2']} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Add 2 posts to campaign' }));
  expect((await screen.findByRole('status')).textContent).toBe('Added 2 posts to Launch.');
  expect((await storedCampaigns())[0]!.postKeys).toEqual(['x:1', 'x:2']);
});

it('links to the dashboard when there is no campaign yet', async () => {
  render(
    <AddToCampaign postKeys={['x:1']} dashboardUrl="chrome-extension://test-extension/dashboard.html" />,
  );
  const link = await screen.findByRole('link', { name: 'Create one in the dashboard' });
  expect(link.getAttribute('href')).toBe('chrome-extension://test-extension/dashboard.html#/campaigns');
});

it('shows the background’s refusal', async () => {
  await saveDirect({ name: 'Launch' });
  render(<AddToCampaign postKeys={['not a key']} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Add to campaign' }));
  expect((await screen.findByRole('alert')).textContent).toMatch(
    /^Campaign not saved: postKeys\[0\]: "not a key" is not a post key/,
  );
  expect((await storedCampaigns())[0]!.postKeys).toEqual([]);
});
