// The options page's number rules, held to what is stored and to what the form shows: a stored
// interval the form would refuse is not used without a word, an invalid field is marked on the
// field itself, and an emptied number field is "enter a number", never 0.

import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsForm } from '@/components/options/options-form';
import { checkSettings, DEFAULT_SETTINGS, getSettings, SETTINGS_KEY } from '@/lib/settings';
import { settingsItem } from '@/lib/settings-item';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('@/lib/platforms/mastodon/site-access', () => ({
  enabledSites: vi.fn(async () => []),
  disableSite: vi.fn(),
}));

beforeEach(resetAll);

describe('a stored snapshot interval is held to the whole minutes the form saves', () => {
  it.each([
    [2.5, DEFAULT_SETTINGS.snapshotIntervalMinutes, ['snapshotIntervalMinutes']],
    [0.25, DEFAULT_SETTINGS.snapshotIntervalMinutes, ['snapshotIntervalMinutes']],
    [1439.5, DEFAULT_SETTINGS.snapshotIntervalMinutes, ['snapshotIntervalMinutes']],
    [1441, DEFAULT_SETTINGS.snapshotIntervalMinutes, ['snapshotIntervalMinutes']],
    // 0 stays: a snapshot for every reading, what the test and demo set-ups store (lib/settings.ts).
    [0, 0, []],
    [1, 1, []],
    [1440, 1440, []],
  ])('stored %s is used as %s', (stored, used, problems) => {
    const r = checkSettings({ ...DEFAULT_SETTINGS, snapshotIntervalMinutes: stored });
    expect(r.value.snapshotIntervalMinutes).toBe(used);
    expect(r.problems).toEqual(problems);
  });

  it('the options page says the stored fraction is not used and shows the default', async () => {
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, snapshotIntervalMinutes: 2.5 },
    });
    render(<OptionsForm />);
    const interval = (await screen.findByLabelText('Snapshot interval in minutes')) as HTMLInputElement;
    expect(interval.value).toBe('30');
    expect(
      screen.getByText(/Not usable as stored, so the default applies until you save: .*Snapshot interval/),
    ).toBeTruthy();
    expect((await getSettings()).snapshotIntervalMinutes).toBe(30);
  });
});

describe('an invalid field is marked on the field, pointing to its message', () => {
  it.each([
    ['Snapshot interval in minutes', '-1', /Snapshot interval: a whole number/],
    ['Snapshot interval in minutes', '2.5', /Snapshot interval: a whole number/],
    ['Days to keep', '0', /Retention: a whole number/],
    ['X strong from (%)', '0.1', /X bands: bands must rise/],
    ['Reddit viral from (%)', '150', /Reddit bands: each band must be between/],
  ])('%s set to %s', async (label, value, message) => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, retentionDays: 30 });
    render(<OptionsForm />);
    const input = (await screen.findByLabelText(label)) as HTMLInputElement;
    expect(input.getAttribute('aria-invalid')).not.toBe('true');
    fireEvent.input(input, { target: { value } });
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    const described = ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    expect(described).toMatch(message);
    // Only the field at fault is marked.
    const marked = [...document.querySelectorAll('[aria-invalid="true"]')].map((el) =>
      el.getAttribute('aria-label'),
    );
    expect(marked).toContain(label);
    expect(marked.every((l) => l === label || l?.startsWith(label.split(' ')[0] ?? ''))).toBe(true);
    // Corrected, the mark goes.
    fireEvent.input(input, { target: { value: label.startsWith('Reddit') ? '20' : '5' } });
    await waitFor(() => expect(input.getAttribute('aria-invalid')).not.toBe('true'));
  });
});

describe('an emptied number field asks for a number; it is never 0', () => {
  it.each([
    ['Days to keep', /Retention: enter a number of days/],
    ['Snapshot interval in minutes', /Snapshot interval: enter a number of minutes/],
  ])('%s emptied', async (label, message) => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, retentionDays: 30 });
    render(<OptionsForm />);
    const input = (await screen.findByLabelText(label)) as HTMLInputElement;
    fireEvent.input(input, { target: { value: '' } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(message);
    // The field stays empty (not "0"), and nothing is saved.
    expect(input.value).toBe('');
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.submit(input.form as HTMLFormElement);
    expect((await getSettings()).retentionDays).toBe(30);
    expect((await getSettings()).snapshotIntervalMinutes).toBe(30);
  });

  it('an emptied days field is still empty after "Keep everything" and back', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, retentionDays: 30 });
    render(<OptionsForm />);
    const days = (await screen.findByLabelText('Days to keep')) as HTMLInputElement;
    fireEvent.input(days, { target: { value: '' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Keep everything' }));
    fireEvent.click(screen.getByRole('radio', { name: /Keep snapshots for/ }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Retention: enter a number of days/);
    expect(days.value).toBe('');
  });
});
