// The preview of a checked file: what Import adds to the data as it is now, with Import and
// Dismiss; a file that adds nothing says what it holds (or that it holds nothing) and offers Close.

import { t, tn } from '../../lib/i18n';
import { addsNone, hasRecords, listsRecords } from './import-adds';
import { addedText, differingText, heldText, notTakenText, respelledText } from './import-counts-text';
import type { Prepared } from './import-pipeline';

interface Props {
  prepared: Extract<Prepared, { ok: true }>;
  onConfirm: () => void;
  /** Dismiss, or Close: back to choosing a file. */
  onClose: () => void;
}

export function ImportPreviewOffer({ prepared, onConfirm, onClose }: Props) {
  if (addsNone(prepared.preview))
    return (
      <div class="import-preview" role="status">
        <p>
          {hasRecords(prepared.data)
            ? t('dashboard.import.readyAllStored', prepared.fileName, heldText(prepared.data))
            : t('dashboard.import.readyNothing', prepared.fileName)}
          {differingText(prepared.preview)}
          {notTakenText(prepared.preview)}
          {respelledText(prepared.respelled)}
        </p>
        <button type="button" onClick={onClose}>
          {t('dashboard.import.close')}
        </button>
      </div>
    );
  return (
    <div class="import-preview" role="status">
      <p>
        {t(
          'dashboard.import.readyCounts',
          prepared.fileName,
          tn('dashboard.import.count.posts', prepared.data.posts.length),
          addedText(prepared.preview, listsRecords(hasRecords(prepared.data), prepared.preview)),
        )}
        {differingText(prepared.preview)}
        {notTakenText(prepared.preview)}
        {respelledText(prepared.respelled)}
      </p>
      <button type="button" class="primary" onClick={onConfirm}>
        {t('dashboard.import.confirm')}
      </button>{' '}
      <button type="button" onClick={onClose}>
        {t('dashboard.import.dismiss')}
      </button>
    </div>
  );
}
