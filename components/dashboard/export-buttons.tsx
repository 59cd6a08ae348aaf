// Export JSON / CSV / NDJSON / Parquet of everything or of the posts the current filter shows.
// While a file is built the panel shows where it is and offers Cancel, which saves no file.
import { useRef, useState } from 'preact/hooks';
import { type Download, downloadText } from '@/components/common/download';
import { type ExportStage, exportFile } from '@/components/common/export-file';
import { formatNumber } from '@/lib/format';
import type { ExportKind } from '@/lib/transfer';
import { t, uiLocale } from '../../lib/i18n';

interface Props {
  /** Keys of the posts the filter shows, or null when no filter is set. */
  filteredKeys: string[] | null;
  download?: Download;
  now?: () => Date;
}

export function stageText(s: ExportStage): string {
  if (s.stage === 'reading') return t('dashboard.export.reading');
  if (s.stage === 'encoding') return t('dashboard.export.encoding');
  return t('dashboard.export.building', formatNumber(s.done, uiLocale()), formatNumber(s.total, uiLocale()));
}

export function ExportButtons({ filteredKeys, download = downloadText, now = () => new Date() }: Props) {
  const [scope, setScope] = useState<'all' | 'filter'>('all');
  const [status, setStatus] = useState<string | null>(null);
  const [stage, setStage] = useState<ExportStage | null>(null);
  const running = useRef<AbortController | null>(null);
  const busy = stage !== null;
  const useFilter = scope === 'filter' && filteredKeys !== null;

  const run = async (kind: ExportKind) => {
    const controller = new AbortController();
    running.current = controller;
    setStage({ stage: 'reading' });
    setStatus(null);
    try {
      const keys = useFilter ? new Set(filteredKeys) : null;
      setStatus(
        await exportFile(kind, keys, now(), download, { signal: controller.signal, onStage: setStage }),
      );
    } catch (e) {
      setStatus(t('dashboard.export.failed', e instanceof Error ? e.message : String(e)));
    } finally {
      running.current = null;
      setStage(null);
    }
  };

  return (
    <div class="export">
      <fieldset class="scope">
        <legend class="visually-hidden">{t('dashboard.export.scope')}</legend>
        <label>
          <input type="radio" name="scope" checked={!useFilter} onChange={() => setScope('all')} />{' '}
          {t('dashboard.export.everything')}
        </label>
        <label>
          <input
            type="radio"
            name="scope"
            checked={useFilter}
            disabled={filteredKeys === null}
            onChange={() => setScope('filter')}
          />{' '}
          {filteredKeys
            ? t('dashboard.export.filteredCount', formatNumber(filteredKeys.length, uiLocale()))
            : t('dashboard.export.filtered')}
        </label>
      </fieldset>
      <button type="button" data-export="json" disabled={busy} onClick={() => run('json')}>
        {t('dashboard.export.json')}
      </button>
      <button type="button" data-export="csv" disabled={busy} onClick={() => run('csv')}>
        {t('dashboard.export.csv')}
      </button>
      <button
        type="button"
        disabled={busy}
        data-export="ndjson"
        title={t('dashboard.export.ndjsonTitle')}
        onClick={() => run('ndjson')}
      >
        {t('dashboard.export.ndjson')}
      </button>
      <button
        type="button"
        disabled={busy}
        data-export="parquet"
        title={t('dashboard.export.parquetTitle')}
        onClick={() => run('parquet')}
      >
        {t('dashboard.export.parquet')}
      </button>
      {stage ? (
        <span>
          <span role="status">{stageText(stage)}</span>{' '}
          {stage.stage === 'building' && stage.total > 0 ? (
            <progress max={stage.total} value={stage.done} aria-label={t('dashboard.export.progress')} />
          ) : (
            <progress aria-label={t('dashboard.export.working')} />
          )}{' '}
          <button type="button" onClick={() => running.current?.abort()}>
            {t('dashboard.export.cancel')}
          </button>
        </span>
      ) : null}
      {status ? (
        <span class="muted" role="status">
          {status}
        </span>
      ) : null}
    </div>
  );
}
