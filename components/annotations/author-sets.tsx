// "Author sets" in the Authors view: name groups of authors ("Our brand", "Competitors A") and
// fill them from the authors picked in the comparison, so sets can be compared and filtered on.
import { useState } from 'preact/hooks';
import {
  type AuthorSet,
  addAuthorsToSet,
  addSet,
  removeAuthorsFromSet,
  removeSet,
  renameSet,
} from '@/lib/annotations';
import { ConfirmButton } from '../common/confirm-button';
import type { AnnotationsState } from './use-annotations';

interface Props {
  state: AnnotationsState;
  /** The author keys picked in the comparison. */
  selected: string[];
  /** Picks a set's authors for the comparison. */
  onPick: (keys: string[]) => void;
}

export function AuthorSets({ state, selected, onPick }: Props) {
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const create = async () => {
    // A random id, not the name: renaming a set must not make import see it as another set.
    const problem = await state.edit((a) => addSet(a, crypto.randomUUID(), name.trim()));
    setMessage(problem);
    if (!problem) setName('');
  };
  return (
    <section class="author-sets" aria-label="Author sets">
      <h3>Author sets</h3>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <label>
          New set <input value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </label>{' '}
        <button type="submit">Create set</button>
      </form>
      {message ? (
        <p class="error" role="alert">
          {message}
        </p>
      ) : null}
      <ul>
        {state.annotations.sets.map((s) => (
          <SetItem
            key={s.id}
            set={s}
            state={state}
            selected={selected}
            onPick={onPick}
            onMessage={setMessage}
          />
        ))}
      </ul>
    </section>
  );
}

interface ItemProps extends Omit<Props, 'state'> {
  set: AuthorSet;
  state: AnnotationsState;
  onMessage: (m: string | null) => void;
}

function SetItem({ set, state, selected, onPick, onMessage }: ItemProps) {
  const [renaming, setRenaming] = useState<string | null>(null);
  const run = async (change: Parameters<AnnotationsState['edit']>[0]) => onMessage(await state.edit(change));
  const n = set.authorKeys.length;
  return (
    <li>
      {renaming === null ? (
        <strong>{set.name}</strong>
      ) : (
        <input
          aria-label={`New name for ${set.name}`}
          value={renaming}
          onInput={(e) => setRenaming(e.currentTarget.value)}
        />
      )}{' '}
      <span class="muted">
        {n} {n === 1 ? 'author' : 'authors'}
      </span>{' '}
      {renaming === null ? (
        <button type="button" onClick={() => setRenaming(set.name)}>
          Rename
        </button>
      ) : (
        <button
          type="button"
          onClick={async () => {
            const problem = await state.edit((a) => renameSet(a, set.id, renaming.trim()));
            onMessage(problem);
            if (!problem) setRenaming(null);
          }}
        >
          Save name
        </button>
      )}{' '}
      <button
        type="button"
        disabled={selected.length === 0}
        onClick={() => run((a) => addAuthorsToSet(a, set.id, selected))}
      >
        Add selected
      </button>{' '}
      <button
        type="button"
        disabled={!selected.some((k) => set.authorKeys.includes(k))}
        onClick={() => run((a) => removeAuthorsFromSet(a, set.id, selected))}
      >
        Remove selected
      </button>{' '}
      <button type="button" disabled={n === 0} onClick={() => onPick([...set.authorKeys])}>
        Compare its authors
      </button>{' '}
      <ConfirmButton
        confirmLabel={`Delete set ${set.name}`}
        onConfirm={() => run((a) => removeSet(a, set.id))}
      >
        Delete set
      </ConfirmButton>
    </li>
  );
}
