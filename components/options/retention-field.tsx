// How long snapshots are kept, and pruning on demand (prune-panel.tsx).
import { useState } from 'preact/hooks';
import { type Download, downloadText } from '@/components/common/download';
import { t } from '../../lib/i18n';
import { aroundSlot, SLOT } from '../common/slot';
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
        <input
          type="number"
          min={1}
          max={3650}
          step={1}
          aria-label={t('options.retention.daysLabel')}
          value={days ?? lastDays}
          disabled={days === null}
          onInput={(e) => {
            const v = Number(e.currentTarget.value);
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
