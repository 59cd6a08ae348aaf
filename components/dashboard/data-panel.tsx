// Import, and deleting everything.
import { useState } from 'preact/hooks';
import { ConfirmButton } from '@/components/common/confirm-button';
import { sendMessage } from '@/lib/messaging';
import { ImportPanel } from './import-panel';

export function DataPanel({ onChanged }: { onChanged: () => void }) {
  const [message, setMessage] = useState<string | null>(null);
  const deleteAll = async () => {
    const res = await sendMessage('deleteAll', undefined).catch((e: unknown) => ({
      ok: false as const,
      error: e instanceof Error ? e.message : String(e),
    }));
    setMessage(res.ok ? 'All PostLens data was deleted.' : `Delete failed: ${res.error}`);
    if (res.ok) onChanged();
  };
  return (
    <section class="data-view" aria-label="Data">
      <ImportPanel onImported={onChanged} />
      <section class="danger-zone" aria-label="Delete everything">
        <h2>Delete everything</h2>
        <p class="muted">Removes every post, snapshot and author PostLens has stored. Settings are kept.</p>
        <ConfirmButton confirmLabel="Yes, delete all data" onConfirm={deleteAll}>
          Delete all data
        </ConfirmButton>
        {message ? <p role="status">{message}</p> : null}
      </section>
    </section>
  );
}
