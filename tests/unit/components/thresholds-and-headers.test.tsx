// The watchlist thresholds are saved once the value is settled (a pause in typing, leaving the
// field, Enter, or the page closing), never at each keystroke; the Posts table's headers say the rule and formula in force.

import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PostsTable } from '@/components/dashboard/posts-table';
import { WatchlistPanel } from '@/components/options/watchlist-panel';
import { loadAllRows } from '@/lib/queries/posts';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '@/lib/settings';
import type { ColumnId } from '@/lib/table-views';
import { DEFAULT_WATCHLIST, watchlistItem } from '@/lib/watchlist';
import { fireEvent, render, screen, waitFor, within } from '../testing-library';
import { reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);
afterEach(() => vi.restoreAllMocks());

/** Lets any save started by an event reach storage before the test looks. */
const settle = () => new Promise((r) => setTimeout(r, 50));

describe('watchlist thresholds', () => {
  beforeEach(() => watchlistItem.setValue({ ...DEFAULT_WATCHLIST }));
  const stored = () => watchlistItem.getValue();

  /** Types `final` over the field's text, one character at a time, as a user does. */
  const typeOver = (input: HTMLElement, final: string) => {
    for (let i = 1; i <= final.length; i++) fireEvent.input(input, { target: { value: final.slice(0, i) } });
  };

  it('typing "150" over 2 saves neither 1× nor 15×, and refuses 150 keeping 2×', async () => {
    const saved: number[] = [];
    const stop = watchlistItem.watch((v) => saved.push(v.postFactor));
    render(<WatchlistPanel />);
    const input = await screen.findByLabelText('Post threshold');
    typeOver(input, '150');
    await settle();
    fireEvent.change(input, { target: { value: '150' } });
    await settle();
    stop();
    expect(saved).toEqual([]);
    expect((await stored()).postFactor).toBe(2);
    expect((await screen.findByRole('alert')).textContent?.trim()).toBe(
      'Post threshold must be from 1 to 100; the saved 2× still applies.',
    );
  });

  it('saves only the settled value when the field is left (change)', async () => {
    const saved: number[] = [];
    const stop = watchlistItem.watch((v) => saved.push(v.postFactor));
    render(<WatchlistPanel />);
    const input = await screen.findByLabelText('Post threshold');
    typeOver(input, '15');
    await settle();
    expect((await stored()).postFactor).toBe(2);
    fireEvent.change(input, { target: { value: '15' } });
    await waitFor(async () => expect((await stored()).postFactor).toBe(15));
    stop();
    expect(saved).toEqual([15]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('saves the settled value on Enter', async () => {
    render(<WatchlistPanel />);
    const input = await screen.findByLabelText('Author threshold');
    typeOver(input, '12');
    await settle();
    expect((await stored()).authorFactor).toBe(3);
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(async () => expect((await stored()).authorFactor).toBe(12));
  });
});

describe('watchlist thresholds, typed and left alone', () => {
  beforeEach(() => watchlistItem.setValue({ ...DEFAULT_WATCHLIST }));
  const stored = () => watchlistItem.getValue();

  it('saves a valid value once typing pauses, without leaving the field', async () => {
    render(<WatchlistPanel />);
    const input = await screen.findByLabelText('Post threshold');
    fireEvent.input(input, { target: { value: '3' } });
    fireEvent.input(input, { target: { value: '3.5' } });
    await settle();
    expect((await stored()).postFactor).toBe(2);
    await waitFor(async () => expect((await stored()).postFactor).toBe(3.5), { timeout: 3000 });
  });

  it('saves what was typed when the page closes before the pause', async () => {
    render(<WatchlistPanel />);
    const input = await screen.findByLabelText('Author threshold');
    fireEvent.input(input, { target: { value: '4' } });
    dispatchEvent(new Event('pagehide'));
    await waitFor(async () => expect((await stored()).authorFactor).toBe(4));
  });

  it('drops a pending save once the text is no longer valid', async () => {
    render(<WatchlistPanel />);
    const input = await screen.findByLabelText('Post threshold');
    fireEvent.input(input, { target: { value: '15' } });
    fireEvent.input(input, { target: { value: '150' } });
    dispatchEvent(new Event('pagehide'));
    await new Promise((r) => setTimeout(r, 1000));
    expect((await stored()).postFactor).toBe(2);
  });
});

describe('Posts table headers', () => {
  const COLUMNS: ColumnId[] = ['followers', 'engagement', 'er', 'erFollowers', 'erViews'];

  async function table(erPreference: 'auto' | 'followers' | 'views') {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, erPreference } });
    await record([reading({ postId: '1', text: 'Launch day', likes: 50, views: 1000 })]);
    const rows = await loadAllRows(erPreference);
    render(<PostsTable rows={rows} sort={{ key: 'er', dir: 'desc' }} onSort={() => {}} columns={COLUMNS} />);
  }
  const header = (label: string) => screen.getByRole('button', { name: label }).closest('th')!;

  it('the ER header says followers come first when Settings lead with followers', async () => {
    await table('followers');
    await waitFor(() => expect(header('ER').title).toMatch(/by followers where known, else by views/));
    expect(header('ER').title).not.toMatch(/by views where shown/);
  });

  it.each(['auto', 'views'] as const)('the ER header says views come first under %s', async (pref) => {
    await table(pref);
    await waitFor(() => expect(header('ER').title).toMatch(/by views where shown, else by followers/));
  });

  it('the Engagement, ER followers and ER views headers give their formulas on hover', async () => {
    await table('auto');
    expect(header('Engagement').title).toMatch(/likes \+ comments \+ reposts \+ saves/);
    expect(header('ER followers').title).toBe(
      '(likes + comments + reposts + saves, those shown) ÷ followers',
    );
    expect(header('ER views').title).toBe('(likes + comments + reposts + saves, those shown) ÷ views');
  });

  it('the Followers header says which follower count the column shows', async () => {
    await table('auto');
    const title = header('Followers').title;
    expect(title).toMatch(/latest reading/);
    expect(title).toMatch(/else/);
    // The cell itself: a count the page did not show is a dash, never 0.
    const row = within(screen.getByRole('table')).getAllByRole('row')[1]!;
    expect(within(row).getAllByRole('cell')[1]!.textContent).toBe('—');
  });
});
