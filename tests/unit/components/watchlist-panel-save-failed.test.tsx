// Options → Watchlist when storage refuses a change (a full storage.local: "QUOTA_BYTES quota
// exceeded"): the panel says what was not saved and what to do (the browser's words folded under
// "Error details"), keeps showing what is stored, and leaves no unhandled rejection behind.

import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WatchlistPanel } from '@/components/options/watchlist-panel';
import { DEFAULT_WATCHLIST, watchlistItem } from '@/lib/watchlist';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

const QUOTA = 'QUOTA_BYTES quota exceeded';
const ALERTS_FAILED =
  'Alert me was not saved: the browser refused the change, so the box shows what still applies. Try again; if it fails again, restart the browser.';
const unhandled: unknown[] = [];
const collect = (e: unknown) => unhandled.push(e);

beforeEach(async () => {
  unhandled.length = 0;
  process.on('unhandledRejection', collect);
  await resetAll();
  await record([reading({ postId: '1', text: 'Launch day' })]);
  await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, posts: ['x:1'], authors: ['x:someone'] });
});
afterEach(() => {
  process.off('unhandledRejection', collect);
  vi.restoreAllMocks();
});

const stored = () => watchlistItem.getValue();
/** From now on every write to the watchlist is refused, as a full storage.local refuses it. */
const refuseWrites = () => vi.spyOn(watchlistItem, 'setValue').mockRejectedValue(new Error(QUOTA));
/** Lets a save started by an event fail, and any unhandled rejection surface. */
const settle = () => new Promise((r) => setTimeout(r, 100));
const status = () => screen.getByRole('status').textContent;
/** The browser's words, folded under the status line. */
const folded = () => [...document.querySelectorAll('details code')].map((c) => c.textContent);

it('says which star could not be removed, and keeps listing it (it is still stored)', async () => {
  render(<WatchlistPanel />);
  const remove = await screen.findByRole('button', { name: 'Remove @someone: Launch day' });
  refuseWrites();
  fireEvent.click(remove);
  await waitFor(() => expect(screen.queryByRole('status')).not.toBeNull());
  expect(status()).toBe(
    'Could not remove @someone: Launch day: the browser did not save the change, so it is still on your watchlist. Try again; if it fails again, restart the browser.',
  );
  expect(folded()).toEqual([`Error: ${QUOTA}`]);
  await settle();
  expect((await stored()).posts).toEqual(['x:1']);
  expect(screen.getByRole('button', { name: 'Remove @someone: Launch day' })).toBeTruthy();
  expect(unhandled).toEqual([]);
});

it('says a threshold was not saved and which one still applies; the field shows it', async () => {
  render(<WatchlistPanel />);
  const field = (await screen.findByLabelText('Author threshold')) as HTMLInputElement;
  refuseWrites();
  fireEvent.input(field, { target: { value: '2.5' } });
  fireEvent.change(field, { target: { value: '2.5' } });
  await waitFor(() => expect(screen.queryByRole('status')).not.toBeNull());
  expect(status()).toBe(
    'Author threshold 2.5× was not saved: the browser refused the change, so the saved 3× still applies. Try again; if it fails again, restart the browser.',
  );
  expect(folded()).toEqual([`Error: ${QUOTA}`]);
  await settle();
  expect((await stored()).authorFactor).toBe(3);
  expect(field.value).toBe('3');
  expect(unhandled).toEqual([]);
});

it('a threshold refused as the page closes leaves no unhandled rejection', async () => {
  render(<WatchlistPanel />);
  const field = await screen.findByLabelText('Post threshold');
  refuseWrites();
  fireEvent.input(field, { target: { value: '4' } });
  dispatchEvent(new Event('pagehide'));
  await settle();
  expect((await stored()).postFactor).toBe(2);
  expect(unhandled).toEqual([]);
});

it('says "Alert me" was not saved, and leaves the box off as stored', async () => {
  vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
  render(<WatchlistPanel />);
  const box = (await screen.findByRole('checkbox', { name: /Alert me/ })) as HTMLInputElement;
  refuseWrites();
  fireEvent.click(box);
  await waitFor(() => expect(screen.queryByRole('status')).not.toBeNull());
  await settle();
  expect(status()).toBe(ALERTS_FAILED);
  expect(folded()).toEqual([`Error: ${QUOTA}`]);
  expect((await stored()).alerts).toBe(false);
  expect(box.checked).toBe(false);
  expect(unhandled).toEqual([]);
});

it('turning alerts off that storage refuses says so, and leaves the box on as stored', async () => {
  await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, alerts: true });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
  render(<WatchlistPanel />);
  const box = (await screen.findByRole('checkbox', { name: /Alert me/ })) as HTMLInputElement;
  await waitFor(() => expect(box.checked).toBe(true));
  refuseWrites();
  fireEvent.click(box);
  await settle();
  expect(screen.queryByRole('status')?.textContent).toBe(ALERTS_FAILED);
  expect(folded()).toEqual([`Error: ${QUOTA}`]);
  expect((await stored()).alerts).toBe(true);
  expect(box.checked).toBe(true);
  expect(unhandled).toEqual([]);
});
