import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fromPercentInput, toPercentInput } from '@/components/options/settings-model';
import { App } from '@/entrypoints/options/App';
import { DEFAULT_BANDS } from '@/lib/platforms';
import { getSettings, settingsItem } from '@/lib/settings';
import { backend, clock, DAY, reading, record, resetAll, sent } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('@/lib/platforms/mastodon/site-access', () => ({
  enabledSites: vi.fn(async () => []),
  disableSite: vi.fn(),
}));

beforeEach(resetAll);

it('edits and saves every setting', async () => {
  render(<App />);
  fireEvent.click(await screen.findByRole('radio', { name: /By views/ }));
  fireEvent.input(screen.getByLabelText('X typical from (%)'), { target: { value: '1.5' } });
  fireEvent.input(screen.getByLabelText('Snapshot interval in minutes'), { target: { value: '15' } });
  fireEvent.click(screen.getByRole('radio', { name: /Keep snapshots for/ }));
  fireEvent.input(screen.getByLabelText('Days to keep'), { target: { value: '90' } });
  fireEvent.click(screen.getByRole('checkbox', { name: 'TikTok' }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Show badges on posts' }));
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  expect(await screen.findByText('Saved.')).toBeTruthy();
  const s = await getSettings();
  expect(s.erPreference).toBe('views');
  expect(s.bands.x).toEqual({ ...DEFAULT_BANDS.x, typical: 0.015 });
  expect(s.bands.reddit).toEqual(DEFAULT_BANDS.reddit);
  expect(s.snapshotIntervalMinutes).toBe(15);
  expect(s.retentionDays).toBe(90);
  expect(s.platforms.tiktok).toBe(false);
  expect(s.platforms.x).toBe(true);
  expect(s.badges).toBe(false);
});

it.each([
  ['bands that do not rise', 'X strong from (%)', '0.1', /X bands: bands must rise/],
  [
    'a band above 100%',
    'Reddit viral from (%)',
    '150',
    /Reddit bands: each band must be between 0% and 100%/,
  ],
  [
    'a zero interval',
    'Snapshot interval in minutes',
    '0',
    /Snapshot interval: a whole number of minutes from 1/,
  ],
])('refuses to save %s', async (_name, label, value, message) => {
  render(<App />);
  fireEvent.input(await screen.findByLabelText(label), { target: { value } });
  expect((await screen.findByRole('alert')).textContent).toMatch(message);
  expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
});

it('prunes now with the saved retention', async () => {
  const now = clock.now;
  // Two old snapshots of one post: pruning keeps a post's newest, so one goes.
  await record([reading({ postId: 'old', likes: 1 })], null, now - 40 * DAY);
  await record([reading({ postId: 'old', likes: 2 })], null, now - 39 * DAY);
  await record([reading({ postId: 'new', likes: 1 })], null, now);
  // The automatic prune after a write must not see the new setting: the button is what prunes.
  await backend().settled();
  await settingsItem.setValue({ ...(await getSettings()), retentionDays: 30 });
  render(<App />);
  fireEvent.click(await screen.findByRole('button', { name: 'Prune now' }));
  await waitFor(() => expect(sent.some((m) => m.type === 'pruneNow')).toBe(true));
  expect((await screen.findByText(/Removed/)).textContent?.trim()).toBe('Removed 1 old record.');
});

describe('percent inputs', () => {
  it.each([
    [0.07, '7'],
    [0.0005, '0.05'],
    [0.015, '1.5'],
    [1, '100'],
  ])('%d is shown as %s and read back', (fraction, text) => {
    expect(toPercentInput(fraction)).toBe(text);
    expect(fromPercentInput(text)).toBeCloseTo(fraction, 10);
  });
  it.each(['', ' ', 'abc'])('%j is no number', (t) => expect(fromPercentInput(t)).toBeNull());
  it('accepts a decimal comma', () => expect(fromPercentInput('1,5')).toBeCloseTo(0.015));
});
