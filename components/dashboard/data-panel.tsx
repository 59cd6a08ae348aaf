// Import, and deleting everything.
import { useState } from 'preact/hooks';
import { ConfirmButton } from '@/components/common/confirm-button';
import { sendMessage } from '@/lib/messaging';
import { t } from '../../lib/i18n';
import { ImportPanel } from './import-panel';

export function DataPanel({ onChanged }: { onChanged: () => void }) {
  const [message, setMessage] = useState<string | null>(null);
  /** How many deletes of everything this view made: a file's preview shown is counted again. */
  const [deletes, setDeletes] = useState(0);
  const deleteAll = async () => {
    const res = await sendMessage('deleteAll', undefined).catch((e: unknown) => ({
      ok: false as const,
      error: e instanceof Error ? e.message : String(e),
    }));
    setMessage(res.ok ? (res.kept ?? t('dashboard.data.deleted')) : t('dashboard.deleteFailed', res.error));
    if (res.ok) {
      setDeletes((n) => n + 1);
      onChanged();
    }
  };
  return (
    <section class="data-view" aria-label={t('dashboard.data.region')}>
      <ImportPanel onImported={onChanged} dataChanged={deletes} />
      <section class="danger-zone" aria-label={t('dashboard.data.deleteEverything')}>
        <h2>{t('dashboard.data.deleteEverything')}</h2>
        <p class="muted">{t('dashboard.data.deleteHint')}</p>
        <ConfirmButton confirmLabel={t('dashboard.data.deleteConfirm')} onConfirm={deleteAll}>
          {t('dashboard.data.deleteAll')}
        </ConfirmButton>
        {message ? <p role="status">{message}</p> : null}
      </section>
    </section>
  );
}
