// The settings form while another page (the popup's switches, a second options tab) changes the
// settings: each field the user has not touched shows the setting as stored now, so a switch the
// form shows is the one the content scripts follow, and ticking it back and pressing Save works.

import { OptionsForm } from '@/components/options/options-form';
import { getSettings } from '@/lib/settings';
import { settingsItem, updateSettings } from '@/lib/settings-item';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('@/lib/platforms/mastodon/site-access', () => ({
  enabledSites: vi.fn(async () => []),
  disableSite: vi.fn(),
}));

beforeEach(resetAll);

const box = (name: string) => screen.getByRole('checkbox', { name }) as HTMLInputElement;

it('shows a switch the popup flipped while the page is open', async () => {
  render(<OptionsForm />);
  await screen.findByLabelText('Snapshot interval in minutes');
  expect(box('On (read posts and show badges)').checked).toBe(true);
  // The popup switches PostLens off, and off for Reddit.
  await updateSettings((s) => ({ ...s, enabled: false, platforms: { ...s.platforms, reddit: false } }));
  await waitFor(() => expect(box('On (read posts and show badges)').checked).toBe(false));
  expect(box('Reddit').checked).toBe(false);
  // The user switches it on again here and saves: it is on.
  fireEvent.click(box('On (read posts and show badges)'));
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  expect(await screen.findByText('Saved.')).toBeTruthy();
  expect((await getSettings()).enabled).toBe(true);
  expect((await getSettings()).platforms.reddit).toBe(false);
});

it('keeps what the user changed here when another page saves something else', async () => {
  render(<OptionsForm />);
  const interval = (await screen.findByLabelText('Snapshot interval in minutes')) as HTMLInputElement;
  fireEvent.input(interval, { target: { value: '15' } });
  await settingsItem.setValue({ ...(await getSettings()), badges: false, snapshotIntervalMinutes: 60 });
  await waitFor(() => expect(box('Show badges on posts').checked).toBe(false));
  expect(interval.value).toBe('15');
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  expect(await screen.findByText('Saved.')).toBeTruthy();
  const s = await getSettings();
  expect(s.snapshotIntervalMinutes).toBe(15);
  expect(s.badges).toBe(false);
});
