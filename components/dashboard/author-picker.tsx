// Choose the authors to compare: a searchable checklist.
import { useMemo, useState } from 'preact/hooks';
import { formatNumber } from '@/lib/format';
import { handleLabel, isCommunity, PLATFORM_NAMES } from '@/lib/platforms';
import { collate, searchFold } from '@/lib/queries';
import type { AuthorRecord } from '@/lib/records';
import { t, uiLocale } from '../../lib/i18n';

interface Props {
  authors: AuthorRecord[];
  selected: string[];
  onChange: (keys: string[]) => void;
}

const SHOWN_AT_ONCE = 200;

export function AuthorPicker({ authors, selected, onChange }: Props) {
  const [query, setQuery] = useState('');
  const locale = uiLocale();
  // A Reddit community's record (its members, read on its page) is no author's: its members are no
  // followers and it has no posts of its own, which every figure of the comparison but the count is
  // of. It is left out here, and the list says so; the popup shows its members on its page.
  const [people, communities] = useMemo(() => {
    const own = authors.filter((a) => !isCommunity(a.platform, a.handle));
    return [own, authors.length - own.length] as const;
  }, [authors]);
  // In the alphabet of the user's language (a Swedish user looks for Ödman after Zorn), by what each
  // line shows first: the name, or the handle of an author with none; then handle, then platform,
  // so one person on two platforms stands as two lines side by side.
  const ordered = useMemo(() => {
    const compare = collate(locale);
    return [...people].sort(
      (a, b) =>
        compare(a.name || a.handle, b.name || b.handle) ||
        compare(a.handle, b.handle) ||
        compare(PLATFORM_NAMES[a.platform], PLATFORM_NAMES[b.platform]),
    );
  }, [people, locale]);
  const matches = useMemo(() => {
    // As the Posts table's search: any case or Unicode form, and the handle as the list shows it
    // ("@alice"; a channel's path, "channel/UC…", with no "@": handleLabel).
    const q = searchFold(query.trim());
    return ordered.filter(
      (a) =>
        q === '' || searchFold(handleLabel(a.handle)).includes(q) || searchFold(a.name ?? '').includes(q),
    );
  }, [ordered, query]);
  const toggle = (key: string, on: boolean) =>
    onChange(on ? [...selected.filter((k) => k !== key), key] : selected.filter((k) => k !== key));
  return (
    <fieldset class="author-picker">
      <legend>{t('dashboard.authors.legend')}</legend>
      <input
        type="search"
        aria-label={t('dashboard.authors.find')}
        placeholder={t('dashboard.authors.find')}
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      <ul>
        {matches.slice(0, SHOWN_AT_ONCE).map((a) => (
          <li key={a.key}>
            <label>
              <input
                type="checkbox"
                checked={selected.includes(a.key)}
                onChange={(e) => toggle(a.key, e.currentTarget.checked)}
              />{' '}
              {/* The page's text, each in a <bdi>: a name's right-to-left override ends with it.
                  An empty name (an imported file may hold one) is none: the handle stands for it. */}
              <bdi>{a.name || handleLabel(a.handle)}</bdi>{' '}
              <span class="muted">
                <bdi>{handleLabel(a.handle)}</bdi> · {PLATFORM_NAMES[a.platform]}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {matches.length > SHOWN_AT_ONCE ? (
        <p class="muted">
          {t('dashboard.authors.more', formatNumber(matches.length - SHOWN_AT_ONCE, locale))}
        </p>
      ) : null}
      {people.length === 0 ? <p class="muted">{t('dashboard.authors.none')}</p> : null}
      {communities > 0 ? <p class="muted">{t('dashboard.authors.communitiesLeftOut')}</p> : null}
    </fieldset>
  );
}
