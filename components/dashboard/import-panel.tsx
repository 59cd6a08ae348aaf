// Import a PostLens JSON export: check it, show what it adds, then let the background merge it.
// A file with any problem writes nothing; the panel lists the problems (where, what, why).
// Cancel: while the file is read and checked nothing has been sent, so it just stops; while the
// background writes, cancelImport aborts its one transaction unless it has already committed.
import { useEffect, useRef, useState } from 'preact/hooks';
import { type ImportCounts, sendMessage } from '@/lib/messaging';
import {
  type AnnotationsAdded,
  annotationsAddedParts,
  annotationsAddedText,
  campaignsOf,
  type ExportV1,
  type ExportV2,
  type ImportProblem,
  keepImportedAnnotations,
} from '@/lib/transfer';
import { t, tn } from '../../lib/i18n';
import {
  countFailed,
  countImport,
  type ImportPreview,
  importCancelledEarly,
  type Prepared,
  prepareImport,
  recordsOf,
  type Stage,
  stageText,
  type WriteStage,
} from './import-pipeline';

/** How many problems the panel lists; the rest are counted. */
export const SHOWN_PROBLEMS = 50;

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; stage: Stage | WriteStage; cancelling?: boolean }
  | { kind: 'ready'; prepared: Extract<Prepared, { ok: true }> }
  /** late: Cancel was pressed after the transaction had committed. */
  /** changed: what the preview said, when the import added otherwise (the data changed since). */
  /** records: the file held posts or authors (addedText); annotations: the sets, tags and notes added. */
  | {
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
  | { kind: 'cancelled'; message: string }
  | { kind: 'error'; message: string }
  | { kind: 'refused'; problems: ImportProblem[]; total: number };

/**
 * What an import adds, in words, each count worded for its number ("1 post, 2 snapshots, 0 authors
 * and 1 follower reading"); the campaigns too when it adds any (a version 1 file has none), and
 * the author sets, tags and notes it adds (a preview counts them; the background's answer cannot).
 * records false (listsRecords: a file of no posts and no authors, or one that adds no record but
 * sets, tags or notes): the four record counts, all 0, are left out when something else is added,
 * so a file of notes alone reads "adds 3 notes", not "adds 0 posts".
 */
function addedText(c: ImportPreview, records = true): string {
  const others = [
    ...(c.campaigns !== undefined && c.campaigns > 0
      ? [tn('dashboard.import.count.campaigns', c.campaigns)]
      : []),
    ...(c.annotations ? annotationsAddedParts(c.annotations) : []),
  ];
  return listText([
    ...(records || others.length === 0
      ? [
          tn('dashboard.import.count.posts', c.posts),
          tn('dashboard.import.count.snapshots', c.snapshots),
          tn('dashboard.import.count.authors', c.authors),
          tn('dashboard.import.count.followerReadings', c.followerSnapshots),
        ]
      : []),
    ...others,
  ]);
}

/** Counts in words as one list: "1 post, 2 snapshots and 1 author". */
function listText(parts: string[]): string {
  if (parts.length === 1) return parts[0]!;
  return t('dashboard.import.lastCount', parts.slice(0, -1).join(', '), parts[parts.length - 1]!);
}

/**
 * What a file holds, in words, the kinds it holds none of left out ("2 posts, 3 snapshots and 1
 * author"): the preview of a file whose every record is stored already names these instead.
 */
function heldText(data: ExportV1 | ExportV2): string {
  let snapshots = 0;
  for (const p of data.posts) snapshots += p.snapshots.length;
  let followerSnapshots = 0;
  for (const a of data.authors) followerSnapshots += a.followerSnapshots.length;
  const held: Array<[number, string]> = [
    [data.posts.length, 'dashboard.import.count.posts'],
    [snapshots, 'dashboard.import.count.snapshots'],
    [data.authors.length, 'dashboard.import.count.authors'],
    [followerSnapshots, 'dashboard.import.count.followerReadings'],
    [campaignsOf(data).length, 'dashboard.import.count.campaigns'],
  ];
  return listText(held.filter(([n]) => n > 0).map(([n, key]) => tn(key, n)));
}

/** Whether a file holds records (posts or authors): else its result names only what else it adds. */
const hasRecords = (data: ExportV1 | ExportV2) => data.posts.length > 0 || data.authors.length > 0;

/**
 * The preview's sentence on the file's readings of stored moments that differ from the stored ones
 * (previewImport's differing, which countImport passes on): the import leaves them as they are, so
 * they add nothing, yet the user learns of them before Import, not only after. '' for none.
 */
function differingText(c: ImportPreview): string {
  const n = c.differing ?? 0;
  return n > 0 ? ` ${tn('dashboard.import.readyDiffering', n)}` : '';
}

/** Whether a merge of sets, tags and notes added any (undefined: none merged). */
const addsAnnotations = (a: AnnotationsAdded | undefined) => !!a && a.sets + a.tags + a.notes > 0;

/**
 * Whether an import adds nothing at all: no post, snapshot, author, follower reading or campaign,
 * and no set, tag or note that is not stored already. Such a preview offers no Import (Close), for
 * "adds 0 posts, 0 snapshots…" with Import reads as if the file brought something.
 */
const addsNone = (c: ImportPreview) => recordsOf(c) === 0 && !addsAnnotations(c.annotations);

/**
 * Whether a file of no records adds nothing: no campaign, set, tag or note that is not stored
 * already. Its preview and result say so ("Nothing to import"), for "added 0 posts, 0 snapshots…"
 * would name records the file never held.
 */
const addsNothing = (records: boolean, c: ImportPreview) => !records && addsNone(c);

/**
 * Whether an import's words list the four record counts (addedText's records): a file of records
 * does, unless it adds no record (nor campaign) but sets, tags or notes, which are then named
 * alone ("adds 1 author set and 2 tags", not "adds 0 posts, 0 snapshots…"), in its preview and its
 * result alike.
 */
const listsRecords = (records: boolean, c: ImportPreview) =>
  records && (recordsOf(c) > 0 || !addsAnnotations(c.annotations));

/**
 * What a finished import says it added. A file of records: their counts, then the sets, tags and
 * notes in a sentence of their own; a file of sets, tags and notes alone: only those, in the list
 * ("Imported: added 2 author sets and 1 note."), never "0 posts" first.
 */
function DoneText({ state }: { state: Extract<State, { kind: 'done' }> }) {
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

/**
 * Whether an import added other counts than its preview said: the data changed after the preview
 * was counted (another tab or window imported, recorded or deleted, or changed the sets, tags and
 * notes), which the result then says. annotations: what keeping the file's sets, tags and notes
 * added (undefined when none were kept: none in the file, or a failure the result says itself).
 */
const differs = (a: ImportCounts, b: ImportPreview, annotations?: AnnotationsAdded) =>
  a.posts !== b.posts ||
  a.snapshots !== b.snapshots ||
  a.authors !== b.authors ||
  a.followerSnapshots !== b.followerSnapshots ||
  (a.campaigns ?? 0) !== (b.campaigns ?? 0) ||
  (annotations !== undefined &&
    (annotations.sets !== (b.annotations?.sets ?? 0) ||
      annotations.tags !== (b.annotations?.tags ?? 0) ||
      annotations.notes !== (b.annotations?.notes ?? 0)));

interface Props {
  onImported: () => void;
  /**
   * Changes when the data changed from this view (Delete all data): a preview counted before then
   * is counted again, so that it says what Import then adds.
   */
  dataChanged?: number;
}

export function ImportPanel({ onImported, dataChanged = 0 }: Props) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  /** The file being read and checked, or its preview counted again (page side: nothing sent yet). */
  const preparing = useRef<AbortController | null>(null);
  /** The dataChanged of the last render, read when a file's preview has been counted. */
  const changes = useRef(dataChanged);
  changes.current = dataChanged;
  /** The dataChanged a preview shown was counted at. */
  const countedAt = useRef(dataChanged);
  /** The import the background is writing, and whether the user pressed Cancel. */
  const writing = useRef<{ importId: string; cancelled: boolean } | null>(null);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    const controller = new AbortController();
    preparing.current = controller;
    setState({ kind: 'busy', stage: { stage: 'reading', fraction: 0 } });
    const onStage = (stage: Stage) => {
      if (!controller.signal.aborted) setState({ kind: 'busy', stage });
    };
    const at = changes.current;
    const prepared = await prepareImport(file, onStage, {}, controller.signal);
    if (preparing.current === controller) preparing.current = null;
    // Cancelled: the panel already says so.
    if (controller.signal.aborted) return;
    if (prepared.ok) {
      countedAt.current = at;
      setState({ kind: 'ready', prepared });
    } else if (prepared.problems?.length) {
      setState({
        kind: 'refused',
        problems: prepared.problems,
        total: prepared.total ?? prepared.problems.length,
      });
    } else setState({ kind: 'error', message: prepared.error });
  };

  // The data changed under the preview shown (or being counted): count it again, as the file was.
  const stale = state.kind === 'ready' && countedAt.current !== dataChanged;
  useEffect(() => {
    if (!stale || state.kind !== 'ready') return;
    const { prepared } = state;
    const at = dataChanged;
    const controller = new AbortController();
    preparing.current = controller;
    setState({ kind: 'busy', stage: { stage: 'comparing' } });
    countImport(prepared.data)
      .then(
        (preview) => {
          if (controller.signal.aborted) return;
          countedAt.current = at;
          setState({ kind: 'ready', prepared: { ...prepared, preview } });
        },
        (e: unknown) => {
          if (controller.signal.aborted) return;
          setState({ kind: 'error', message: countFailed(e) });
        },
      )
      .finally(() => {
        if (preparing.current === controller) preparing.current = null;
      });
  });

  const confirm = async (p: Extract<Prepared, { ok: true }>) => {
    const run = { importId: crypto.randomUUID(), cancelled: false };
    writing.current = run;
    setState({ kind: 'busy', stage: { stage: 'importing', records: recordsOf(p.preview) } });
    // The file as parsed, not p.data: the background checks and merges it itself, and only its
    // own check of the raw file sees (and so names) handles the file spells two ways.
    const res = await sendMessage('importData', { importId: run.importId, file: p.file }).catch(
      (e: unknown) => ({ ok: false as const, error: e instanceof Error ? e.message : String(e) }),
    );
    writing.current = null;
    // The write's own answer says what happened, whenever Cancel was pressed.
    if (!res.ok && 'cancelled' in res) return setState({ kind: 'cancelled', message: res.error });
    if (!res.ok) return setState({ kind: 'error', message: res.error });
    // Sets, tags and notes go to storage.local only now, after the database has committed.
    const annotations = await keepImportedAnnotations(p.data);
    setState({
      kind: 'done',
      added: res.added,
      records: hasRecords(p.data),
      late: run.cancelled,
      kept: res.kept,
      annotations: annotations.added,
      annotationsNote: annotations.note,
      annotationsFailed: annotations.failed,
      ...(differs(res.added, p.preview, annotations.added) && { changed: p.preview }),
    });
    onImported();
  };

  const cancel = () => {
    const run = writing.current;
    if (run) {
      run.cancelled = true;
      setState((s) => (s.kind === 'busy' ? { ...s, cancelling: true } : s));
      // importData answers once the transaction is aborted (or had committed): that answer is shown.
      void sendMessage('cancelImport', { importId: run.importId }).catch(() => {});
      return;
    }
    preparing.current?.abort();
    preparing.current = null;
    setState({ kind: 'cancelled', message: importCancelledEarly() });
  };

  const busy = state.kind === 'busy';
  return (
    <section class="import" aria-label={t('dashboard.import.region')}>
      <h2>{t('dashboard.import.heading')}</h2>
      <p class="muted">{t('dashboard.import.intro')}</p>
      <label>
        {t('dashboard.import.choose')}{' '}
        <input
          type="file"
          accept="application/json,.json"
          disabled={busy}
          onChange={(e) => {
            const input = e.currentTarget;
            void choose(input.files?.[0]);
            input.value = '';
          }}
        />
      </label>
      {state.kind === 'busy' ? (
        <p>
          <span role="status">
            {state.cancelling ? t('dashboard.import.cancelling') : stageText(state.stage)}
          </span>
          {state.stage.stage === 'reading' && state.stage.fraction !== null ? (
            <progress
              max={1}
              value={state.stage.fraction}
              aria-label={t('dashboard.import.readingProgress')}
            />
          ) : (
            <progress aria-label={t('dashboard.import.working')} />
          )}{' '}
          <button type="button" disabled={state.cancelling} onClick={cancel}>
            {t('dashboard.import.cancel')}
          </button>
        </p>
      ) : null}
      {state.kind === 'cancelled' ? <p role="status">{state.message}</p> : null}
      {state.kind === 'error' ? (
        <p class="error" role="alert">
          {state.message}
        </p>
      ) : null}
      {state.kind === 'refused' ? <ProblemReport problems={state.problems} total={state.total} /> : null}
      {state.kind === 'ready' && addsNone(state.prepared.preview) ? (
        <div class="import-preview" role="status">
          <p>
            {hasRecords(state.prepared.data)
              ? t('dashboard.import.readyAllStored', state.prepared.fileName, heldText(state.prepared.data))
              : t('dashboard.import.readyNothing', state.prepared.fileName)}
            {differingText(state.prepared.preview)}
          </p>
          <button type="button" onClick={() => setState({ kind: 'idle' })}>
            {t('dashboard.import.close')}
          </button>
        </div>
      ) : state.kind === 'ready' ? (
        <div class="import-preview" role="status">
          <p>
            {t(
              'dashboard.import.readyCounts',
              state.prepared.fileName,
              tn('dashboard.import.count.posts', state.prepared.data.posts.length),
              addedText(
                state.prepared.preview,
                listsRecords(hasRecords(state.prepared.data), state.prepared.preview),
              ),
            )}
            {differingText(state.prepared.preview)}
          </p>
          <button type="button" class="primary" onClick={() => confirm(state.prepared)}>
            {t('dashboard.import.confirm')}
          </button>{' '}
          <button type="button" onClick={() => setState({ kind: 'idle' })}>
            {t('dashboard.import.dismiss')}
          </button>
        </div>
      ) : null}
      {state.kind === 'done' ? <DoneText state={state} /> : null}
    </section>
  );
}

/** The problems of a refused file: the first SHOWN_PROBLEMS in a table, and how many more there are. */
export function ProblemReport({ problems, total }: { problems: ImportProblem[]; total: number }) {
  const shown = problems.slice(0, SHOWN_PROBLEMS);
  const more = total - shown.length;
  return (
    <div class="error" role="alert">
      <p>{tn('dashboard.import.refused', total)}</p>
      <table class="import-problems">
        <thead>
          <tr>
            <th scope="col">{t('dashboard.import.where')}</th>
            <th scope="col">{t('dashboard.import.value')}</th>
            <th scope="col">{t('dashboard.import.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((p, i) => (
            <tr key={i}>
              <td>
                <code>{p.path}</code>
              </td>
              <td>
                <code>{p.value}</code>
              </td>
              <td>{p.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {more > 0 ? <p>{tn('dashboard.import.moreProblems', more)}</p> : null}
    </div>
  );
}
