// "Prune now" in two steps: the background counts what the saved retention would delete, the
// page shows it and offers an export, and only the user's confirmation (carrying that preview, so
// the background deletes what was shown and nothing newer) deletes anything. While it deletes,
// Cancel (cancelPrune) aborts its one transaction unless it has already committed.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Download } from '@/components/common/download';
import { exportFile } from '@/components/common/export-file';
import { type PrunePreview, type RetentionStatus, sendMessage } from '@/lib/messaging';
import { withRawError } from '@/lib/store';
import { t } from '../../lib/i18n';
import { InlineFoldedMessage, rawError, unanswered } from '../common/action-failed';
import {
  automaticText,
  confirmLabel,
  consentText,
  deletingText,
  previewText,
  removedText,
} from './prune-text';

interface Props {
  /** The saved retention: the background prunes with it, and the status follows it. */
  savedDays: number | null;
  disabled: boolean;
  download: Download;
  locale?: string;
}

/**
 * No answer came (the service worker was stopped, the extension reloaded): the user's sentence of
 * what that means and what to do (`key`), the browser's words (often English) folded after it.
 */
const noAnswer = (key: 'options.prune.countNoAnswer' | 'options.prune.noAnswer', error: string) =>
  withRawError(t(key), error);

export function PrunePanel({ savedDays, disabled, download, locale }: Props) {
  const [preview, setPreview] = useState<PrunePreview | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [auto, setAuto] = useState<RetentionStatus | null>(null);
  const [busy, setBusy] = useState(false);
  /** The confirmed prune the background is running, and whether the user pressed Cancel. */
  const running = useRef<{ pruneId: string; shown: PrunePreview; cancelled: boolean } | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const loadStatus = () => {
    sendMessage('retentionStatus', undefined).then(setAuto, () => setAuto(null));
  };
  // savedDays: a saved change can switch automatic pruning off (or back on).
  useEffect(loadStatus, [savedDays]);
  // A preview counted with another saved retention (saved since, here or in another tab) no
  // longer says what pruning deletes: it goes, and the page says so. The background would refuse
  // its confirmation anyway; a prune already confirmed says what happened itself.
  useEffect(() => {
    if (!preview || running.current || preview.retentionDays === savedDays) return;
    setPreview(null);
    setStatus(t('options.prune.retentionChanged'));
  }, [savedDays, preview]);

  const ask = async () => {
    setBusy(true);
    setStatus(t('options.prune.counting'));
    const res = await sendMessage('previewPrune', undefined).catch(unanswered);
    setBusy(false);
    if (!res.ok)
      setStatus(
        'unanswered' in res
          ? noAnswer('options.prune.countNoAnswer', res.error)
          : t('options.prune.countFailed', res.error),
      );
    else if (res.preview.retentionDays === null) setStatus(t('options.prune.keepsEverything'));
    else {
      setPreview(res.preview);
      setStatus(null);
    }
  };
  const exportFirst = async () => {
    setBusy(true);
    try {
      setStatus(await exportFile('json', null, new Date(), download));
    } catch (e) {
      // The database read, or the file made or handed to the browser: the user's sentence, the
      // browser's words (often English) folded after it.
      setStatus(withRawError(t('options.prune.exportFailed'), rawError(e)));
    } finally {
      setBusy(false);
    }
  };
  const confirm = async (shown: PrunePreview) => {
    const run = { pruneId: crypto.randomUUID(), shown, cancelled: false };
    running.current = run;
    setBusy(true);
    setStatus(null);
    const res = await sendMessage('pruneNow', { ...shown, pruneId: run.pruneId }).catch(unanswered);
    running.current = null;
    setBusy(false);
    setCancelling(false);
    setPreview(null);
    // The prune's own answer says what happened, whenever Cancel was pressed. No answer leaves
    // unknown whether it ran.
    if (!res.ok)
      setStatus(
        'unanswered' in res
          ? noAnswer('options.prune.noAnswer', res.error)
          : 'cancelled' in res
            ? res.error
            : t('options.prune.failed', res.error),
      );
    else {
      const removed = removedText(res.removed);
      setStatus(run.cancelled ? t('options.prune.tooLate', removed) : removed);
    }
    loadStatus();
  };
  const cancelPrune = () => {
    const run = running.current;
    if (!run) return;
    run.cancelled = true;
    setCancelling(true);
    // pruneNow answers once the transaction is aborted (or had committed): that answer is shown.
    void sendMessage('cancelPrune', { pruneId: run.pruneId }).catch(() => {});
  };
  const cancel = () => {
    setPreview(null);
    setStatus(t('options.prune.nothingDeleted'));
  };

  const note = auto ? automaticText(auto, locale) : null;
  // A storage failure's answer (describeStorageError), no answer at all, or a failed export, in the
  // status: its sentence said, the browser's raw error folded after it.
  return (
    <div class="prune">
      {note ? <p class="muted">{note}</p> : null}
      {preview ? (
        <fieldset>
          <legend>{t('options.prune.legend')}</legend>
          <p>{previewText(preview, locale)}</p>
          <p class="muted">{consentText(preview)}</p>
          <button type="button" disabled={busy} onClick={exportFirst}>
            {t('options.prune.exportFirst')}
          </button>{' '}
          <button type="button" class="danger" disabled={busy} onClick={() => confirm(preview)}>
            {confirmLabel(preview)}
          </button>{' '}
          <button type="button" disabled={busy} onClick={cancel}>
            {t('common.cancel')}
          </button>
        </fieldset>
      ) : (
        <button type="button" onClick={ask} disabled={disabled || busy}>
          {t('options.prune.now')}
        </button>
      )}
      {running.current ? (
        <p>
          <span role="status">
            {cancelling ? t('options.prune.cancelling') : deletingText(running.current.shown)}
          </span>{' '}
          <progress aria-label={t('options.prune.progress')} />{' '}
          <button type="button" disabled={cancelling} onClick={cancelPrune}>
            {t('options.prune.cancel')}
          </button>
        </p>
      ) : null}
      {status ? <InlineFoldedMessage message={status} role="status" /> : null}
    </div>
  );
}
