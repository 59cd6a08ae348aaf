// Import, and deleting everything.
import { useState } from 'preact/hooks';
import { ConfirmButton } from '@/components/common/confirm-button';
import { sendMessage } from '@/lib/messaging';
import { t } from '../../lib/i18n';
import { ActionFailed, FoldedMessage, failureOf, unanswered } from '../common/action-failed';
import { ImportPanel } from './import-panel';

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
        {message ? <FoldedMessage message={message} role="status" /> : null}
        {failure ? <ActionFailed text={failure.text} raw={failure.raw} /> : null}
      </section>
    </section>
  );
}
