// The result of a finished import: what it added, and what else it has to say (what differed from
// the preview, what was kept, the sets, tags and notes).

import type { ImportCounts } from '@/lib/messaging';
import { type AnnotationsAdded, annotationsAddedText } from '@/lib/transfer';
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
  changed?: ImportPreview;
}

/**
 * What a finished import says it added. A file of records: their counts, then the sets, tags and
 * notes in a sentence of their own; a file of sets, tags and notes alone: only those, in the list
 * ("Imported: added 2 author sets and 1 note."), never "0 posts" first.
 */
export function DoneText({ state }: { state: DoneState }) {
  const { records, annotations } = state;
  const result = { ...state.added, ...(annotations && { annotations }) };
  const nothing = addsNothing(records, result);
  // Nothing else was added, and the sets, tags and notes could not be saved: that is all to say.
  if (nothing && state.annotationsFailed)
    return (
      <p class="error" role="alert">
        {state.annotationsNote}
      </p>
    );
  const counted = listsRecords(records, result);
  const added = nothing
    ? ''
    : addedText({ ...state.added, ...(!counted && annotations && { annotations }) }, counted);
  const head = nothing
    ? t('dashboard.import.doneNothing')
    : state.late
      ? t('dashboard.import.doneLateCounts', added)
      : t('dashboard.import.doneCounts', added);
  const more = counted && annotations ? annotationsAddedText(annotations) : '';
  return (
    <p role="status">
      {head}
      {state.changed ? ` ${t('dashboard.import.differsFromPreview', addedText(state.changed, records))}` : ''}
      {state.kept ? ` ${state.kept}` : ''}
      {more ? ` ${more}` : ''}
      {state.annotationsNote ? ` ${state.annotationsNote}` : ''}
    </p>
  );
}
