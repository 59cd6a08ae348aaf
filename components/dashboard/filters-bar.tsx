// Filters for the posts table: platform, author, author set, tag, date range and free text.
import type { Ref } from 'preact';
import type { Annotations } from '@/lib/annotations';
import { tagCounts } from '@/lib/annotations';
import { formatNumber, isoDay, isolate, isolated } from '@/lib/format';
import { handleLabel, PLATFORM_NAMES } from '@/lib/platforms';
import type { RowFilter } from '@/lib/queries';
import { keyParts, PLATFORMS, type Platform } from '@/lib/types';
import { t, uiLocale } from '../../lib/i18n';

export interface AuthorOption {
  key: string;
  label: string;
}

interface Props {
  filter: RowFilter;
  authors: AuthorOption[];
  /** The user's sets and tags, offered as filters. */
  annotations?: Annotations;
  onChange: (f: RowFilter) => void;
  /** The text search, for the page to focus (the `/` key). */
  searchRef?: Ref<HTMLInputElement>;
  /**
   * The keys of every post there is, once all are read: the tags are listed and counted on these
   * alone (a tag left on a deleted post is not). Absent or null: counted on every tagged key.
   */
  postKeys?: ReadonlySet<string> | null;
}

/** The annotations with the tags of `keys` alone (every tag when `keys` is null or absent). */
function tagsOf(a: Annotations, keys: ReadonlySet<string> | null | undefined): Annotations {
  if (!keys) return a;
  return { ...a, tags: Object.fromEntries(Object.entries(a.tags).filter(([k]) => keys.has(k))) };
}

/**
 * `YYYY-MM-DD` from a date input as local midnight (start) or the day's last ms (end): the ms
 * before the next day's local midnight, since a day the clocks change on is 23 or 25 hours long.
 */
export function dayBound(value: string, end: boolean): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const [y, month, day] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  return end ? new Date(y, month, day + 1).getTime() - 1 : new Date(y, month, day).getTime();
}

const dayValue = (ms: number | null) => (ms === null ? '' : isoDay(new Date(ms)));

/** A letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko…, their presentation forms). */
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/**
 * A tag as an <option> shows it before its count (no <bdi> can go there): one with a right-to-left
 * letter between U+2068 and U+2069, or "(" and the count's digits join its run and "מבצע (2)"
 * reads "2) מבצע)"; one with direction controls as `isolated` gives it; any other as it is.
 */
const tagLabel = (tag: string): string => (RTL_LETTER.test(tag) ? isolate(tag) : isolated(tag));

/**
 * An author the filter names but no row is of (deleted in the Authors view, or named by a saved
 * view), as the author options read: "@handle (Platform)" (handleLabel), from its key ("platform:handle").
 */
export function goneAuthorLabel(key: string): string {
  // A key of no known platform, or with a blank handle ("x:", "x: "; the reading check and an
  // import store no author without one), is shown as it is, not as an author "@ (X)".
  const parts = keyParts(key);
  if (parts === null || parts.rest.trim() === '') return isolated(key);
  return `${isolated(handleLabel(parts.rest))} (${PLATFORM_NAMES[parts.platform]})`;
}

export function FiltersBar({ filter, authors, annotations, onChange, searchRef, postKeys }: Props) {
  const set = (patch: Partial<RowFilter>) => onChange({ ...filter, ...patch });
  const sets = annotations?.sets ?? [];
  const tags = annotations ? tagCounts(tagsOf(annotations, postKeys)) : [];
  // A set or tag the filter names but the user's annotations no longer hold (the set deleted, here
  // or in another tab, or named by a saved view; the tag taken off its last post): listed as what it
  // is, so the select does not read "All" (or blank) while the filter hides every post.
  const setGone = filter.setId ? !sets.some((s) => s.id === filter.setId) : false;
  const tagGone = filter.tag ? !tags.some((tc) => tc.tag === filter.tag) : false;
  // The same for an author no row is of: the select names who the filter keeps.
  const authorGone = filter.authorKey ? !authors.some((a) => a.key === filter.authorKey) : false;
  // The day a post is filtered by (PostRow.date): its posting time, else when first seen. Said on
  // both fields, as the Posted column's dash does not tell the range uses another date.
  const dateTitle = t('dashboard.filters.dateTitle');
  return (
    <form class="filters" aria-label={t('dashboard.filters.region')} onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('dashboard.filters.platform')}{' '}
        <select
          value={filter.platform ?? ''}
          onChange={(e) => set({ platform: (e.currentTarget.value || null) as Platform | null })}
        >
          <option value="">{t('dashboard.filters.all')}</option>
          {PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {PLATFORM_NAMES[p]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dashboard.filters.author')}{' '}
        <select
          class="author-select"
          value={filter.authorKey ?? ''}
          onChange={(e) => set({ authorKey: e.currentTarget.value || null })}
        >
          <option value="">{t('dashboard.filters.all')}</option>
          {authors.map((a) => (
            <option key={a.key} value={a.key}>
              {a.label}
            </option>
          ))}
          {authorGone && filter.authorKey ? (
            <option value={filter.authorKey}>{goneAuthorLabel(filter.authorKey)}</option>
          ) : null}
        </select>
      </label>
      <label>
        {t('dashboard.filters.set')}{' '}
        <select value={filter.setId ?? ''} onChange={(e) => set({ setId: e.currentTarget.value || null })}>
          <option value="">{t('dashboard.filters.all')}</option>
          {sets.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
          {setGone ? <option value={filter.setId ?? ''}>{t('annotations.sets.deleted')}</option> : null}
        </select>
      </label>
      <label>
        {t('dashboard.filters.tag')}{' '}
        <select value={filter.tag ?? ''} onChange={(e) => set({ tag: e.currentTarget.value || null })}>
          <option value="">{t('dashboard.filters.all')}</option>
          {tags.map((tc) => (
            <option key={tc.tag} value={tc.tag}>
              {tagLabel(tc.tag)} ({formatNumber(tc.count, uiLocale())})
            </option>
          ))}
          {tagGone && filter.tag ? (
            <option value={filter.tag}>
              {tagLabel(filter.tag)} ({formatNumber(0, uiLocale())})
            </option>
          ) : null}
        </select>
      </label>
      <label title={dateTitle}>
        {t('dashboard.filters.from')}{' '}
        <input
          type="date"
          title={dateTitle}
          value={dayValue(filter.from)}
          onChange={(e) => set({ from: dayBound(e.currentTarget.value, false) })}
        />
      </label>
      <label title={dateTitle}>
        {t('dashboard.filters.to')}{' '}
        <input
          type="date"
          title={dateTitle}
          value={dayValue(filter.to)}
          onChange={(e) => set({ to: dayBound(e.currentTarget.value, true) })}
        />
      </label>
      <label>
        {t('dashboard.filters.text')}{' '}
        <input
          type="search"
          ref={searchRef}
          value={filter.text}
          placeholder={t('dashboard.filters.textPlaceholder')}
          onInput={(e) => set({ text: e.currentTarget.value })}
        />
      </label>
    </form>
  );
}
