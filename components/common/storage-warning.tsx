// The background's storage failures (the last write that is tried again, each action that was not
// done and not yet dismissed, a failed automatic prune), readings not in the database (waiting to
// be stored, or lost), and what the batch check changed in readings it stored (left out, stored as
// unknown, cut, re-dated by a clock set back), shown where the user will see them: popup, options
// and dashboard. A Dismiss that fails (no answer, storage refused its note, the background refused
// it) says so beside its notice, the raw error folded as every failed action folds it.
import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { formatDateTime } from '@/lib/format';
import { type NotDoneAction, STORAGE_PROBLEM_DISMISSED_KEY } from '@/lib/messages';
import { type CheckedReadings, type StorageStatus, sendMessage, type UnsavedReadings } from '@/lib/messaging';
import { splitStorageError, withRawError } from '@/lib/store';
import { t, tn, uiLocale } from '../../lib/i18n';
import { ErrorDetails, FoldedMessage, rawError } from './action-failed';

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

/** The notices with a Dismiss, each told apart for where a failed Dismiss is said. */
type Dismissable = 'notDone' | 'unsaved' | 'checked';

/**
 * Runs a notice's Dismiss: `write` notes the dismissal (false: the background refused what it was
 * sent), then `reread` shows the notices as they are now. Answers what the page must say (its
 * sentence, the raw error enclosed), or null when both went through: a Dismiss that fails leaves
 * its notice up, and the user must learn why rather than see nothing happen.
 */
async function runDismiss(
  write: () => Promise<boolean>,
  reread: () => Promise<unknown>,
): Promise<string | null> {
  try {
    if (!(await write())) return t('common.storage.dismissRefused');
  } catch (e) {
    // No answer (the worker restarting) or storage refused the note: the notice stays.
    return withRawError(t('common.storage.dismissFailed'), rawError(e));
  }
  try {
    await reread();
    return null;
  } catch (e) {
    return withRawError(t('common.storage.dismissedNotReread'), rawError(e));
  }
}

export function StorageWarning() {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [unsaved, setUnsaved] = useState<UnsavedReadings | null>(null);
  const [checked, setChecked] = useState<CheckedReadings | null>(null);
  // The last Dismiss that failed, said beside its notice until the next Dismiss.
  const [failed, setFailed] = useState<{ notice: Dismissable; message: string } | null>(null);
  const dismissWith = (
    notice: Dismissable,
    write: () => Promise<boolean>,
    reread: () => Promise<unknown>,
  ) => {
    setFailed(null);
    void runDismiss(write, reread).then((message) =>
      setFailed(message === null ? null : { notice, message }),
    );
  };
  // Said after the notice's own line, whose Dismiss keeps focus for another try: nothing before it
  // is added or taken away, so the button is not drawn anew.
  const failedFor = (notice: Dismissable) =>
    failed?.notice === notice ? (
      <FoldedMessage message={failed.message} role="alert" class="error dismiss-failed" />
    ) : null;
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
    dismissWith(
      'unsaved',
      () => sendMessage('dismissUnsaved', { lost: unsaved.lost, at: unsaved.at }),
      () => sendMessage('unsavedReadings', undefined).then(setUnsaved),
    );
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
    dismissWith(
      'notDone',
      async () => {
        const before = (await browser.storage.local.get(STORAGE_PROBLEM_DISMISSED_KEY))[
          STORAGE_PROBLEM_DISMISSED_KEY
        ];
        const noted = typeof before === 'number' && Number.isFinite(before) ? Math.max(before, at) : at;
        await browser.storage.local.set({ [STORAGE_PROBLEM_DISMISSED_KEY]: noted });
        return true;
      },
      () => sendMessage('storageStatus', undefined).then(setStatus),
    );
  };
  // The same for the check's changes: those noted after the counts were read stay.
  const dismissChecked = () => {
    if (!checked) return;
    const { dropped, nulled, cut, retimed, at } = checked;
    dismissWith(
      'checked',
      () => sendMessage('dismissChecked', { dropped, nulled, cut, retimed, at }),
      () => sendMessage('checkedReadings', undefined).then(setChecked),
    );
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
          {failedFor('notDone')}
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
      {unsaved && unsaved.lost > 0 ? failedFor('unsaved') : null}
      {checked && changes.length > 0 ? (
        <div class="storage-warning checked-readings" role="status">
          <p>
            <strong>{t('common.storage.checked')}</strong>
            {checked.at !== null ? ` (${formatDateTime(checked.at, uiLocale())})` : ''}: {changes.join('; ')}.{' '}
            <button type="button" onClick={dismissChecked}>
              {t('common.storage.dismiss')}
            </button>
          </p>
          {failedFor('checked')}
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
