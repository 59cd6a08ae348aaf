// Import a PostLens JSON export: check it, show what it adds, then let the background merge it.
// A file with any problem writes nothing; the panel lists the problems (where, what, why).
// Cancel: while the file is read and checked nothing has been sent, so it just stops; while the
// background writes, cancelImport aborts its one transaction unless it has already committed.
// The parts: import-file-chooser.tsx, import-progress.tsx, import-preview.tsx, import-result.tsx
// and import-problem-report.tsx; their words in import-counts-text.ts and import-adds.ts.
import { useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage } from '@/lib/messaging';
import { splitStorageError, withRawError } from '@/lib/store';
import { type ImportProblem, keepImportedAnnotations, keepImportedStars } from '@/lib/transfer';
import { t } from '../../lib/i18n';
import { FoldedMessage, unanswered } from '../common/action-failed';
import { differs, hasRecords } from './import-adds';
import { ImportFileChooser } from './import-file-chooser';
import {
  countFailed,
  countImport,
  importCancelledEarly,
  type Prepared,
  prepareImport,
  recordsOf,
  type Stage,
  storageWhy,
  type WriteStage,
} from './import-pipeline';
import { ImportPreviewOffer } from './import-preview';
import { ProblemReport } from './import-problem-report';
import { ImportProgress } from './import-progress';
import { type DoneState, DoneText } from './import-result';

export { ProblemReport, SHOWN_PROBLEMS } from './import-problem-report';

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; stage: Stage | WriteStage; cancelling?: boolean }
  | { kind: 'ready'; prepared: Extract<Prepared, { ok: true }> }
  | DoneState
  | { kind: 'cancelled'; message: string }
  | { kind: 'error'; message: string }
  | { kind: 'refused'; problems: ImportProblem[]; total: number };

interface Props {
  onImported: () => void;
  /**
   * Changes when the data changed from this view (Delete all data): a preview counted before then
   * is counted again, so that it says what Import then adds.
   */
  dataChanged?: number;
}

/**
 * The background's answer that an import failed. A refusal (the file, or the sender: marked
 * `refused`) says so already and is said as it is. Any other is a storage failure
 * (describeStorageError: its sentence, the browser's error enclosed, or our own words of a database
 * held open by another page), led by what it means here: the import's one transaction was undone,
 * or never began, so nothing of the file was imported; what to do when storage's sentence says
 * none (storageWhy); the browser's error stays enclosed, to be folded. No answer at all is none of
 * these: whether it was imported is then not known (dashboard.import.noAnswer).
 */
function writeFailed(res: { error: string; refused?: true }): string {
  if (res.refused) return res.error;
  const { text, raw } = splitStorageError(res.error);
  return withRawError(t('dashboard.import.writeFailed', storageWhy(text)), raw ?? '');
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
    // The file as parsed, not p.data (its spellings merged already): the background checks and
    // merges it itself, and only a check of the raw file sees (and so names) the handles the file
    // spells two ways, as the page's check did for the preview.
    const res = await sendMessage('importData', { importId: run.importId, file: p.file }).catch(unanswered);
    writing.current = null;
    // No answer (the service worker stopped, the extension reloaded): the user's sentence, the
    // browser's words folded after it.
    if ('unanswered' in res)
      return setState({ kind: 'error', message: withRawError(t('dashboard.import.noAnswer'), res.error) });
    // The write's own answer says what happened, whenever Cancel was pressed.
    if (!res.ok && 'cancelled' in res) return setState({ kind: 'cancelled', message: res.error });
    if (!res.ok) return setState({ kind: 'error', message: writeFailed(res) });
    // Sets, tags and notes, and stars, go to storage.local only now, after the database has committed.
    const [annotations, stars] = await Promise.all([
      keepImportedAnnotations(p.data),
      keepImportedStars(p.data),
    ]);
    setState({
      kind: 'done',
      added: res.added,
      records: hasRecords(p.data),
      late: run.cancelled,
      kept: res.kept,
      annotations: annotations.added,
      annotationsNote: annotations.note,
      annotationsFailed: annotations.failed,
      stars: stars.kept,
      starsNote: stars.note,
      starsFailed: stars.failed,
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
      <ImportFileChooser disabled={busy} onChoose={(file) => void choose(file)} />
      {state.kind === 'busy' ? (
        <ImportProgress stage={state.stage} cancelling={state.cancelling} onCancel={cancel} />
      ) : null}
      {state.kind === 'cancelled' ? <p role="status">{state.message}</p> : null}
      {state.kind === 'error' ? <FoldedMessage message={state.message} role="alert" class="error" /> : null}
      {state.kind === 'refused' ? <ProblemReport problems={state.problems} total={state.total} /> : null}
      {state.kind === 'ready' ? (
        <ImportPreviewOffer
          prepared={state.prepared}
          onConfirm={() => confirm(state.prepared)}
          onClose={() => setState({ kind: 'idle' })}
        />
      ) : null}
      {state.kind === 'done' ? <DoneText state={state} /> : null}
    </section>
  );
}
