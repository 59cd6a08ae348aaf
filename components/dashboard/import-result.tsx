// The result of a finished import: what it added, and what else it has to say (what differed from
// the preview, what was kept, the sets, tags and notes, the stars).

import type { ImportCounts } from '@/lib/messaging';
import {
  type AnnotationsAdded,
  annotationsAddedText,
  type StarsImported,
  starsAdded,
  starsAddedText,
} from '@/lib/transfer';
import { t } from '../../lib/i18n';
import { addsNothing, listsRecords } from './import-adds';
import { addedText } from './import-counts-text';
import type { ImportPreview } from './import-pipeline';

/** late: Cancel was pressed after the transaction had committed. */
/** changed: what the preview said, when the import added otherwise (the data changed since). */
/** records: the file held posts or authors (addedText); annotations: the sets, tags and notes added. */
export interface DoneState {
  kind: 'done';
  added: ImportCounts;
  records: boolean;
  late: boolean;
  kept?: string;
  annotations?: AnnotationsAdded;
  annotationsNote: string;
  /** annotationsNote says the sets, tags and notes could not be saved. */
  annotationsFailed?: boolean;
  /** What keeping the file's stars added and left out (undefined: none in the file, or not saved). */
  stars?: StarsImported;
  /** The stars left out for want of room, or why they could not be saved ("" or absent: neither). */
  starsNote?: string;
  /** starsNote says the stars could not be saved. */
  starsFailed?: boolean;
  changed?: ImportPreview;
}

/**
 * What a finished import says it added. A file of records: their counts, then the sets, tags and
 * notes in a sentence of their own; a file of sets, tags and notes alone: only those, in the list
 * ("Imported: added 2 author sets and 1 note."), never "0 posts" first. The stars added follow in
 * a sentence of their own; a file that added nothing else says only that.
 */
export function DoneText({ state }: { state: DoneState }) {
  const { records, annotations } = state;
  const result = { ...state.added, ...(annotations && { annotations }) };
  const nothing = addsNothing(records, result);
  const stars = starsAdded(state.stars);
  const notes = [state.annotationsNote, state.starsNote ?? ''].filter((n) => n !== '');
  // Nothing else was added, and what else the file held could not be saved: that is all to say.
  if (nothing && stars === 0 && (state.annotationsFailed || state.starsFailed))
    return (
      <p class="error" role="alert">
        {notes.join(' ')}
      </p>
    );
  const counted = listsRecords(records, result);
  const added = nothing
    ? ''
    : addedText({ ...state.added, ...(!counted && annotations && { annotations }) }, counted);
  const head = nothing
    ? stars > 0
      ? ''
      : t('dashboard.import.doneNothing')
    : state.late
      ? t('dashboard.import.doneLateCounts', added)
      : t('dashboard.import.doneCounts', added);
  const more = counted && annotations ? annotationsAddedText(annotations) : '';
  const said = [
    head,
    state.changed ? t('dashboard.import.differsFromPreview', addedText(state.changed, records)) : '',
    state.kept ?? '',
    more,
    starsAddedText(state.stars),
    ...notes,
  ];
  return <p role="status">{said.filter((s) => s !== '').join(' ')}</p>;
}
