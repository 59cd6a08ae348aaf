// A stored snapshot interval of 0 ("a snapshot for every reading", which storage and the
// background accept: lib/settings.ts) is a value the options form accepts too: the page opened
// with it marked the field invalid and kept Save disabled, so no other setting could be saved.

import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsForm } from '@/components/options/options-form';
import { setMessageLookup } from '@/lib/i18n';
import { DEFAULT_SETTINGS, getSettings, SETTINGS_KEY } from '@/lib/settings';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('@/lib/platforms/mastodon/site-access', () => ({
  enabledSites: vi.fn(async () => []),
  disableSite: vi.fn(),
}));

beforeEach(resetAll);
afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

const LABEL = 'Snapshot interval in minutes';
const isInvalid = (el: Element) => el.getAttribute('aria-invalid') === 'true';
const saveButton = () => screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement;

it('opens with a stored 0 as valid, says what it means, and saves another setting with it', async () => {
  await fakeBrowser.storage.local.set({
    [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, snapshotIntervalMinutes: 0 },
  });
  render(<OptionsForm />);
  const interval = (await screen.findByLabelText(LABEL)) as HTMLInputElement;
  expect(interval.value).toBe('0');
  expect(isInvalid(interval)).toBe(false);
  expect(interval.min).toBe('0');
  expect(screen.queryByRole('alert')).toBeNull();
  expect(screen.getByText('0: a snapshot at every reading')).toBeTruthy();
  expect(saveButton().disabled).toBe(false);
  fireEvent.click(screen.getByRole('checkbox', { name: 'Show badges on posts' }));
  fireEvent.click(saveButton());
  expect(await screen.findByText('Saved.')).toBeTruthy();
  const s = await getSettings();
  expect(s.badges).toBe(false);
  expect(s.snapshotIntervalMinutes).toBe(0);
});

describe('the interval field takes whole minutes from 0 to 1440', () => {
  it.each([
    ['0', null],
    ['1440', null],
    ['-1', 'Snapshot interval: a whole number of minutes from 0 to 1440.'],
    ['1441', 'Snapshot interval: a whole number of minutes from 0 to 1440.'],
    // Fractions stay refused.
    ['0.5', 'Snapshot interval: a whole number of minutes from 0 to 1440.'],
    ['2.5', 'Snapshot interval: a whole number of minutes from 0 to 1440.'],
    ['', 'Snapshot interval: enter a number of minutes from 0 to 1440.'],
  ])('typed %j: %s', async (typed, message) => {
    render(<OptionsForm />);
    const interval = (await screen.findByLabelText(LABEL)) as HTMLInputElement;
    fireEvent.input(interval, { target: { value: typed } });
    if (message === null) {
      await waitFor(() => expect(saveButton().disabled).toBe(false));
      expect(isInvalid(interval)).toBe(false);
      expect(screen.queryByRole('alert')).toBeNull();
    } else {
      expect((await screen.findByRole('alert')).textContent).toBe(message);
      expect(isInvalid(interval)).toBe(true);
      expect(saveButton().disabled).toBe(true);
    }
  });
});

it('German: the hint and the range say 0', async () => {
  setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
  render(<OptionsForm />);
  const interval = (await screen.findByLabelText('Messintervall in Minuten')) as HTMLInputElement;
  expect(screen.getByText('0: eine Messung bei jedem Lesen')).toBeTruthy();
  fireEvent.input(interval, { target: { value: '-1' } });
  expect((await screen.findByRole('alert')).textContent).toBe(
    'Messintervall: eine ganze Zahl an Minuten von 0 bis 1440.',
  );
});
