// Benchmark bands per platform, edited in percent.
import { useState } from 'preact/hooks';
import { DEFAULT_BANDS, PLATFORM_NAMES } from '@/lib/platforms';
import type { Bands } from '@/lib/settings';
import { PLATFORMS, type Platform } from '@/lib/types';
import { fromPercentInput, toPercentInput } from './settings-model';

interface Props {
  bands: Record<Platform, Bands>;
  onChange: (bands: Record<Platform, Bands>) => void;
}

const LEVELS = ['typical', 'strong', 'viral'] as const;

function BandInput({
  label,
  value,
  onValue,
}: {
  label: string;
  value: number;
  onValue: (v: number) => void;
}) {
  // The text is kept while typing ("1." is not yet a number); the setting changes once it parses.
  const [text, setText] = useState(toPercentInput(value));
  const shown = fromPercentInput(text) === value ? text : toPercentInput(value);
  return (
    <input
      type="number"
      inputMode="decimal"
      min={0}
      max={100}
      step="any"
      aria-label={label}
      value={shown}
      onInput={(e) => {
        setText(e.currentTarget.value);
        const v = fromPercentInput(e.currentTarget.value);
        if (v !== null) onValue(v);
      }}
    />
  );
}

export function BandsEditor({ bands, onChange }: Props) {
  const set = (p: Platform, level: (typeof LEVELS)[number], v: number) =>
    onChange({ ...bands, [p]: { ...bands[p], [level]: v } });
  return (
    <fieldset>
      <legend>Benchmark bands (engagement rate, %)</legend>
      <p class="muted">
        A post's badge is coloured by the band its ER reaches: below typical, typical, strong or viral.
      </p>
      <table class="bands">
        <thead>
          <tr>
            <th scope="col">Platform</th>
            <th scope="col">Typical from</th>
            <th scope="col">Strong from</th>
            <th scope="col">Viral from</th>
          </tr>
        </thead>
        <tbody>
          {PLATFORMS.map((p) => (
            <tr key={p}>
              <th scope="row">{PLATFORM_NAMES[p]}</th>
              {LEVELS.map((level) => (
                <td key={level}>
                  <BandInput
                    label={`${PLATFORM_NAMES[p]} ${level} from (%)`}
                    value={bands[p][level]}
                    onValue={(v) => set(p, level, v)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => onChange(DEFAULT_BANDS)}>
        Reset bands to defaults
      </button>
    </fieldset>
  );
}
