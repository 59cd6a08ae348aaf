// The popup's "Add to campaign" on each post of the tab, with the real background behind it.

import { browser } from 'wxt/browser';
import { App } from '@/entrypoints/popup/App';
import { formatCompact } from '@/lib/format';
import { loadCampaigns } from '@/lib/queries';
import { fireEvent, render, screen, waitFor, within } from '../testing-library';
import { BLANK, saveDirect, storedCampaigns } from './campaigns/setup-campaigns';
import { backend, reading, record, resetAll, sent, tab } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
// Site access asks the browser for permissions the fake browser lacks; not what is tested here.
vi.mock('@/lib/platforms/mastodon/site-access', async (original) => ({
  siteOf: (await original<typeof import('@/lib/platforms/mastodon/site-access')>()).siteOf,
  siteStatus: vi.fn(async () => 'builtin'),
  enableSite: vi.fn(),
  disableSite: vi.fn(),
}));
// Counted: the popup reads the campaigns once for all its posts.
vi.mock('@/lib/queries', async (original) =>
  (await import('./spied-exports')).spiedExports(original, 'loadCampaigns'),
);
// Counted: each post's counts are formatted each time the post is drawn.
vi.mock('@/lib/format', async (original) =>
  (await import('./spied-exports')).spiedExports(original, 'formatCompact'),
);
vi.setConfig({ testTimeout: 20_000 });

beforeEach(async () => {
  await resetAll();
  vi.mocked(loadCampaigns).mockClear();
  // The fake browser's tabs.query knows no active tab.
  vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [
    { id: 7, url: 'https://x.com/home' },
  ]) as never);
  await record([
    reading({ postId: '1', likes: 10 }),
    reading({ postId: '2', likes: 5 }),
    reading({ postId: '3' }),
  ]);
  tab.answer = { keys: ['x:1', 'x:2', 'x:3'], profileKey: null, platform: 'x' };
});

/** The popup's item of the post whose text is `text`. */
async function item(text: string) {
  const li = (await screen.findByText(text)).closest('li')!;
  return within(li as HTMLElement);
}

it('adds a post to the chosen campaign through the background, and says when it is already there', async () => {
  const spring = await saveDirect({ name: 'Spring launch', postKeys: ['x:2'] });
  const teaser = await saveDirect({ name: 'Teaser' });
  render(<App />);
  const post = await item('post 1');
  const picker = (await post.findByLabelText('Campaign')) as HTMLSelectElement;
  expect(Array.from(picker.options).map((o) => o.textContent)).toEqual(['Spring launch', 'Teaser']);
  // The newest campaign is chosen until the user picks another.
  expect(picker.value).toBe(teaser.id);
  fireEvent.change(picker, { target: { value: spring.id } });
  fireEvent.click(post.getByRole('button', { name: /^Add to campaign/ }));
  expect((await post.findByRole('status')).textContent).toBe('Added the post to Spring launch.');
  fireEvent.click(post.getByRole('button', { name: /^Add to campaign/ }));
  await waitFor(() => expect(post.getByRole('status').textContent).toBe('Already in Spring launch.'));

  const byName = Object.fromEntries((await storedCampaigns()).map((c) => [c.name, c.postKeys]));
  expect(byName).toEqual({ 'Spring launch': ['x:2', 'x:1'], Teaser: [] });
  // The narrow message, never the whole campaign: saveCampaign is not sent from the popup.
  const asked = { campaignId: spring.id, postKeys: ['x:1'] };
  expect(sent.filter((m) => m.type === 'addPostsToCampaign').map((m) => m.data)).toEqual([asked, asked]);
  expect(sent.some((m) => m.type === 'saveCampaign')).toBe(false);
});

it('reads the campaigns once for every post of the tab', async () => {
  await saveDirect({ name: 'Spring launch' });
  render(<App />);
  await waitFor(() => expect(screen.getAllByRole('button', { name: /^Add to campaign/ })).toHaveLength(3));
  expect(loadCampaigns).toHaveBeenCalledTimes(1);
});

it('draws only the pickers when the campaigns arrive, not the posts', async () => {
  await saveDirect({ name: 'Spring launch' });
  let answer!: () => void;
  const held = new Promise<void>((resolve) => (answer = resolve));
  const read = vi.mocked(loadCampaigns).getMockImplementation()!;
  vi.mocked(loadCampaigns).mockImplementationOnce(async () => {
    await held;
    return read();
  });
  vi.mocked(formatCompact).mockClear();
  render(<App />);
  await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(3));
  expect(screen.queryByLabelText('Campaign')).toBeNull();
  // Five counts for each of the three posts: each post drawn once.
  expect(vi.mocked(formatCompact)).toHaveBeenCalledTimes(15);
  answer();
  await waitFor(() => expect(screen.getAllByLabelText('Campaign')).toHaveLength(3));
  // Not drawn again for its picker.
  expect(vi.mocked(formatCompact)).toHaveBeenCalledTimes(15);
});

it('keeps what the dashboard changed while the popup was open', async () => {
  const c = await saveDirect({ name: 'Spring launch' });
  render(<App />);
  const post = await item('post 3');
  await post.findByLabelText('Campaign');
  // Meanwhile, in the dashboard: a spend is entered and a post added (each as the dashboard does).
  const dashboard = { id: 'test-extension', url: 'chrome-extension://test-extension/dashboard.html' };
  await backend().saveCampaign(
    { ...BLANK, id: c.id, spend: { amountMinor: 12_000, currency: 'EUR' }, basedOn: c },
    dashboard,
  );
  await backend().addPostsToCampaign({ campaignId: c.id, postKeys: ['x:2'] }, dashboard);
  fireEvent.click(post.getByRole('button', { name: /^Add to campaign/ }));
  expect((await post.findByRole('status')).textContent).toBe('Added the post to Spring launch.');
  expect(await storedCampaigns()).toMatchObject([
    { name: 'Spring launch', postKeys: ['x:2', 'x:3'], spend: { amountMinor: 12_000, currency: 'EUR' } },
  ]);
});

it('says when the campaign was deleted meanwhile', async () => {
  const c = await saveDirect({ name: 'Spring launch' });
  render(<App />);
  const post = await item('post 1');
  await post.findByLabelText('Campaign');
  await backend().deleteCampaign(c.id, {
    id: 'test-extension',
    url: 'chrome-extension://test-extension/dashboard.html',
  });
  fireEvent.click(post.getByRole('button', { name: /^Add to campaign/ }));
  expect((await post.findByRole('alert')).textContent).toBe(
    'Campaign not saved: no such campaign (it may have been deleted); reopen to see the list',
  );
  expect(await storedCampaigns()).toEqual([]);
});

it('says how to create a campaign when there is none', async () => {
  render(<App />);
  const post = await item('post 2');
  expect((await post.findByText(/No campaigns yet/)).textContent).toBe(
    'No campaigns yet. Create one in the dashboard',
  );
  expect(post.getByRole('link', { name: 'Create one in the dashboard' }).getAttribute('href')).toBe(
    `${browser.runtime.getURL('/dashboard.html')}#/campaigns`,
  );
  expect(post.queryByRole('button', { name: /^Add to campaign/ })).toBeNull();
});
