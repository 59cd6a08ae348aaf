// The background's last storage failure, shown where the user will see it.
import { useEffect, useState } from 'preact/hooks';
import { formatDateTime } from '@/lib/format';
import { type StorageStatus, sendMessage } from '@/lib/messaging';

export function StorageWarning() {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  useEffect(() => {
    sendMessage('storageStatus', undefined)
      .then(setStatus)
      .catch(() => setStatus(null));
  }, []);
  if (!status?.lastError) return null;
  return (
    <p class="storage-warning" role="alert">
      <strong>Storage problem</strong>
      {status.at !== null ? ` (${formatDateTime(status.at)})` : ''}: {status.lastError}
    </p>
  );
}
