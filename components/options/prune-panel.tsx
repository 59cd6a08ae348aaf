// "Prune now" in two steps: the background counts what the saved retention would delete, the
// page shows it and offers an export, and only the user's confirmation (carrying that preview, so
// the background deletes what was shown and nothing newer) deletes anything. While it deletes,
// Cancel (cancelPrune) aborts its one transaction unless it has already committed.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Download } from '@/components/common/download';
import { exportFile } from '@/components/common/export-file';
import { type PrunePreview, type RetentionStatus, sendMessage } from '@/lib/messaging';
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

const failure = (e: unknown) => ({ ok: false as const, error: e instanceof Error ? e.message : String(e) });

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

  const ask = async () => {
    setBusy(true);
    setStatus('Counting…');
    const res = await sendMessage('previewPrune', undefined).catch(failure);
    setBusy(false);
    if (!res.ok) setStatus(`Could not count what pruning deletes: ${res.error}`);
    else if (res.preview.retentionDays === null)
      setStatus('The saved setting keeps every snapshot: save a number of days first.');
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
      setStatus(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };
  const confirm = async (shown: PrunePreview) => {
    const run = { pruneId: crypto.randomUUID(), shown, cancelled: false };
    running.current = run;
    setBusy(true);
    setStatus(null);
    const res = await sendMessage('pruneNow', { ...shown, pruneId: run.pruneId }).catch(failure);
    running.current = null;
    setBusy(false);
    setCancelling(false);
    setPreview(null);
    // The prune's own answer says what happened, whenever Cancel was pressed.
    if (!res.ok) setStatus('cancelled' in res ? res.error : `Prune failed: ${res.error}`);
    else {
      const removed = removedText(res.removed, locale);
      setStatus(run.cancelled ? `Already finished, too late to cancel. ${removed}` : removed);
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
    setStatus('Nothing was deleted.');
  };

  const note = auto ? automaticText(auto, locale) : null;
  return (
    <div class="prune">
      {note ? <p class="muted">{note}</p> : null}
      {preview ? (
        <fieldset>
          <legend>What pruning deletes</legend>
          <p>{previewText(preview, locale)}</p>
          <p class="muted">{consentText(preview, locale)}</p>
          <button type="button" disabled={busy} onClick={exportFirst}>
            Export everything first
          </button>{' '}
          <button type="button" class="danger" disabled={busy} onClick={() => confirm(preview)}>
            {confirmLabel(preview, locale)}
          </button>{' '}
          <button type="button" disabled={busy} onClick={cancel}>
            Cancel
          </button>
        </fieldset>
      ) : (
        <button type="button" onClick={ask} disabled={disabled || busy}>
          Prune now
        </button>
      )}
      {running.current ? (
        <p>
          <span role="status">
            {cancelling ? 'Cancelling…' : deletingText(running.current.shown, locale)}
          </span>{' '}
          <progress aria-label="Pruning" />{' '}
          <button type="button" disabled={cancelling} onClick={cancelPrune}>
            Cancel prune
          </button>
        </p>
      ) : null}
      {status ? <span role="status"> {status}</span> : null}
    </div>
  );
}
