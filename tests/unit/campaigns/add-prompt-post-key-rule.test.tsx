// The campaigns view's "Add x:123 to which campaign?" (dashboard.html?add=<key>) words its prompt
// by the rule the background adds by (isPostKeyShape, lib/types.ts). It split the key by hand and
// looked for a ":" followed by a non-space anywhere: "x: a", a key the background adds, read "not a
// post key", and an id past the reading's limit was offered, then refused when the user added it.
import { CampaignsPanel } from '@/components/campaigns';
import { LIMITS } from '@/lib/check';
import { saveDirect, storedCampaigns } from '../components/campaigns/setup-campaigns';
import { clock, resetAll } from '../components/helpers';
import { fireEvent, render, screen, within } from '../testing-library';

vi.mock('@/lib/messaging/protocol', async () => (await import('../components/helpers')).protocolMock);
vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));
// Full DOM renders with a real background behind them: slow when the machine is busy.
vi.setConfig({ testTimeout: 20_000 });

beforeEach(async () => {
  await resetAll();
  history.replaceState(null, '', '/dashboard.html#/campaigns');
});

const prompt = async (key: string) => {
  render(<CampaignsPanel now={() => clock.now} locale="en-US" addKey={key} />);
  return within(await screen.findByRole('region', { name: 'Add a post to a campaign' }));
};

it.each([['x: a'], ['x:a b'], [`x:${'1'.repeat(LIMITS.postId)}`]])(
  'offers %s, a key the background adds, and adds it',
  async (key) => {
    const launch = await saveDirect({ name: 'Launch' });
    const ask = await prompt(key);
    expect(ask.getByText(/to which campaign\?/).textContent).toBe(`Add ${key} to which campaign?`);
    expect(ask.queryByRole('alert')).toBeNull();
    fireEvent.change(await ask.findByLabelText('Campaign'), { target: { value: launch.id } });
    fireEvent.click(ask.getByRole('button', { name: 'Add to campaign' }));
    expect((await ask.findByRole('status')).textContent).toBe('Added the post to Launch.');
    expect((await storedCampaigns())[0]!.postKeys).toEqual([key]);
  },
);

it.each([['x: '], [`x:${'1'.repeat(LIMITS.postId + 1)}`], ['reddit:\t']])(
  'says %s is not a post key, as the background would refuse it',
  async (key) => {
    await saveDirect({ name: 'Launch' });
    const ask = await prompt(key);
    expect(ask.getByRole('alert').textContent).toBe(
      `The link asked to add “${key.slice(0, 80)}”, which is not a post key (platform:postId).`,
    );
    expect(ask.queryByRole('button', { name: 'Add to campaign' })).toBeNull();
    expect(ask.queryByText(/to which campaign\?/)).toBeNull();
  },
);
