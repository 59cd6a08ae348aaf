// The settings form while another page (the popup, a second options tab) changes the settings and
// this page's read of that change fails: the form kept showing the values it had, without a word,
// and Save stayed pressable, so the user chose and saved over values no longer stored. Now the
// form says so in the user's words (the browser's error folded under "Error details") and Save
// waits for a read that works (a reload, or the next change read).

import { browser } from 'wxt/browser';
import { OptionsForm } from '@/components/options/options-form';
import { setMessageLookup, t } from '@/lib/i18n';
import { getSettings } from '@/lib/settings';
import { settingsItem } from '@/lib/settings-item';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('@/lib/platforms/mastodon/site-access', () => ({
  enabledSites: vi.fn(async () => []),
  disableSite: vi.fn(),
}));

type Lang = 'en' | 'de';
const useLang = async (lang: Lang) => setMessageLookup(lookupFrom(await loadMessages(lang)), lang);

beforeEach(resetAll);
afterEach(async () => {
  vi.restoreAllMocks();
  await useLang('en');
});

/** What the page shows unfolded, and what its "Error details" hold. */
function shown(): { visible: string; folded: string[] } {
  const copy = document.body.cloneNode(true) as Element;
  const details = [...copy.querySelectorAll('details')];
  const folded = details.map((d) => d.querySelector('code')?.textContent ?? '');
  for (const d of details) d.remove();
  return { visible: copy.textContent ?? '', folded };
}

const badges = () => screen.getByRole('checkbox', { name: t('options.badges') }) as HTMLInputElement;

/** The form shown, then another page switches badges off and this page's read of it fails. */
async function changedButUnread() {
  render(<OptionsForm />);
  const save = (await screen.findByRole('button', { name: t('options.save') })) as HTMLButtonElement;
  expect(badges().checked).toBe(true);
  const stored = await getSettings();
  const get = vi
    .spyOn(browser.storage.local, 'get')
    .mockRejectedValue(new Error('An unexpected error occurred'));
  await settingsItem.setValue({ ...stored, badges: false });
  await waitFor(() => expect(get).toHaveBeenCalled());
  return { save, get };
}

describe.each(['en', 'de'] as const)('in %s', (lang) => {
  it('a change this page could not read is said, its error folded, and Save waits', async () => {
    await useLang(lang);
    const { save, get } = await changedButUnread();
    await waitFor(() => expect(shown().visible).toContain(t('options.rereadFailed')));
    expect(shown().visible).not.toContain('unexpected error');
    expect(shown().folded).toEqual(['Error: An unexpected error occurred']);
    expect(screen.getByRole('alert').textContent).toBe(t('options.rereadFailed'));
    expect(save.disabled).toBe(true);
    // Enter in a field submits the form even so, and storage reads again by then: still nothing
    // is written over the change this page did not see, "Saved." is not said.
    get.mockRestore();
    const write = vi.spyOn(settingsItem, 'setValue');
    fireEvent.submit(save.closest('form') as HTMLFormElement);
    await new Promise((r) => setTimeout(r, 20));
    expect(write).not.toHaveBeenCalled();
    expect(screen.queryByText(t('options.saved'))).toBeNull();
  });
});

it('a later read that works shows the stored settings and lets Save work again', async () => {
  const { get } = await changedButUnread();
  await waitFor(() => expect(screen.queryByRole('alert')).not.toBeNull());
  get.mockRestore();
  await settingsItem.setValue({ ...(await getSettings()), snapshotIntervalMinutes: 45 });
  await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  expect(badges().checked).toBe(false);
  const save = screen.getByRole('button', { name: t('options.save') }) as HTMLButtonElement;
  expect(save.disabled).toBe(false);
  fireEvent.click(badges());
  fireEvent.click(save);
  expect(await screen.findByText(t('options.saved'))).toBeTruthy();
  expect((await getSettings()).badges).toBe(true);
  expect((await getSettings()).snapshotIntervalMinutes).toBe(45);
});
