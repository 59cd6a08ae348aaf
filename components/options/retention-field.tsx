// How long snapshots are kept, and pruning on demand (prune-panel.tsx).
import { useState } from 'preact/hooks';
import { type Download, downloadText } from '@/components/common/download';
import { t } from '../../lib/i18n';
import { aroundSlot, SLOT } from '../common/slot';
import { NumberInput } from './number-input';
import { PrunePanel } from './prune-panel';
import { RETENTION_LIMITS } from './settings-model';

interface Props {
  days: number | null;
  /** The saved setting, which the background prunes with. */
  savedDays: number | null;
  onChange: (days: number | null) => void;
  /** The id of the message saying what is wrong with the days; none while they are fine. */
  errorId?: string;
  download?: Download;
  locale?: string;
}

export function RetentionField({
  days,
  savedDays,
  onChange,
  errorId,
  download = downloadText,
  locale,
}: Props) {
  const [lastDays, setLastDays] = useState(days ?? 365);
  const [keepBefore, keepAfter] = aroundSlot(t('options.retention.keepFor', SLOT));
  return (
    <fieldset>
      <legend>{t('options.retention.legend')}</legend>
      <label>
        <input type="radio" name="retention" checked={days === null} onChange={() => onChange(null)} />{' '}
        {t('options.retention.keepAll')}
      </label>
      <label>
        <input type="radio" name="retention" checked={days !== null} onChange={() => onChange(lastDays)} />{' '}
        {keepBefore}
        <NumberInput
          min={RETENTION_LIMITS.min}
          max={RETENTION_LIMITS.max}
          step={1}
          required
          aria-label={t('options.retention.daysLabel')}
          value={days ?? lastDays}
          disabled={days === null}
          errorId={days === null ? undefined : errorId}
          onValue={(v) => {
            // Emptied: NaN, which the form refuses as "enter a number" (never 0 days).
            setLastDays(v);
            onChange(v);
          }}
        />
        {keepAfter}
      </label>
      <p class="muted">{t('options.retention.explain')}</p>
      <PrunePanel savedDays={savedDays} disabled={days === null} download={download} locale={locale} />
    </fieldset>
  );
}
