// How long snapshots are kept, and pruning on demand.
import { useState } from 'preact/hooks';
import { sendMessage } from '@/lib/messaging';

interface Props {
  days: number | null;
  onChange: (days: number | null) => void;
}

export function RetentionField({ days, onChange }: Props) {
  const [lastDays, setLastDays] = useState(days ?? 365);
  const [status, setStatus] = useState<string | null>(null);
  const prune = async () => {
    setStatus('Pruning…');
    const res = await sendMessage('pruneNow', undefined).catch((e: unknown) => ({
      ok: false as const,
      error: e instanceof Error ? e.message : String(e),
    }));
    setStatus(
      res.ok
        ? `Removed ${res.removed} old record${res.removed === 1 ? '' : 's'}.`
        : `Prune failed: ${res.error}`,
    );
  };
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
      <p class="muted">Pruning uses the saved setting: save first, then prune.</p>
      <button type="button" onClick={prune} disabled={days === null}>
        Prune now
      </button>
      {status ? <span role="status"> {status}</span> : null}
    </fieldset>
  );
}
