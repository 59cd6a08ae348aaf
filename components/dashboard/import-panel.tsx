// Import a PostLens JSON export: check it, show what it adds, then let the background merge it.
// A file with any problem writes nothing; the panel lists the problems (where, what, why).
import { useState } from 'preact/hooks';
import { formatNumber } from '@/lib/format';
import { type ImportCounts, sendMessage } from '@/lib/messaging';
import type { ImportProblem } from '@/lib/transfer';
import { type Prepared, prepareImport, type Stage } from './import-pipeline';

/** How many problems the panel lists; the rest are counted. */
export const SHOWN_PROBLEMS = 50;

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; stage: Stage | { stage: 'importing' } }
  | { kind: 'ready'; prepared: Extract<Prepared, { ok: true }> }
  | { kind: 'done'; added: ImportCounts }
  | { kind: 'error'; message: string }
  | { kind: 'refused'; problems: ImportProblem[]; total: number };

const STAGE_TEXT: Record<string, string> = {
  reading: 'Reading the file',
  parsing: 'Parsing JSON',
  validating: 'Checking every record',
  comparing: 'Comparing with your data',
  importing: 'Importing',
};

function countsText(c: ImportCounts): string {
  return `${formatNumber(c.posts)} posts, ${formatNumber(c.snapshots)} snapshots, ${formatNumber(c.authors)} authors and ${formatNumber(c.followerSnapshots)} follower readings`;
}

export function ImportPanel({ onImported }: { onImported: () => void }) {
  const [state, setState] = useState<State>({ kind: 'idle' });

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setState({ kind: 'busy', stage: { stage: 'reading', fraction: 0 } });
    const prepared = await prepareImport(file, (stage) => setState({ kind: 'busy', stage }));
    if (prepared.ok) setState({ kind: 'ready', prepared });
    else if (prepared.problems?.length) {
      setState({
        kind: 'refused',
        problems: prepared.problems,
        total: prepared.total ?? prepared.problems.length,
      });
    } else setState({ kind: 'error', message: prepared.error });
  };

  const confirm = async (p: Extract<Prepared, { ok: true }>) => {
    setState({ kind: 'busy', stage: { stage: 'importing' } });
    const res = await sendMessage('importData', p.data).catch((e: unknown) => ({
      ok: false as const,
      error: e instanceof Error ? e.message : String(e),
    }));
    if (!res.ok) return setState({ kind: 'error', message: res.error });
    setState({ kind: 'done', added: res.added });
    onImported();
  };

  const busy = state.kind === 'busy';
  return (
    <section class="import" aria-label="Import">
      <h2>Import</h2>
      <p class="muted">
        A JSON file made with Export JSON (up to 60 MB). Data already stored is kept; nothing is counted
        twice.
      </p>
      <label>
        Choose a PostLens export{' '}
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
        <p role="status">
          {STAGE_TEXT[state.stage.stage]}…
          {state.stage.stage === 'reading' && state.stage.fraction !== null ? (
            <progress max={1} value={state.stage.fraction} aria-label="Reading progress" />
          ) : (
            <progress aria-label="Working" />
          )}
        </p>
      ) : null}
      {state.kind === 'error' ? (
        <p class="error" role="alert">
          {state.message}
        </p>
      ) : null}
      {state.kind === 'refused' ? <ProblemReport problems={state.problems} total={state.total} /> : null}
      {state.kind === 'ready' ? (
        <div class="import-preview" role="status">
          <p>
            {state.prepared.fileName} holds {formatNumber(state.prepared.data.posts.length)} posts. Importing
            adds {countsText(state.prepared.preview)}.
          </p>
          <button type="button" class="primary" onClick={() => confirm(state.prepared)}>
            Import
          </button>{' '}
          <button type="button" onClick={() => setState({ kind: 'idle' })}>
            Cancel
          </button>
        </div>
      ) : null}
      {state.kind === 'done' ? <p role="status">Imported: added {countsText(state.added)}.</p> : null}
    </section>
  );
}

/** The problems of a refused file: the first SHOWN_PROBLEMS in a table, and how many more there are. */
export function ProblemReport({ problems, total }: { problems: ImportProblem[]; total: number }) {
  const shown = problems.slice(0, SHOWN_PROBLEMS);
  const more = total - shown.length;
  return (
    <div class="error" role="alert">
      <p>
        Nothing was imported: the file has {total === 1 ? 'a problem' : `${formatNumber(total)} problems`},
        and PostLens imports a file as it is or not at all. Correct the file, or export it again, then import
        it.
      </p>
      <table class="import-problems">
        <thead>
          <tr>
            <th scope="col">Where</th>
            <th scope="col">Value</th>
            <th scope="col">Problem</th>
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
      {more > 0 ? (
        <p>
          … and {formatNumber(more)} more {more === 1 ? 'problem' : 'problems'}, not listed.
        </p>
      ) : null}
    </div>
  );
}
