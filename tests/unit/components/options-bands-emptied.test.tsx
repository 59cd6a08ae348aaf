// An emptied band field ("X strong from (%)") kept its old band without a word: no "enter a
// number" message, no aria-invalid mark, only the browser's own `required` check on Save. It is
// now a problem like an emptied interval or retention: named, marked on the field, never read as
// the old band or 0.
import { OptionsForm } from '@/components/options/options-form';
import { settingsProblems } from '@/components/options/settings-model';
import { setMessageLookup } from '@/lib/i18n';
import { DEFAULT_BANDS } from '@/lib/platforms';
import { DEFAULT_SETTINGS, getSettings } from '@/lib/settings';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('@/lib/platforms/mastodon/site-access', () => ({
  enabledSites: vi.fn(async () => []),
  disableSite: vi.fn(),
}));

beforeEach(resetAll);
afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en')), 'en'));

describe('an emptied band field asks for a number, on the field', () => {
  it.each([
    ['en', 'X strong from (%)', '', /X strong from \(%\): enter a number from 0 to 100\./],
    ['en', 'Reddit typical from (%)', '', /Reddit typical from \(%\): enter a number from 0 to 100\./],
    ['en', 'LinkedIn viral from (%)', '', /LinkedIn viral from \(%\): enter a number/],
    ['de', 'X stark ab (%)', '', /X stark ab \(%\): Gib eine Zahl von 0 bis 100 ein\./],
  ] as const)('(%s) %s emptied', async (lang, label, value, message) => {
    setMessageLookup(lookupFrom(await loadMessages(lang)), lang);
    render(<OptionsForm />);
    const input = (await screen.findByLabelText(label)) as HTMLInputElement;
    fireEvent.input(input, { target: { value } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(message);
    // The field itself is marked and points to its message; no other field is.
    expect(input.value).toBe('');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent;
    expect(described).toMatch(message);
    const marked = [...document.querySelectorAll('[aria-invalid="true"]')].map((el) =>
      el.getAttribute('aria-label'),
    );
    expect(marked).toEqual([label]);
    // Nothing is saved, neither the old band nor 0.
    expect(
      (screen.getByRole('button', { name: lang === 'de' ? 'Speichern' : 'Save' }) as HTMLButtonElement)
        .disabled,
    ).toBe(true);
    fireEvent.submit(input.form as HTMLFormElement);
    await new Promise((r) => setTimeout(r, 20));
    expect((await getSettings()).bands).toEqual({});
    // Filled again, the mark and the message go.
    fireEvent.input(input, { target: { value: '3' } });
    await waitFor(() => expect(input.getAttribute('aria-invalid')).not.toBe('true'));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('settingsProblems names each emptied band by its field', () => {
  it.each([
    [{ ...DEFAULT_BANDS.x, strong: Number.NaN }, 'X strong from (%): enter a number from 0 to 100.'],
    [{ ...DEFAULT_BANDS.x, typical: Number.NaN }, 'X typical from (%): enter a number from 0 to 100.'],
    [
      { typical: Number.NaN, strong: 0.02, viral: Number.NaN },
      'X typical from (%): enter a number from 0 to 100.',
    ],
  ])('%o', (bands, text) => {
    expect(settingsProblems({ ...DEFAULT_SETTINGS, bands: { x: bands } })).toEqual([
      { field: 'bands.x', text },
    ]);
  });
});
