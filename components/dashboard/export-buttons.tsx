// Export JSON / CSV / NDJSON / Parquet of everything or of the posts the current filter shows.
// While a file is built the panel shows where it is and offers Cancel, which saves no file.
import { useRef, useState } from 'preact/hooks';
import { type Download, downloadText } from '@/components/common/download';
import { type ExportStage, exportFile } from '@/components/common/export-file';
import { formatNumber } from '@/lib/format';
import type { ExportKind } from '@/lib/transfer';

interface Props {
  /** Keys of the posts the filter shows, or null when no filter is set. */
  filteredKeys: string[] | null;
  download?: Download;
  now?: () => Date;
}

export function stageText(s: ExportStage): string {
  if (s.stage === 'reading') return 'Reading the database…';
  if (s.stage === 'encoding') return 'Writing the Parquet file…';
  return `Building: ${formatNumber(s.done)} of ${formatNumber(s.total)} snapshots`;
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
      setStatus(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      running.current = null;
      setStage(null);
    }
  };

  return (
    <div class="export">
      <fieldset class="scope">
        <legend class="visually-hidden">What to export</legend>
        <label>
          <input type="radio" name="scope" checked={!useFilter} onChange={() => setScope('all')} /> Everything
        </label>
        <label>
          <input
            type="radio"
            name="scope"
            checked={useFilter}
            disabled={filteredKeys === null}
            onChange={() => setScope('filter')}
          />{' '}
          Filtered{filteredKeys ? ` (${filteredKeys.length})` : ''}
        </label>
      </fieldset>
      <button type="button" disabled={busy} onClick={() => run('json')}>
        Export JSON
      </button>
      <button type="button" disabled={busy} onClick={() => run('csv')}>
        Export CSV
      </button>
      <button
        type="button"
        disabled={busy}
        title="One snapshot per line, for DuckDB or BigQuery (docs/warehouse.md)"
        onClick={() => run('ndjson')}
      >
        Export NDJSON
      </button>
      <button
        type="button"
        disabled={busy}
        title="One snapshot per row, typed columns, for DuckDB or BigQuery (docs/warehouse.md)"
        onClick={() => run('parquet')}
      >
        Export Parquet
      </button>
      {stage ? (
        <span>
          <span role="status">{stageText(stage)}</span>{' '}
          {stage.stage === 'building' && stage.total > 0 ? (
            <progress max={stage.total} value={stage.done} aria-label="Export progress" />
          ) : (
            <progress aria-label="Exporting" />
          )}{' '}
          <button type="button" onClick={() => running.current?.abort()}>
            Cancel export
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
