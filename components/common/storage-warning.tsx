// The background's last storage failure, and readings not in the database (waiting to be stored,
// or lost), shown where the user will see them: popup, options and dashboard.
import { useEffect, useState } from 'preact/hooks';
import { formatDateTime } from '@/lib/format';
import { type StorageStatus, sendMessage, type UnsavedReadings } from '@/lib/messaging';
import { t, tn } from '../../lib/i18n';

export function StorageWarning() {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [unsaved, setUnsaved] = useState<UnsavedReadings | null>(null);
  useEffect(() => {
    sendMessage('storageStatus', undefined)
      .then(setStatus)
      .catch(() => setStatus(null));
    sendMessage('unsavedReadings', undefined)
      .then(setUnsaved)
      .catch(() => setUnsaved(null));
  }, []);
  // Dismisses the readings this notice counted; any lost since it was read show at once.
  const dismiss = () => {
    if (!unsaved) return;
    sendMessage('dismissUnsaved', { lost: unsaved.lost })
      .then((ok) => (ok ? sendMessage('unsavedReadings', undefined).then(setUnsaved) : undefined))
      .catch(() => {});
  };
  return (
    <>
      {status?.lastError ? (
        <p class="storage-warning" role="alert">
          <strong>{t('common.storage.problem')}</strong>
          {status.at !== null ? ` (${formatDateTime(status.at)})` : ''}: {status.lastError}
        </p>
      ) : null}
      {unsaved && unsaved.waiting > 0 ? (
        <p class="storage-warning unsaved-waiting" role="alert">
          <strong>{t('common.storage.notSavedYet')}</strong>: {tn('common.storage.waiting', unsaved.waiting)}
        </p>
      ) : null}
      {unsaved && unsaved.lost > 0 ? (
        <p class="storage-warning unsaved-lost" role="alert">
          <strong>{t('common.storage.readingsLost')}</strong>
          {unsaved.at !== null ? ` (${formatDateTime(unsaved.at)})` : ''}:{' '}
          {unsaved.reason
            ? tn('common.storage.lostBecause', unsaved.lost, unsaved.reason)
            : tn('common.storage.lost', unsaved.lost)}{' '}
          <button type="button" onClick={dismiss}>
            {t('common.storage.dismiss')}
          </button>
        </p>
      ) : null}
    </>
  );
}
