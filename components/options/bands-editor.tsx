// Benchmark bands per platform, edited in percent.
import { useState } from 'preact/hooks';
import { DEFAULT_BANDS, PLATFORM_NAMES } from '@/lib/platforms';
import type { Bands } from '@/lib/settings';
import { PLATFORMS, type Platform } from '@/lib/types';
import { t } from '../../lib/i18n';
import {
  BAND_LEVELS,
  type BandLevel,
  bandInputLabel,
  fromPercentInput,
  toPercentInput,
} from './settings-model';

interface Props {
  /**
   * The user's own bands (Settings.bands); a platform without them shows its defaults. onChange
   * gets them with the one edited platform's added: the others keep following the defaults, so
   * a later PostLens's defaults still reach them. "Reset to defaults" leaves none of the user's.
   */
  bands: Partial<Record<Platform, Bands>>;
  onChange: (bands: Partial<Record<Platform, Bands>>) => void;
  /** Per platform, the id of the message saying what is wrong with its bands (its fields point to it). */
  errorIds?: Partial<Record<Platform, string | undefined>>;
}

function BandInput({
  label,
  value,
  onValue,
  errorId,
}: {
  label: string;
  value: number;
  onValue: (v: number) => void;
  errorId: string | undefined;
}) {
  // What the user typed, and the band it stands for: the band it parses to, or NaN while it does
  // not parse (emptied to retype, or "." begun), which the form asks a number for (settingsProblems)
  // and never saves as the band it had. Writing the band back into a field the user is typing in
  // made their next key add to it (5 emptied, then 8: 58). A band changed from outside (loaded)
  // shows in place of the text; a reset remounts the fields.
  const [typed, setTyped] = useState({ text: toPercentInput(value), band: value });
  const shown = Object.is(typed.band, value) ? typed.text : Number.isNaN(value) ? '' : toPercentInput(value);
  return (
    <input
      type="number"
      inputMode="decimal"
      min={0}
      max={100}
      step="any"
      required
      aria-label={label}
      aria-invalid={errorId ? 'true' : undefined}
      aria-describedby={errorId}
      value={shown}
      onInput={(e) => {
        const text = e.currentTarget.value;
        const v = fromPercentInput(text) ?? Number.NaN;
        setTyped({ text, band: v });
        onValue(v);
      }}
    />
  );
}

export function BandsEditor({ bands, onChange, errorIds = {} }: Props) {
  /** How many times the bands were reset: a reset shows the defaults even in a field left empty. */
  const [resets, setResets] = useState(0);
  const shown: Record<Platform, Bands> = { ...DEFAULT_BANDS, ...bands };
  const set = (p: Platform, level: BandLevel, v: number) =>
    onChange({ ...bands, [p]: { ...shown[p], [level]: v } });
  // The fields a platform's problem is about: its emptied ones while it has any (the message names
  // the first), else all three (out of range, out of order).
  const invalid = (p: Platform, level: BandLevel) =>
    !BAND_LEVELS.some((l) => Number.isNaN(shown[p][l])) || Number.isNaN(shown[p][level]);
  return (
    <fieldset>
      <legend>{t('options.bands.legend')}</legend>
      <p class="muted">{t('options.bands.explain')}</p>
      <table class="bands">
        <thead>
          <tr>
            <th scope="col">{t('options.bands.platform')}</th>
            <th scope="col">{t('options.bands.typicalFrom')}</th>
            <th scope="col">{t('options.bands.strongFrom')}</th>
            <th scope="col">{t('options.bands.viralFrom')}</th>
          </tr>
        </thead>
        <tbody>
          {PLATFORMS.map((p) => (
            <tr key={p}>
              <th scope="row">{PLATFORM_NAMES[p]}</th>
              {BAND_LEVELS.map((level) => (
                <td key={level}>
                  <BandInput
                    key={resets}
                    label={bandInputLabel(level, PLATFORM_NAMES[p])}
                    value={shown[p][level]}
                    errorId={invalid(p, level) ? errorIds[p] : undefined}
                    onValue={(v) => set(p, level, v)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        onClick={() => {
          setResets((n) => n + 1);
          onChange({});
        }}
      >
        {t('options.bands.reset')}
      </button>
    </fieldset>
  );
}
