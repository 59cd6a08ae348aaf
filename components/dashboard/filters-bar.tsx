// Filters for the posts table: platform, author, author set, tag, date range and free text.
import type { Ref } from 'preact';
import type { Annotations } from '@/lib/annotations';
import { tagCounts } from '@/lib/annotations';
import { formatNumber, isoDay } from '@/lib/format';
import { PLATFORM_NAMES } from '@/lib/platforms';
import type { RowFilter } from '@/lib/queries';
import { PLATFORMS, type Platform } from '@/lib/types';
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

export function FiltersBar({ filter, authors, annotations, onChange, searchRef }: Props) {
  const set = (patch: Partial<RowFilter>) => onChange({ ...filter, ...patch });
  const sets = annotations?.sets ?? [];
  const tags = annotations ? tagCounts(annotations) : [];
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
        </select>
      </label>
      <label>
        {t('dashboard.filters.tag')}{' '}
        <select value={filter.tag ?? ''} onChange={(e) => set({ tag: e.currentTarget.value || null })}>
          <option value="">{t('dashboard.filters.all')}</option>
          {tags.map((tc) => (
            <option key={tc.tag} value={tc.tag}>
              {tc.tag} ({formatNumber(tc.count, uiLocale())})
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dashboard.filters.from')}{' '}
        <input
          type="date"
          value={dayValue(filter.from)}
          onChange={(e) => set({ from: dayBound(e.currentTarget.value, false) })}
        />
      </label>
      <label>
        {t('dashboard.filters.to')}{' '}
        <input
          type="date"
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
