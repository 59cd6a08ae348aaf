// A set's count of authors in the set list: those PostLens has a record of, the others said apart
// ("1 author, 2 not recorded"), whom it names on hover. A deleted author's key (or an imported
// set's never read here) was counted: "Old rivals 2 authors" of a set of none.
import { t, tn } from '../../lib/i18n';
import { keyLabel } from './key-label';

interface Props {
  /** The set's authors (setAuthors: its Reddit communities left out). */
  authors: readonly string[];
  /** The keys PostLens has an author record of; null while not known (every key counted). */
  recorded: ReadonlySet<string> | null;
}

export function SetAuthorCount({ authors, recorded }: Props) {
  const missing = recorded ? authors.filter((k) => !recorded.has(k)) : [];
  const n = authors.length - missing.length;
  if (missing.length === 0) return <span class="muted">{tn('annotations.sets.authors', n)}</span>;
  return (
    <span class="muted" title={t('annotations.sets.unrecordedTitle', missing.map(keyLabel).join(', '))}>
      {t(
        'annotations.sets.authorsAndUnrecorded',
        tn('annotations.sets.authors', n),
        tn('annotations.sets.unrecorded', missing.length),
      )}
    </span>
  );
}
