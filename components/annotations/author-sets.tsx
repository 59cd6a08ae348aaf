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
import { t, tn } from '../../lib/i18n';
import { ConfirmButton } from '../common/confirm-button';
import { setAuthors } from './compare-sets';
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
    <section class="author-sets" aria-label={t('annotations.sets.title')}>
      <h3>{t('annotations.sets.title')}</h3>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <label>
          {t('annotations.sets.newSet')}{' '}
          <input value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </label>{' '}
        <button type="submit">{t('annotations.sets.create')}</button>
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
      {/* Once, for every set: a set made before the author picker left communities out (or an
          imported one) may hold one, which its count leaves out (setAuthors); this says why. */}
      {state.annotations.sets.some((s) => s.authorKeys.length > setAuthors(s.authorKeys).length) ? (
        <p class="muted">{t('annotations.sets.communitiesLeftOut')}</p>
      ) : null}
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
  // The stored name the rename was begun from: a save finding another (another tab renamed the set
  // since) is refused and said, not written over it; the typed name stays, and the refusal makes
  // the name found the base, so a second Save replaces it knowingly.
  const [base, setBase] = useState(set.name);
  const saveName = async (typed: string) => {
    let found = base;
    const problem = await state.edit((a) => {
      // A set gone is refused by renameSet ("no longer exists").
      found = a.sets.find((s) => s.id === set.id)?.name ?? base;
      return found === base
        ? renameSet(a, set.id, typed.trim())
        : { ok: false, message: t('annotations.sets.nameChangedElsewhere', found) };
    });
    onMessage(problem);
    if (problem) setBase(found);
    else setRenaming(null);
  };
  const run = async (change: Parameters<AnnotationsState['edit']>[0]) => onMessage(await state.edit(change));
  // Its authors: a Reddit community in it is none (setAuthors), so it is neither counted nor compared.
  const authors = setAuthors(set.authorKeys);
  const n = authors.length;
  return (
    <li>
      {renaming === null ? (
        // Isolated: direction controls in a name (an imported file's) must not reorder what follows.
        <strong>
          <bdi>{set.name}</bdi>
        </strong>
      ) : (
        <input
          aria-label={t('annotations.sets.newName', set.name)}
          value={renaming}
          onInput={(e) => setRenaming(e.currentTarget.value)}
        />
      )}{' '}
      <span class="muted">{tn('annotations.sets.authors', n)}</span>{' '}
      {renaming === null ? (
        <button
          type="button"
          onClick={() => {
            setBase(set.name);
            setRenaming(set.name);
          }}
        >
          {t('annotations.sets.rename')}
        </button>
      ) : (
        <button type="button" onClick={() => void saveName(renaming)}>
          {t('annotations.sets.saveName')}
        </button>
      )}{' '}
      <button
        type="button"
        disabled={selected.length === 0}
        onClick={() => run((a) => addAuthorsToSet(a, set.id, selected))}
      >
        {t('annotations.sets.addSelected')}
      </button>{' '}
      <button
        type="button"
        disabled={!selected.some((k) => set.authorKeys.includes(k))}
        onClick={() => run((a) => removeAuthorsFromSet(a, set.id, selected))}
      >
        {t('annotations.sets.removeSelected')}
      </button>{' '}
      <button type="button" disabled={n === 0} onClick={() => onPick(authors)}>
        {t('annotations.sets.compare')}
      </button>{' '}
      <ConfirmButton
        confirmLabel={t('annotations.sets.deleteNamed', set.name)}
        onConfirm={() => run((a) => removeSet(a, set.id))}
      >
        {t('annotations.sets.delete')}
      </ConfirmButton>
    </li>
  );
}
