// How long snapshots are kept, and pruning on demand (prune-panel.tsx).
import { useState } from 'preact/hooks';
import { type Download, downloadText } from '@/components/common/download';
import { PrunePanel } from './prune-panel';

interface Props {
  days: number | null;
  /** The saved setting, which the background prunes with. */
  savedDays: number | null;
  onChange: (days: number | null) => void;
  download?: Download;
  locale?: string;
}

export function RetentionField({ days, savedDays, onChange, download = downloadText, locale }: Props) {
  const [lastDays, setLastDays] = useState(days ?? 365);
  return (
    <fieldset>
      <legend>Retention</legend>
      <label>
        <input type="radio" name="retention" checked={days === null} onChange={() => onChange(null)} /> Keep
        everything
      </label>
      <label>
        <input type="radio" name="retention" checked={days !== null} onChange={() => onChange(lastDays)} />{' '}
        Keep snapshots for{' '}
        <input
          type="number"
          min={1}
          max={3650}
          step={1}
          aria-label="Days to keep"
          value={days ?? lastDays}
          disabled={days === null}
          onInput={(e) => {
            const v = Number(e.currentTarget.value);
            setLastDays(v);
            onChange(v);
          }}
        />{' '}
        days
      </label>
      <p class="muted">
        Each post keeps its first and latest snapshot however old. Nothing is deleted until you have seen what
        goes and confirmed it: pruning uses the saved setting, so save first, then prune.
      </p>
      <PrunePanel savedDays={savedDays} disabled={days === null} download={download} locale={locale} />
    </fieldset>
  );
}
