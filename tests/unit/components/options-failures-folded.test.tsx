// The settings form when the browser's storage refuses: reading the settings ("Could not read
// settings: Error: …") and saving them ("Could not save the settings: QUOTA_BYTES quota exceeded")
// put the browser's English words mid-sentence, in German too, and said nothing of what to do.
// Now the line is the user's sentence alone; the browser's words are folded under "Error details".

import { browser } from 'wxt/browser';
import { OptionsForm } from '@/components/options/options-form';
import { setMessageLookup, t } from '@/lib/i18n';
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

describe.each(['en', 'de'] as const)('in %s', (lang) => {
  it('a read the browser refuses says so in the user’s words, its error folded', async () => {
    await useLang(lang);
    vi.spyOn(browser.storage.local, 'get').mockRejectedValue(new Error('An unexpected error occurred'));
    render(<OptionsForm />);
    await waitFor(() => expect(shown().visible).not.toBe(t('common.loading')));
    const { visible, folded } = shown();
    expect(visible).not.toContain('unexpected error');
    expect(visible).toBe(t('options.readFailed'));
    expect(folded).toEqual(['Error: An unexpected error occurred']);
    expect(screen.getByRole('alert').textContent).toBe(visible);
  });

  it('a Save the browser refuses says so in the user’s words, its error folded', async () => {
    await useLang(lang);
    render(<OptionsForm />);
    const save = await screen.findByRole('button', { name: t('options.save') });
    vi.spyOn(settingsItem, 'setValue').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    fireEvent.click(save);
    await waitFor(() => expect(screen.getByRole('status').textContent).not.toBe(''));
    const line = screen.getByRole('status').textContent ?? '';
    expect(line).not.toContain('QUOTA_BYTES');
    expect(line.trim()).toBe(t('options.saveFailed'));
    expect(shown().folded).toEqual(['Error: QUOTA_BYTES quota exceeded']);
    expect(screen.queryByText(t('options.saved'))).toBeNull();
  });
});
