// The options page over settings it did not write itself: a stored value that is not usable is
// said (not left as a form with nothing chosen), Save keeps what another page changed since the
// form opened, and a Save the browser refuses says so instead of failing without a word.

import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsForm } from '@/components/options/options-form';
import { DEFAULT_SETTINGS, getSettings, SETTINGS_KEY } from '@/lib/settings';
import { settingsItem } from '@/lib/settings-item';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('@/lib/platforms/mastodon/site-access', () => ({
  enabledSites: vi.fn(async () => []),
  disableSite: vi.fn(),
}));

beforeEach(resetAll);
afterEach(() => vi.restoreAllMocks());

it('says which stored settings could not be used, and shows the default it uses instead', async () => {
  await fakeBrowser.storage.local.set({
    [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, erPreference: 'likes', badges: false },
  });
  render(<OptionsForm />);
  const automatic = (await screen.findByRole('radio', { name: /Automatic/ })) as HTMLInputElement;
  // Before: no denominator was chosen at all, and nothing said why.
  expect(automatic.checked).toBe(true);
  expect(
    screen.getByText(
      /Not usable as stored, so the default applies until you save: .*Engagement rate denominator/,
    ),
  ).toBeTruthy();
  // The usable ones are shown as stored.
  expect((screen.getByRole('checkbox', { name: 'Show badges on posts' }) as HTMLInputElement).checked).toBe(
    false,
  );
});

it('Save keeps a switch the popup flipped while the options page was open', async () => {
  render(<OptionsForm />);
  const interval = await screen.findByLabelText('Snapshot interval in minutes');
  // The user switches PostLens off in the popup, then comes back to the open options page.
  await settingsItem.setValue({ ...(await getSettings()), enabled: false });
  fireEvent.input(interval, { target: { value: '15' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  expect(await screen.findByText('Saved.')).toBeTruthy();
  const s = await getSettings();
  expect(s.snapshotIntervalMinutes).toBe(15);
  expect(s.enabled).toBe(false);
});

it('a Save the browser refuses says so and does not claim it saved', async () => {
  render(<OptionsForm />);
  const interval = await screen.findByLabelText('Snapshot interval in minutes');
  vi.spyOn(settingsItem, 'setValue').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
  fireEvent.input(interval, { target: { value: '15' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  await waitFor(() =>
    expect(screen.getByRole('status').textContent).toMatch(
      /The settings were not saved: the browser refused the change/,
    ),
  );
  expect(screen.queryByText('Saved.')).toBeNull();
});
