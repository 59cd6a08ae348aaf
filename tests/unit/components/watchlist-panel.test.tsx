// Options → Watchlist: the stars listed with their remove buttons, thresholds checked before they
// are saved, "Alert me" asking for the notifications permission (and saying so when refused), and
// "Check my watchlist now" reporting what the background did.

import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WatchlistPanel } from '@/components/options/watchlist-panel';
import { DEFAULT_WATCHLIST, watchlistItem } from '@/lib/watchlist';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { protocolMock, reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(async () => {
  await resetAll();
  await record([reading({ postId: '1', text: 'Launch day' })]);
  await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, posts: ['x:1'], authors: ['x:someone'] });
});
afterEach(() => vi.restoreAllMocks());

const stored = () => watchlistItem.getValue();

it('lists the starred posts and authors, and removes one', async () => {
  render(<WatchlistPanel />);
  expect(await screen.findByText(/@someone: Launch day/)).toBeTruthy();
  expect(screen.getByText(/Some One \(@someone\)/)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Remove @someone: Launch day' }));
  await waitFor(async () => expect((await stored()).posts).toEqual([]));
  expect((await stored()).authors).toEqual(['x:someone']);
  expect(await screen.findByText(/None yet: star one in the dashboard or the popup/)).toBeTruthy();
});

it.each([
  ['Post threshold', '0.5', 'Post threshold must be from 1 to 100; the saved 2× still applies.'],
  ['Post threshold', '', 'Post threshold must be a number; the saved 2× still applies.'],
  ['Author threshold', '101', 'Author threshold must be from 1 to 100; the saved 3× still applies.'],
])('refuses %s %j, keeping the saved one', async (name, value, message) => {
  render(<WatchlistPanel />);
  fireEvent.input(await screen.findByLabelText(name), { target: { value } });
  expect((await screen.findByRole('alert')).textContent?.trim()).toBe(message);
  expect(await stored()).toMatchObject({ postFactor: 2, authorFactor: 3 });
});

it("saves a valid threshold once typed, and says that it does (it sits below the settings' Save)", async () => {
  render(<WatchlistPanel />);
  expect(await screen.findByText('Changes here are saved at once: no need to press Save.')).toBeTruthy();
  const field = await screen.findByLabelText('Author threshold');
  fireEvent.input(field, { target: { value: '2.5' } });
  // Saved once settled (the field left), not at each keystroke (thresholds-and-headers.test.tsx).
  fireEvent.change(field, { target: { value: '2.5' } });
  await waitFor(async () => expect((await stored()).authorFactor).toBe(2.5));
  expect(screen.queryByRole('alert')).toBeNull();
});

it('says plainly when the notifications permission is refused, and keeps alerts off', async () => {
  const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
  render(<WatchlistPanel />);
  const box = (await screen.findByRole('checkbox', { name: /Alert me/ })) as HTMLInputElement;
  fireEvent.click(box);
  expect(
    await screen.findByText(
      'Alerts stay off: the browser did not grant PostLens permission to show notifications.',
    ),
  ).toBeTruthy();
  expect(request).toHaveBeenCalledWith({ permissions: ['notifications'] });
  expect((await stored()).alerts).toBe(false);
  expect(box.checked).toBe(false);
});

it('turns alerts on once the permission is granted, and off again', async () => {
  vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
  render(<WatchlistPanel />);
  const box = (await screen.findByRole('checkbox', { name: /Alert me/ })) as HTMLInputElement;
  fireEvent.click(box);
  expect(await screen.findByText('Alerts on.')).toBeTruthy();
  expect((await stored()).alerts).toBe(true);
  expect(box.checked).toBe(true);
  fireEvent.click(box);
  await waitFor(async () => expect((await stored()).alerts).toBe(false));
});

it("words the alerts' spacing of one hour in the singular (other values: options-words-follow-caps)", async () => {
  render(<WatchlistPanel />);
  expect(
    await screen.findByRole('checkbox', {
      name: 'Alert me (a browser notification, at most one per post an hour)',
    }),
  ).toBeTruthy();
});

it('warns when alerts are on but the permission was taken back', async () => {
  await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, alerts: true });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
  render(<WatchlistPanel />);
  expect(await screen.findByText(/Alerts are on, but PostLens may not show notifications/)).toBeTruthy();
});

it('checks the watchlist now and says what was read, not read and skipped', async () => {
  protocolMock.sendMessage.mockImplementationOnce(async () => ({
    ok: true,
    opened: 2,
    failed: 1,
    skipped: 1,
    closed: true,
  }));
  render(<WatchlistPanel />);
  fireEvent.click(await screen.findByRole('button', { name: 'Check my watchlist now' }));
  expect(
    await screen.findByText(
      'Checked 2 posts. 1 could not be read (the page did not load in time, asked you to log in, or its window was closed).' +
        " 1 skipped (not stored, not a platform's own page, switched off in the settings, or past 30).",
    ),
  ).toBeTruthy();
  expect(protocolMock.sendMessage).toHaveBeenLastCalledWith('checkWatchlist', undefined);
});
