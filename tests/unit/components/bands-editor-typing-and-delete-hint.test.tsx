// A benchmark band field types as a number field does: it can be emptied and retyped, and a
// decimal typed key by key ("1", "1.", "1.5") is not snapped back to "1" (which made "15"). The
// "Delete all data" hint says what delete all really removes, stars included.
import { useState } from 'preact/hooks';
import { BandsEditor } from '@/components/options/bands-editor';
import { OptionsForm } from '@/components/options/options-form';
import { setMessageLookup, t } from '@/lib/i18n';
import { DEFAULT_BANDS } from '@/lib/platforms';
import { type Bands, getSettings } from '@/lib/settings';
import type { Platform } from '@/lib/types';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { act, fireEvent, render, screen } from '../testing-library';
import { resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('@/lib/platforms/mastodon/site-access', () => ({
  enabledSites: vi.fn(async () => []),
  disableSite: vi.fn(),
}));

beforeEach(resetAll);
afterAll(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

/** What a browser's number input reports for the text in its box ("1." → "": not a number yet). */
function reported(text: string): string {
  const probe = document.createElement('input');
  probe.type = 'number';
  probe.value = text;
  return probe.value;
}

/**
 * Types as a user does: each key changes the text in the box, then the input event fires. The box
 * keeps the user's text unless the page writes another value into it; the next key then goes after
 * what the page wrote. Returns the text the box holds at the end. 'Backspace' removes the last
 * character. `box` '' types over the whole text, as after selecting it all.
 */
function typeKeys(input: HTMLInputElement, keys: string[], box = input.value): string {
  for (const key of keys) {
    box = key === 'Backspace' ? box.slice(0, -1) : box + key;
    fireEvent.input(input, { target: { value: box } });
    // The page wrote a value of its own into the box: that is what the user sees now.
    if (input.value !== reported(box)) box = input.value;
  }
  return box;
}

/** Loads bands into the Host from outside, as a read of the stored settings does. */
const host: { load?: (bands: Partial<Record<Platform, Bands>>) => void } = {};

/** The editor with its bands held as the options form holds them: each change is shown back. */
function Host({ onChange }: { onChange?: (bands: Partial<Record<Platform, Bands>>) => void }) {
  const [bands, setBands] = useState<Partial<Record<Platform, Bands>>>({});
  host.load = setBands;
  return (
    <BandsEditor
      bands={bands}
      onChange={(b) => {
        onChange?.(b);
        setBands(b);
      }}
    />
  );
}

describe('a benchmark band field', () => {
  it('can be emptied and retyped: X viral 5% → 8% is saved as 8%, not 58%', async () => {
    render(<OptionsForm />);
    const viral = (await screen.findByLabelText('X viral from (%)')) as HTMLInputElement;
    expect(viral.value).toBe('5');
    expect(typeKeys(viral, ['Backspace'])).toBe('');
    expect(viral.value).toBe('');
    expect(typeKeys(viral, ['8'])).toBe('8');
    expect(viral.value).toBe('8');
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect((await getSettings()).bands.x).toEqual({ ...DEFAULT_BANDS.x, viral: 0.08 });
  });

  it('keeps a decimal begun with its point: ".", ".2", ".25" is 0.25%, not 0.525%', async () => {
    render(<OptionsForm />);
    const typical = (await screen.findByLabelText('X typical from (%)')) as HTMLInputElement;
    expect(typical.value).toBe('0.5');
    // "." is not a number yet: the browser reports the field empty while the box shows ".".
    expect(reported('.')).toBe('');
    expect(typeKeys(typical, ['.', '2', '5'], '')).toBe('.25');
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect((await getSettings()).bands.x).toEqual({ ...DEFAULT_BANDS.x, typical: 0.0025 });
  });

  // "1." is a number as browsers report it (1), so this one held before; kept as a guard.
  it('keeps a decimal typed key by key: "1", "1.", "1.5" is 1.5%, not 15%', async () => {
    render(<OptionsForm />);
    const typical = (await screen.findByLabelText('X typical from (%)')) as HTMLInputElement;
    expect(typical.value).toBe('0.5');
    // Select all and type "1" over it, then ".", then "5".
    fireEvent.input(typical, { target: { value: '1' } });
    expect(typical.value).toBe('1');
    expect(typeKeys(typical, ['.', '5'])).toBe('1.5');
    expect(typical.value).toBe('1.5');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect((await getSettings()).bands.x).toEqual({ ...DEFAULT_BANDS.x, typical: 0.015 });
  });

  // It kept the band it had (5%) without a word; emptied, it is NaN, which the form asks a number
  // for (tests/unit/review-options-bands-emptied.test.tsx), never the old band or 0.
  it('hands on an emptied field as no number, never the band it had', () => {
    const onChange = vi.fn();
    render(<Host onChange={onChange} />);
    const viral = screen.getByLabelText('X viral from (%)') as HTMLInputElement;
    typeKeys(viral, ['Backspace']);
    expect(viral.value).toBe('');
    expect(onChange).toHaveBeenLastCalledWith({ x: { ...DEFAULT_BANDS.x, viral: Number.NaN } });
  });

  it('is not taken as saved when Save is pressed while it is empty', async () => {
    render(<OptionsForm />);
    const viral = (await screen.findByLabelText('X viral from (%)')) as HTMLInputElement;
    const strong = screen.getByLabelText('X strong from (%)') as HTMLInputElement;
    typeKeys(strong, ['Backspace', '3']);
    typeKeys(viral, ['Backspace']);
    const form = viral.closest('form')!;
    // The submit button's own check stops a browser's submit; Enter in another field, or a
    // submit the browser does not check, reaches the form's handler, which checks again.
    fireEvent.submit(form);
    await new Promise((r) => setTimeout(r, 50));
    expect(viral.validity.valueMissing).toBe(true);
    expect(screen.queryByText('Saved.')).toBeNull();
    // Nothing of the form was saved, not even the field that was filled in.
    expect((await getSettings()).bands.x).toBeUndefined();
    typeKeys(viral, ['9']);
    fireEvent.submit(form);
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect((await getSettings()).bands.x).toEqual({ ...DEFAULT_BANDS.x, strong: 0.03, viral: 0.09 });
  });

  it('shows the defaults again on "Reset to defaults", even over a field left empty', async () => {
    render(<OptionsForm />);
    const viral = (await screen.findByLabelText('X viral from (%)')) as HTMLInputElement;
    const strong = screen.getByLabelText('X strong from (%)') as HTMLInputElement;
    typeKeys(viral, ['Backspace']);
    typeKeys(strong, ['Backspace', 'Backspace', '3']);
    expect([viral.value, strong.value]).toEqual(['', '3']);
    fireEvent.click(screen.getByRole('button', { name: t('options.bands.reset') }));
    const shown = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;
    expect([shown('X viral from (%)'), shown('X strong from (%)')]).toEqual(['5', '2']);
  });

  it('shows bands loaded from outside in place of a field left empty', () => {
    render(<Host />);
    const viral = screen.getByLabelText('X viral from (%)') as HTMLInputElement;
    typeKeys(viral, ['Backspace']);
    expect(viral.value).toBe('');
    act(() => host.load?.({ ...DEFAULT_BANDS, x: { ...DEFAULT_BANDS.x, viral: 0.07 } }));
    expect(viral.value).toBe('7');
  });
});

describe('the "Delete all data" hint', () => {
  // lib/background/data-handlers.ts: delete all clears every store, the tags and notes, every star
  // (forgetStars('all')); the author sets, the settings and the watchlist's thresholds stay.
  it('says, in English, that every star goes and what stays', async () => {
    setMessageLookup(lookupFrom(await loadMessages('en')), 'en');
    const hint = t('dashboard.data.deleteHint');
    expect(hint).toMatch(/every star/);
    expect(hint).toMatch(/tags and notes/);
    expect(hint).toMatch(/author sets are kept/);
  });

  it('says, in German, that the watchlist is emptied', async () => {
    setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
    const hint = t('dashboard.data.deleteHint');
    expect(hint).toMatch(/kein Autor bleibt gemerkt/);
    expect(hint).toMatch(/Autorengruppen/);
  });
});
