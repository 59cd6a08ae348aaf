import { OptionsForm } from '@/components/options/options-form';
import { fromPercentInput, toPercentInput } from '@/components/options/settings-model';
import { App } from '@/entrypoints/options/App';
import { DEFAULT_BANDS } from '@/lib/platforms';
import { getSettings } from '@/lib/settings';
import { settingsItem } from '@/lib/settings-item';
import { getDb } from '@/lib/store/db';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { backend, clock, DAY, reading, record, resetAll, sent } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('@/lib/platforms/mastodon/site-access', () => ({
  enabledSites: vi.fn(async () => []),
  disableSite: vi.fn(),
}));

beforeEach(resetAll);

const PAGE = { id: 'test-extension', url: 'chrome-extension://test-extension/options.html' };

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
  // Not edited: Reddit keeps following the defaults (tests/unit/components/bands-own-only.test.tsx).
  expect(s.bands.reddit).toBeUndefined();
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
    // 0 is a snapshot at every reading (tests/unit/review-options-import-interval-zero.test.tsx).
    'a negative interval',
    'Snapshot interval in minutes',
    '-1',
    /Snapshot interval: a whole number of minutes from 0/,
  ],
])('refuses to save %s', async (_name, label, value, message) => {
  render(<App />);
  fireEvent.input(await screen.findByLabelText(label), { target: { value } });
  expect((await screen.findByRole('alert')).textContent).toMatch(message);
  expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
});

describe('prune now', () => {
  /** Post "old": snapshots 40, 39 and 38 days old and one today; post "new": one today. */
  async function seed() {
    const now = clock.now;
    for (const [age, likes] of [
      [40, 1],
      [39, 2],
      [38, 3],
      [0, 4],
    ] as const)
      await record([reading({ postId: 'old', likes })], null, now - age * DAY);
    await record([reading({ postId: 'new', likes: 1 })], null, now);
    // The automatic prune after a write must not see the new setting: the button is what prunes.
    await backend().settled();
    await settingsItem.setValue({ ...(await getSettings()), retentionDays: 30 });
  }
  const snapshotCount = async () => (await getDb()).count('snapshots');
  const download = vi.fn();
  const renderForm = () => render(<OptionsForm locale="en-GB" download={download} />);
  beforeEach(() => download.mockClear());

  it('shows what goes and deletes nothing until the user confirms', async () => {
    await seed();
    renderForm();
    fireEvent.click(await screen.findByRole('button', { name: 'Prune now' }));
    const group = await screen.findByRole('group', { name: 'What pruning deletes' });
    expect(group.textContent).toContain(
      'Deletes 2 snapshots of 1 post captured between 2 Dec 2024 and 3 Dec 2024; each post keeps its first and latest snapshot.',
    );
    expect(sent.map((m) => m.type)).not.toContain('pruneNow');
    expect(await snapshotCount()).toBe(5);

    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect((await screen.findByRole('status')).textContent?.trim()).toBe('Nothing was deleted.');
    expect(sent.map((m) => m.type)).not.toContain('pruneNow');
    expect(await snapshotCount()).toBe(5);
  });

  it('deletes what the preview showed once confirmed, and says what it removed', async () => {
    await seed();
    renderForm();
    expect(
      await screen.findByText('Automatic pruning is off until you confirm the saved 30 days with Prune now.'),
    ).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Prune now' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete 2 snapshots of 1 post' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent?.trim()).toBe('Removed 2 snapshots of 1 post.'),
    );
    const confirmed = sent.find((m) => m.type === 'pruneNow');
    expect(confirmed?.data).toMatchObject({
      retentionDays: 30,
      snapshots: 2,
      limit: { before: clock.now - 30 * DAY },
    });
    expect(await snapshotCount()).toBe(3);
    expect(
      await screen.findByText(
        'Automatic pruning is on: it keeps 30 days of the snapshots stored when you confirmed on 10 Jan 2025.',
      ),
    ).toBeTruthy();
  });

  it('offers an export of everything first, through the dashboard export, deleting nothing', async () => {
    await seed();
    renderForm();
    fireEvent.click(await screen.findByRole('button', { name: 'Prune now' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Export everything first' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    const [text, name, mime] = download.mock.calls[0]!;
    expect(name).toMatch(/^postlens-\d{4}-\d{2}-\d{2}\.json$/);
    expect(mime).toBe('application/json');
    const file = JSON.parse(text);
    expect(
      file.posts.map((p: { postId: string; snapshots: unknown[] }) => [p.postId, p.snapshots.length]).sort(),
    ).toEqual([
      ['new', 1],
      ['old', 4],
    ]);
    expect(await snapshotCount()).toBe(5);
    // The preview stays for the user to confirm or not.
    expect(screen.getByRole('button', { name: 'Delete 2 snapshots of 1 post' })).toBeTruthy();
  });

  it('shows what the last automatic prune removed', async () => {
    const t0 = clock.now;
    for (const age of [25, 20, 15])
      await record([reading({ postId: 'a', likes: age })], null, t0 - age * DAY);
    clock.now = t0;
    await settingsItem.setValue({ ...(await getSettings()), retentionDays: 30 });
    const asked = await backend().previewPrune(undefined, PAGE);
    if (!asked.ok) throw new Error(asked.error);
    await backend().pruneNow(asked.preview, PAGE);
    // Eleven days later the 20-day-old snapshot is past 30 days: the next write prunes it.
    await record([reading({ postId: 'b' })], null, t0 + 11 * DAY);
    await backend().settled();
    renderForm();
    expect(
      await screen.findByText(/Last automatic prune removed 1 snapshot of 1 post on 21 Jan 2025\./),
    ).toBeTruthy();
  });

  it('lowering the retention deletes nothing until the new one is confirmed', async () => {
    await seed();
    const asked = await backend().previewPrune(undefined, PAGE);
    if (!asked.ok) throw new Error(asked.error);
    await backend().pruneNow(asked.preview, PAGE);
    const kept = await snapshotCount();
    renderForm();
    fireEvent.input(await screen.findByLabelText('Days to keep'), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText('Automatic pruning is off until you confirm the saved 1 day with Prune now.'),
    ).toBeTruthy();
    for (const day of [1, 2, 3])
      await record([reading({ postId: 'old', likes: 10 + day })], null, clock.now + DAY);
    await backend().settled();
    expect(await snapshotCount()).toBe(kept + 3);
  });
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
