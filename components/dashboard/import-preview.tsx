// The preview of a checked file: what Import adds to the data as it is now, with Import and
// Dismiss; a file that adds nothing says what it holds (or that it holds nothing) and offers Close.
// The file's stars are counted here against those stored now, once the records' preview is shown:
// a file whose only news is stars still offers Import.

import { useEffect, useState } from 'preact/hooks';
import {
  previewImportedStars,
  type StarsImported,
  starsAdded,
  starsAddedText,
  starsNotKeptText,
} from '@/lib/transfer';
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

/**
 * What the file's stars would add to those stored now (undefined: none in the file, not counted
 * yet, or the watchlist could not be read, which the import's own write then meets and says).
 * Counted again with each preview counted (prepared.preview: the data changed under it).
 */
function useStarsPreview(prepared: Props['prepared']): StarsImported | undefined {
  const [stars, setStars] = useState<StarsImported | undefined>(undefined);
  useEffect(() => {
    let live = true;
    previewImportedStars(prepared.data).then(
      (s) => live && setStars(s),
      () => live && setStars(undefined),
    );
    return () => {
      live = false;
    };
  }, [prepared.data, prepared.preview]);
  return stars;
}

/** The preview's sentences on the file's stars: how many it adds, how many find no room. */
const starsText = (stars: StarsImported | undefined) =>
  [starsAddedText(stars, true), starsNotKeptText(stars, true)].map((s) => (s ? ` ${s}` : '')).join('');

export function ImportPreviewOffer({ prepared, onConfirm, onClose }: Props) {
  const stars = useStarsPreview(prepared);
  if (addsNone(prepared.preview) && starsAdded(stars) === 0)
    return (
      <div class="import-preview" role="status">
        <p>
          {hasRecords(prepared.data)
            ? t('dashboard.import.readyAllStored', prepared.fileName, heldText(prepared.data))
            : t('dashboard.import.readyNothing', prepared.fileName)}
          {differingText(prepared.preview)}
          {notTakenText(prepared.preview)}
          {respelledText(prepared.respelled)}
          {starsText(stars)}
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
        {starsText(stars)}
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
