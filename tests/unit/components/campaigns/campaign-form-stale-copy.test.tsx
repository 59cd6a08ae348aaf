// The dashboard's campaign form, edited while another tab saved the same campaign: its save is
// refused with a message, and the other tab's edit stays.
import { CampaignsPanel } from '@/components/campaigns';
import { fireEvent, render, screen, waitFor, within } from '../../testing-library';
import { backend, clock, resetAll } from '../helpers';
import { PAGE, saveDirect, storedCampaigns } from './setup-campaigns';

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

it('refuses a form save based on a copy another tab changed since', async () => {
  const c = await saveDirect({ clicks: 100 });
  render(<CampaignsPanel filteredKeys={null} now={() => clock.now} locale="en-US" />);
  fireEvent.click(await screen.findByRole('button', { name: 'Spring launch' }));
  const detail = await screen.findByRole('article', { name: 'Campaign Spring launch' });
  fireEvent.click(within(detail).getByRole('button', { name: 'Edit period, money and outcomes' }));
  // Another tab saves the campaign meanwhile.
  const other = await backend().saveCampaign({ ...c, clicks: 800, basedOn: c }, PAGE);
  expect(other.ok).toBe(true);
  fireEvent.input(screen.getByLabelText(/^Leads/), { target: { value: '25' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save campaign' }));
  await waitFor(() =>
    expect(screen.getByRole('alert').textContent).toContain(
      '“Spring launch” was changed in another tab or window after this page read it. Reload to see the change, then edit again.',
    ),
  );
  expect(await storedCampaigns()).toMatchObject([{ clicks: 800, leads: null }]);
});
