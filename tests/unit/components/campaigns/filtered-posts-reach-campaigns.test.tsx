// "Add filtered posts" in a campaign adds what the Posts view's filter shows: the dashboard keeps
// the filter above both views, so switching to Campaigns carries it (it added nothing before:
// the filtered set never reached the campaigns panel).

import { App as DashboardApp } from '@/entrypoints/dashboard/App';
import { fireEvent, render, screen, waitFor, within } from '../../testing-library';
import { resetAll } from '../helpers';
import { saveDirect, seedPosts, storedCampaigns } from './setup-campaigns';

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
afterEach(() => {
  location.hash = '';
});

const go = (hash: string) => {
  location.hash = hash;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
};

it('adds the posts the Posts filter shows to the campaign opened in Campaigns', async () => {
  await seedPosts();
  await saveDirect({ name: 'Spring launch' });
  location.hash = '#/posts';
  render(<DashboardApp />);
  await screen.findByText('3 posts');
  // x:1 "Launch day" and x:2 "Behind the scenes" hold an "n"; x:3 "Poll" does not.
  fireEvent.input(screen.getByLabelText(/^Text/), { target: { value: 'n' } });
  await screen.findByText('2 of 3 posts');

  go('#/campaigns');
  fireEvent.click(await screen.findByRole('button', { name: 'Spring launch' }));
  const detail = await screen.findByRole('article', { name: 'Campaign Spring launch' });
  fireEvent.click(within(detail).getByRole('button', { name: 'Add 2 filtered posts' }));
  await waitFor(async () => expect((await storedCampaigns())[0]!.postKeys.sort()).toEqual(['x:1', 'x:2']));

  // The filter stays when the user comes back to Posts.
  go('#/posts');
  expect(await screen.findByText('2 of 3 posts')).toBeTruthy();
});
