// A count the page did not show (an X post shows no saves, Reddit no views) is unknown, not 0:
// the badge's card says "not shown", the popup a bare "—" that reads as nothing, or as zero.
import { browser } from 'wxt/browser';
import { App } from '@/entrypoints/popup/App';
import { setMessageLookup } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { render, screen, within } from '../testing-library';
import { reading, record, resetAll, tab } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(async () => {
  await resetAll();
  await record([reading({ postId: 'p1', likes: 0, comments: 3, views: 12_345, text: 'the post' })]);
  vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [
    { id: 7, url: 'https://x.com/home' },
  ]) as never);
  tab.answer = { keys: ['x:p1'], profileKey: null, platform: 'x' };
});
afterEach(async () => {
  vi.restoreAllMocks();
  setMessageLookup(lookupFrom(await loadMessages('en')));
});

async function counts(): Promise<Record<string, string | null | undefined>> {
  const li = (await screen.findByText('the post')).closest('li') as HTMLElement;
  const dl = li.querySelector('dl.counts') as HTMLElement;
  return Object.fromEntries(
    within(dl)
      .getAllByRole('term')
      .map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
  );
}

it('says "not shown" for the counts the page did not show, and 0 for a count of 0', async () => {
  render(<App />);
  expect(await counts()).toEqual({
    Likes: '0',
    Comments: '3',
    Reposts: 'not shown',
    Saves: 'not shown',
    Views: '12.3K',
  });
});

// "12.3K" is how the page may round it; the count PostLens stored is exact, and said on hover.
it('gives a rounded count’s exact figure on hover', async () => {
  render(<App />);
  const li = (await screen.findByText('the post')).closest('li') as HTMLElement;
  expect(within(li).getByText('12.3K').getAttribute('title')).toBe('12,345');
  expect(within(li).getByText('3').getAttribute('title')).toBeNull();
});

it('says it in German', async () => {
  setMessageLookup(lookupFrom(await loadMessages('de')));
  render(<App />);
  const li = (await screen.findByText('the post')).closest('li') as HTMLElement;
  expect(within(li).getAllByText('nicht angezeigt')).toHaveLength(2);
});
