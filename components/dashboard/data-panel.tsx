// Import, and deleting everything.
import { useState } from 'preact/hooks';
import { ConfirmButton } from '@/components/common/confirm-button';
import { sendMessage } from '@/lib/messaging';
import { splitStorageError } from '@/lib/store';
import { t } from '../../lib/i18n';
import { ActionFailed, ErrorDetails, failureOf, unanswered } from '../common/action-failed';
import { ImportPanel } from './import-panel';

/**
 * What a delete that stood says: "Deleted.", or a delete answer's `kept` (its tags, notes or stars
 * stayed), whose sentence is shown and storage's own words (withRawError, often English) folded
 * under "Error details".
 */
export function DeleteDone({ message, role = 'status' }: { message: string; role?: 'status' | 'alert' }) {
  const { text, raw } = splitStorageError(message);
  return (
    <>
      <p role={role}>{text}</p>
      <ErrorDetails raw={raw} />
    </>
  );
}

export function DataPanel({ onChanged }: { onChanged: () => void }) {
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ text: string; raw: string } | null>(null);
  /** How many deletes of everything this view made: a file's preview shown is counted again. */
  const [deletes, setDeletes] = useState(0);
  const deleteAll = async () => {
    setMessage(null);
    setFailure(null);
    // An answer "not deleted" is a write undone: nothing changed. No answer leaves unknown whether
    // the delete ran.
    const res = await sendMessage('deleteAll', undefined).catch(unanswered);
    if (!res.ok) {
      setFailure(
        failureOf(res, {
          failed: () => t('dashboard.data.deleteFailed'),
          noAnswer: () => t('dashboard.data.deleteNoAnswer'),
        }),
      );
      return;
    }
    setMessage(res.kept ?? t('dashboard.data.deleted'));
    setDeletes((n) => n + 1);
    onChanged();
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
        {message ? <DeleteDone message={message} /> : null}
        {failure ? <ActionFailed text={failure.text} raw={failure.raw} /> : null}
      </section>
    </section>
  );
}
