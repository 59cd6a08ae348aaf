// Filters for the posts table: platform, author, author set, tag, date range and free text.
import type { Ref } from 'preact';
import type { Annotations } from '@/lib/annotations';
import { tagCounts } from '@/lib/annotations';
import { isoDay } from '@/lib/format';
import { PLATFORM_NAMES } from '@/lib/platforms';
import type { RowFilter } from '@/lib/queries';
import { PLATFORMS, type Platform } from '@/lib/types';

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

/** `YYYY-MM-DD` from a date input as local midnight (start) or the day's last ms (end). */
export function dayBound(value: string, end: boolean): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return end ? d.getTime() + 86_400_000 - 1 : d.getTime();
}

const dayValue = (ms: number | null) => (ms === null ? '' : isoDay(new Date(ms)));

export function FiltersBar({ filter, authors, annotations, onChange, searchRef }: Props) {
  const set = (patch: Partial<RowFilter>) => onChange({ ...filter, ...patch });
  const sets = annotations?.sets ?? [];
  const tags = annotations ? tagCounts(annotations) : [];
  return (
    <form class="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      <label>
        Platform{' '}
        <select
          value={filter.platform ?? ''}
          onChange={(e) => set({ platform: (e.currentTarget.value || null) as Platform | null })}
        >
          <option value="">All</option>
          {PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {PLATFORM_NAMES[p]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Author{' '}
        <select
          value={filter.authorKey ?? ''}
          onChange={(e) => set({ authorKey: e.currentTarget.value || null })}
        >
          <option value="">All</option>
          {authors.map((a) => (
            <option key={a.key} value={a.key}>
              {a.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Set{' '}
        <select value={filter.setId ?? ''} onChange={(e) => set({ setId: e.currentTarget.value || null })}>
          <option value="">All</option>
          {sets.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Tag{' '}
        <select value={filter.tag ?? ''} onChange={(e) => set({ tag: e.currentTarget.value || null })}>
          <option value="">All</option>
          {tags.map((t) => (
            <option key={t.tag} value={t.tag}>
              {t.tag} ({t.count})
            </option>
          ))}
        </select>
      </label>
      <label>
        From{' '}
        <input
          type="date"
          value={dayValue(filter.from)}
          onChange={(e) => set({ from: dayBound(e.currentTarget.value, false) })}
        />
      </label>
      <label>
        To{' '}
        <input
          type="date"
          value={dayValue(filter.to)}
          onChange={(e) => set({ to: dayBound(e.currentTarget.value, true) })}
        />
      </label>
      <label>
        Text{' '}
        <input
          type="search"
          ref={searchRef}
          value={filter.text}
          placeholder="Post text or author"
          onInput={(e) => set({ text: e.currentTarget.value })}
        />
      </label>
    </form>
  );
}
