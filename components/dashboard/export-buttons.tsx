// Export JSON / CSV / NDJSON / Parquet of everything or of the posts the current filter shows.
import { useState } from 'preact/hooks';
import { type Download, downloadText } from '@/components/common/download';
import { exportFile } from '@/components/common/export-file';
import type { ExportKind } from '@/lib/transfer';

interface Props {
  /** Keys of the posts the filter shows, or null when no filter is set. */
  filteredKeys: string[] | null;
  download?: Download;
  now?: () => Date;
}

export function ExportButtons({ filteredKeys, download = downloadText, now = () => new Date() }: Props) {
  const [scope, setScope] = useState<'all' | 'filter'>('all');
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const useFilter = scope === 'filter' && filteredKeys !== null;

  const run = async (kind: ExportKind) => {
    setBusy(true);
    setStatus(null);
    try {
      setStatus(await exportFile(kind, useFilter ? new Set(filteredKeys) : null, now(), download));
    } catch (e) {
      setStatus(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
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
      {status ? (
        <span class="muted" role="status">
          {status}
        </span>
      ) : null}
    </div>
  );
}
