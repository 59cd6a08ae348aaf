// "Author sets" in the Authors view: name groups of authors ("Our brand", "Competitors A") and
// fill them from the authors picked in the comparison, so sets can be compared and filtered on.
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  type AuthorSet,
  addAuthorsToSet,
  addSet,
  removeAuthorsFromSet,
  removeSet,
  renameSet,
} from '@/lib/annotations';
import { isolated } from '@/lib/format';
import { t } from '../../lib/i18n';
import { ConfirmButton } from '../common/confirm-button';
import { setAuthors } from './compare-sets';
import { SetAuthorCount } from './set-author-count';
import type { AnnotationsState } from './use-annotations';

interface Props {
  state: AnnotationsState;
  /** The author keys picked in the comparison. */
  selected: string[];
  /** Picks a set's authors for the comparison. */
  onPick: (keys: string[]) => void;
  /**
   * The keys PostLens has an author record of: a set's other keys (a deleted author's, an imported
   * set's never read here) are said apart, not counted as its authors. null or left out while not
   * known (not yet read, or the read failed): every key is counted, none called unrecorded.
   */
  recorded?: ReadonlySet<string> | null;
}

export function AuthorSets({ state, selected, onPick, recorded = null }: Props) {
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
            recorded={recorded}
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

function SetItem({ set, state, selected, onPick, recorded, onMessage }: ItemProps) {
  const [renaming, setRenaming] = useState<string | null>(null);
  // The stored name the rename was begun from: a save finding another (another tab renamed the set
  // since) is refused and said, not written over it; the typed name stays, and the refusal makes
  // the name found the base, so a second Save replaces it knowingly.
  const [base, setBase] = useState(set.name);
  // Keyboard use: the field takes focus when it opens, and Rename takes it back when it closes
  // (the field and its buttons go, which would drop focus to the page).
  const field = useRef<HTMLInputElement>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const wasRenaming = useRef(false);
  useEffect(() => {
    if (renaming !== null && !wasRenaming.current) field.current?.focus();
    if (renaming === null && wasRenaming.current) renameButton.current?.focus();
    wasRenaming.current = renaming !== null;
  }, [renaming]);
  const saveName = async (typed: string) => {
    let found = base;
    const problem = await state.edit((a) => {
      // A set gone is refused by renameSet ("no longer exists").
      found = a.sets.find((s) => s.id === set.id)?.name ?? base;
      return found === base
        ? renameSet(a, set.id, typed.trim())
        : { ok: false, message: t('annotations.sets.nameChangedElsewhere', isolated(found)) };
    });
    onMessage(problem);
    if (problem) setBase(found);
    else setRenaming(null);
  };
  // Cancel (or Escape): the stored name stays, and a refusal said of the rename goes with it.
  const cancel = () => {
    setRenaming(null);
    onMessage(null);
  };
  const run = async (change: Parameters<AnnotationsState['edit']>[0]) => onMessage(await state.edit(change));
  // Its authors: a Reddit community in it is none (setAuthors), so it is neither counted nor compared.
  const authors = setAuthors(set.authorKeys);
  // Counted: those PostLens has a record of, the others said apart (SetAuthorCount). "Compare its
  // authors" still takes them all, and the comparison names those it has no record of.
  const count = <SetAuthorCount authors={authors} recorded={recorded ?? null} />;
  return (
    <li>
      {renaming === null ? (
        <>
          {/* Isolated: direction controls in a name (an imported file's) must not reorder what follows. */}
          <strong>
            <bdi>{set.name}</bdi>
          </strong>{' '}
          {count}{' '}
          <button
            type="button"
            ref={renameButton}
            onClick={() => {
              setBase(set.name);
              setRenaming(set.name);
            }}
          >
            {t('annotations.sets.rename')}
          </button>
        </>
      ) : (
        // A form, so that Enter in the field saves.
        <form
          class="set-rename"
          onSubmit={(e) => {
            e.preventDefault();
            void saveName(renaming);
          }}
        >
          <input
            ref={field}
            aria-label={t('annotations.sets.newName', isolated(set.name))}
            value={renaming}
            onInput={(e) => setRenaming(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Escape') return;
              e.preventDefault();
              cancel();
            }}
          />{' '}
          {count} <button type="submit">{t('annotations.sets.saveName')}</button>{' '}
          <button type="button" onClick={cancel}>
            {t('common.cancel')}
          </button>
        </form>
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
      <button type="button" disabled={authors.length === 0} onClick={() => onPick(authors)}>
        {t('annotations.sets.compare')}
      </button>{' '}
      <ConfirmButton
        confirmLabel={t('annotations.sets.deleteNamed', isolated(set.name))}
        onConfirm={() => run((a) => removeSet(a, set.id))}
      >
        {t('annotations.sets.delete')}
      </ConfirmButton>
    </li>
  );
}
