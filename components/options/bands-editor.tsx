// Benchmark bands per platform, edited in percent.
import { useState } from 'preact/hooks';
import { DEFAULT_BANDS, PLATFORM_NAMES } from '@/lib/platforms';
import type { Bands } from '@/lib/settings';
import { PLATFORMS, type Platform } from '@/lib/types';
import { t } from '../../lib/i18n';
import { fromPercentInput, toPercentInput } from './settings-model';

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

const LEVELS = ['typical', 'strong', 'viral'] as const;

/** The input's name: "X typical from (%)". */
const inputLabel = (level: (typeof LEVELS)[number], platform: string) =>
  level === 'typical'
    ? t('options.bands.typicalInput', platform)
    : level === 'strong'
      ? t('options.bands.strongInput', platform)
      : t('options.bands.viralInput', platform);

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
  // What the user typed, and the band it stands for: the band it parses to, or, while it does not
  // parse (emptied to retype, or "." begun), the band as it was, which stays saved. Writing the band
  // back into a field the user is typing in made their next key add to it (5 emptied, then 8: 58).
  // A band changed from outside (loaded) shows in place of the text; a reset remounts the fields.
  const [typed, setTyped] = useState({ text: toPercentInput(value), band: value });
  const shown = typed.band === value ? typed.text : toPercentInput(value);
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
        const v = fromPercentInput(text);
        setTyped({ text, band: v ?? value });
        if (v !== null) onValue(v);
      }}
    />
  );
}

export function BandsEditor({ bands, onChange, errorIds = {} }: Props) {
  /** How many times the bands were reset: a reset shows the defaults even in a field left empty. */
  const [resets, setResets] = useState(0);
  const shown: Record<Platform, Bands> = { ...DEFAULT_BANDS, ...bands };
  const set = (p: Platform, level: (typeof LEVELS)[number], v: number) =>
    onChange({ ...bands, [p]: { ...shown[p], [level]: v } });
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
              {LEVELS.map((level) => (
                <td key={level}>
                  <BandInput
                    key={resets}
                    label={inputLabel(level, PLATFORM_NAMES[p])}
                    value={shown[p][level]}
                    errorId={errorIds[p]}
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
