// The background's storage failures (the last write that is tried again, each action that was not
// done and not yet dismissed, a failed automatic prune), readings not in the database (waiting to
// be stored, or lost), and what the batch check changed in readings it stored (left out, stored as
// unknown, cut, re-dated by a clock set back), shown where the user will see them: popup, options and dashboard.
import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { formatDateTime } from '@/lib/format';
import { type NotDoneAction, STORAGE_PROBLEM_DISMISSED_KEY } from '@/lib/messages';
import { type CheckedReadings, type StorageStatus, sendMessage, type UnsavedReadings } from '@/lib/messaging';
import { splitStorageError } from '@/lib/store';
import { t, tn, uiLocale } from '../../lib/i18n';
import { ErrorDetails } from './action-failed';

/** The sentence naming each action that was not done. */
const NOT_DONE_SENTENCE: Readonly<Record<NotDoneAction, () => string>> = {
  importData: () => t('common.storage.notDoneAction.importData'),
  deletePost: () => t('common.storage.notDoneAction.deletePost'),
  deleteAuthor: () => t('common.storage.notDoneAction.deleteAuthor'),
  deleteAll: () => t('common.storage.notDoneAction.deleteAll'),
  deleteCampaign: () => t('common.storage.notDoneAction.deleteCampaign'),
  campaign: () => t('common.storage.notDoneAction.campaign'),
  pruneNow: () => t('common.storage.notDoneAction.pruneNow'),
  deletedKept: () => t('common.storage.notDoneAction.deletedKept'),
};

/**
 * What was not done, in the user's words: the action's sentence, or the generic one for a failure
 * without a name or with one this version does not know (storage.local may hold any value).
 */
function notDoneSentence(action: unknown): string {
  return typeof action === 'string' && Object.hasOwn(NOT_DONE_SENTENCE, action)
    ? NOT_DONE_SENTENCE[action as NotDoneAction]()
    : t('common.storage.notDone');
}

export function StorageWarning() {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [unsaved, setUnsaved] = useState<UnsavedReadings | null>(null);
  const [checked, setChecked] = useState<CheckedReadings | null>(null);
  useEffect(() => {
    sendMessage('checkedReadings', undefined)
      .then(setChecked)
      .catch(() => setChecked(null));
    sendMessage('storageStatus', undefined)
      .then(setStatus)
      .catch(() => setStatus(null));
    sendMessage('unsavedReadings', undefined)
      .then(setUnsaved)
      .catch(() => setUnsaved(null));
  }, []);
  // Dismisses the readings this notice counted; any lost since it was read show at once. `at`, the
  // time of the newest loss it counted, tells the background which those were: this page may have
  // been open while another dismissed them and new ones came, and those must stay.
  const dismiss = () => {
    if (!unsaved) return;
    sendMessage('dismissUnsaved', { lost: unsaved.lost, at: unsaved.at })
      .then((ok) => (ok ? sendMessage('unsavedReadings', undefined).then(setUnsaved) : undefined))
      .catch(() => {});
  };
  // The failed actions, newest first, and how many earlier ones the background no longer lists.
  const notDone = status?.notDone ? [status.notDone, ...(status.notDoneEarlier ?? [])] : [];
  const omitted = status?.notDoneOmitted;
  // The failed actions the user has read, all at once: the page notes the time of the newest it
  // showed, never an earlier time than noted (another page may have dismissed a newer one), and the
  // background tells none up to it; one that fails after it shows.
  const dismissNotDone = () => {
    if (notDone.length === 0) return;
    const at = Math.max(...notDone.map((f) => f.at), omitted?.at ?? Number.NEGATIVE_INFINITY);
    browser.storage.local
      .get(STORAGE_PROBLEM_DISMISSED_KEY)
      .then((kept) => {
        const before = kept[STORAGE_PROBLEM_DISMISSED_KEY];
        const noted = typeof before === 'number' && Number.isFinite(before) ? Math.max(before, at) : at;
        return browser.storage.local.set({ [STORAGE_PROBLEM_DISMISSED_KEY]: noted });
      })
      .then(() => sendMessage('storageStatus', undefined).then(setStatus))
      .catch(() => {});
  };
  // The same for the check's changes: those noted after the counts were read stay.
  const dismissChecked = () => {
    if (!checked) return;
    const { dropped, nulled, cut, retimed, at } = checked;
    sendMessage('dismissChecked', { dropped, nulled, cut, retimed, at })
      .then((ok) => (ok ? sendMessage('checkedReadings', undefined).then(setChecked) : undefined))
      .catch(() => {});
  };
  // Each failure's sentence in the user's words, its raw error apart (a text an older version stored
  // is shown whole).
  const lastError = status?.lastError ? splitStorageError(status.lastError) : null;
  const autoPrune = status?.autoPrune ? splitStorageError(status.autoPrune.error) : null;
  const changes = checked
    ? [
        checked.dropped > 0 ? tn('common.storage.checkedDropped', checked.dropped) : '',
        checked.nulled > 0 ? tn('common.storage.checkedNulled', checked.nulled) : '',
        checked.cut > 0 ? tn('common.storage.checkedCut', checked.cut) : '',
        checked.retimed > 0 ? tn('common.storage.checkedRetimed', checked.retimed) : '',
      ].filter(Boolean)
    : [];
  return (
    <>
      {status && lastError ? (
        <div class="storage-warning" role="alert">
          <p>
            <strong>{t('common.storage.problem')}</strong>
            {status.at !== null ? ` (${formatDateTime(status.at, uiLocale())})` : ''}: {lastError.text}
          </p>
          <ErrorDetails raw={lastError.raw} />
        </div>
      ) : null}
      {notDone.length > 0 ? (
        <div class="storage-warning not-done" role="alert">
          {notDone.map((f, i) => {
            const { text, raw } = splitStorageError(f.error);
            return (
              // The list is drawn whole each time (nothing in a line keeps state): its place is its key.
              <Fragment key={i}>
                <p>
                  <strong>{notDoneSentence(f.action)}</strong> ({formatDateTime(f.at, uiLocale())}): {text}
                </p>
                <ErrorDetails raw={raw} />
              </Fragment>
            );
          })}
          <p>
            {omitted ? <>{tn('common.storage.notDoneOmitted', omitted.count)} </> : null}
            <button type="button" onClick={dismissNotDone}>
              {t('common.storage.dismiss')}
            </button>
          </p>
        </div>
      ) : null}
      {status?.autoPrune && autoPrune ? (
        <div class="storage-warning auto-prune-failed" role="alert">
          <p>
            <strong>{t('common.storage.autoPruneFailed')}</strong> (
            {formatDateTime(status.autoPrune.at, uiLocale())}):{' '}
            {t('common.storage.autoPruneNothingDeleted', autoPrune.text.replace(/\.$/, ''))}
          </p>
          <ErrorDetails raw={autoPrune.raw} />
        </div>
      ) : null}
      {unsaved && unsaved.waiting > 0 ? (
        <p class="storage-warning unsaved-waiting" role="alert">
          <strong>{t('common.storage.notSavedYet')}</strong>: {tn('common.storage.waiting', unsaved.waiting)}
        </p>
      ) : null}
      {unsaved && unsaved.lost > 0 ? (
        <p class="storage-warning unsaved-lost" role="alert">
          <strong>{t('common.storage.readingsLost')}</strong>
          {unsaved.at !== null ? ` (${formatDateTime(unsaved.at, uiLocale())})` : ''}:{' '}
          {unsaved.reason
            ? tn('common.storage.lostBecause', unsaved.lost, unsaved.reason)
            : tn('common.storage.lost', unsaved.lost)}{' '}
          <button type="button" onClick={dismiss}>
            {t('common.storage.dismiss')}
          </button>
        </p>
      ) : null}
      {checked && changes.length > 0 ? (
        <div class="storage-warning checked-readings" role="status">
          <p>
            <strong>{t('common.storage.checked')}</strong>
            {checked.at !== null ? ` (${formatDateTime(checked.at, uiLocale())})` : ''}: {changes.join('; ')}.{' '}
            <button type="button" onClick={dismissChecked}>
              {t('common.storage.dismiss')}
            </button>
          </p>
          {checked.reasons.length > 0 ? (
            <details>
              <summary>{t('common.storage.checkedWhy')}</summary>
              <ul>
                {checked.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </details>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
