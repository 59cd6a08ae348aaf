// The author choice (set, platform, author) written out as one line of words. The Overview's report,
// its picture and its printed page, leaves the selects out (report-omit, as every control): this
// line is where whoever reads the report learns whose posts its figures are.
import { isolated } from '@/lib/format';
import { PLATFORM_NAMES } from '@/lib/platforms';
import type { Platform } from '@/lib/types';
import { t, tn } from '../../lib/i18n';
import { setAuthors } from '../annotations';
import { type AuthorFilterState, keyLabel } from './author-filter';

/** "Authors: set “Competitors A” (5 authors); platform: X; author: all", in the user's language. */
export function filterScope(f: AuthorFilterState): string {
  const all = t('insights.filter.scopeAll');
  let who = all;
  if (f.setId !== 'all') {
    const set = f.sets.find((s) => s.id === f.setId);
    // Its people, as the follower cards count them: a Reddit community in it is no author
    // (setAuthors). A set deleted meanwhile (another tab) matches no author: said so, as its
    // select says it.
    who = set
      ? tn('insights.filter.scopeSet', setAuthors(set.authorKeys).length, isolated(set.name))
      : t('insights.filter.scopeSetGone');
  }
  const platform = f.platform === 'all' ? all : (PLATFORM_NAMES[f.platform as Platform] ?? f.platform);
  // As the author select lists them; one with no post on the platform (none listed) by its key.
  const author =
    f.author === 'all' ? all : (f.authors.find((a) => a.key === f.author)?.label ?? keyLabel(f.author));
  return t('insights.filter.scope', who, platform, author);
}
