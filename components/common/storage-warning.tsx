// The background's last storage failure, and readings not in the database (waiting to be stored,
// or lost), shown where the user will see them: popup, options and dashboard.
import { useEffect, useState } from 'preact/hooks';
import { formatDateTime, formatNumber } from '@/lib/format';
import { type StorageStatus, sendMessage, type UnsavedReadings } from '@/lib/messaging';

const readings = (n: number) => `${formatNumber(n)} ${n === 1 ? 'reading' : 'readings'}`;

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
  const dismiss = () => {
    sendMessage('dismissUnsaved', undefined)
      .then((ok) => {
        if (ok && unsaved) setUnsaved({ ...unsaved, lost: 0, reason: null, at: null });
      })
      .catch(() => {});
  };
  return (
    <>
      {status?.lastError ? (
        <p class="storage-warning" role="alert">
          <strong>Storage problem</strong>
          {status.at !== null ? ` (${formatDateTime(status.at)})` : ''}: {status.lastError}
        </p>
      ) : null}
      {unsaved && unsaved.waiting > 0 ? (
        <p class="storage-warning unsaved-waiting" role="alert">
          <strong>Not saved yet</strong>: {readings(unsaved.waiting)} from pages already closed are not in the
          PostLens database, because it refused to store them. They are kept in the browser’s extension
          storage and saved as soon as the database accepts them again.
        </p>
      ) : null}
      {unsaved && unsaved.lost > 0 ? (
        <p class="storage-warning unsaved-lost" role="alert">
          <strong>Readings lost</strong>
          {unsaved.at !== null ? ` (${formatDateTime(unsaved.at)})` : ''}: {readings(unsaved.lost)} of pages
          you visited could not be saved
          {unsaved.reason ? `: ${unsaved.reason}` : ''}.{' '}
          <button type="button" onClick={dismiss}>
            Dismiss
          </button>
        </p>
      ) : null}
    </>
  );
}
