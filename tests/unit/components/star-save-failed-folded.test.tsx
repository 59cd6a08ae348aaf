// A star whose change the browser refused showed "Could not save the star: QUOTA_BYTES quota
// exceeded", the browser's English inline in German too. Now it says what failed and what to do
// in the user's language, the raw error folded under "Error details" as every failed action folds
// it; a full watchlist (no browser error) says so in a sentence of its own, nothing folded.

import { StarToggle } from '@/components/common/star-toggle';
import { formatNumber } from '@/lib/format';
import { setMessageLookup, t } from '@/lib/i18n';
import { DEFAULT_WATCHLIST, MAX_STARS, watchlistItem } from '@/lib/watchlist';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

type Lang = 'en' | 'de';
const useLang = async (lang: Lang) => setMessageLookup(lookupFrom(await loadMessages(lang)), lang);

beforeEach(resetAll);
afterEach(async () => {
  vi.restoreAllMocks();
  await useLang('en');
});

/** What `el` shows unfolded, and what its "Error details" hold. */
function shown(el: Element): { visible: string; folded: string[] } {
  const copy = el.cloneNode(true) as Element;
  const details = [...copy.querySelectorAll('details')];
  const folded = details.map((d) => d.querySelector('code')?.textContent ?? '');
  for (const d of details) d.remove();
  return { visible: (copy.textContent ?? '').trim(), folded };
}

/** Clicks the star once it has read the watchlist; answers its alert. */
async function clickStar(): Promise<HTMLElement> {
  const star = await screen.findByRole('button', { name: t('common.star.starItem', 'this post') });
  await waitFor(() => expect((star as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(star);
  return screen.findByRole('alert');
}

const RAW = 'QUOTA_BYTES quota exceeded';

it.each(['en', 'de'] as const)('%s: a change storage refused says so, its raw error folded', async (lang) => {
  await useLang(lang);
  vi.spyOn(watchlistItem, 'setValue').mockRejectedValue(new Error(RAW));
  render(<StarToggle kind="posts" itemKey="x:1" label="this post" />);
  const { visible, folded } = shown(await clickStar());
  expect(visible).toBe(t('common.star.saveFailed'));
  expect(visible).not.toContain('QUOTA');
  expect(folded).toEqual([`Error: ${RAW}`]);
});

it.each(['en', 'de'] as const)(
  '%s: a star on a full watchlist says it is full, nothing folded',
  async (lang) => {
    await useLang(lang);
    const posts = Array.from({ length: MAX_STARS }, (_, i) => `x:${i + 100}`);
    await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, posts });
    render(<StarToggle kind="posts" itemKey="x:1" label="this post" />);
    const { visible, folded } = shown(await clickStar());
    expect(visible).toBe(t('common.star.full', formatNumber(MAX_STARS)));
    expect(folded).toEqual([]);
    expect((await watchlistItem.getValue()).posts).toEqual(posts);
  },
);
