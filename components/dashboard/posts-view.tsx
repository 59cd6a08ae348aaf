// All posts ever seen: filter, sort by any column, choose the columns, save views, export; keys.

import { useMemo, useRef, useState } from 'preact/hooks';
import { type AnnotationsState, useAnnotations } from '@/components/annotations';
import { AddToCampaign } from '@/components/campaigns';
import { formatNumber, isolated } from '@/lib/format';
import { handleLabel, PLATFORM_NAMES, platformNames } from '@/lib/platforms';
import {
  collate,
  EMPTY_FILTER,
  filterRows,
  type PostRow,
  type RowFilter,
  type RowMarks,
  type SortKey,
  sortRows,
} from '@/lib/queries';
import type { ErPreference } from '@/lib/settings';
import { type ColumnId, DEFAULT_SORT, type SavedView, type TableSort } from '@/lib/table-views';
import { t, tn, uiLocale } from '../../lib/i18n';
import { ColumnChooser } from './column-chooser';
import { COLUMNS, columnsOf } from './columns';
import { ExportButtons } from './export-buttons';
import { type AuthorOption, FiltersBar } from './filters-bar';
import { PostsTable } from './posts-table';
import { SavedViews } from './saved-views';
import { loadingTotal } from './use-rows';
import { useTableKeys } from './use-table-keys';
import { useColumns, useSavedViews } from './use-table-prefs';

const TEXT_KEYS: SortKey[] = ['platform', 'authorHandle', 'text'];

export function authorOptions(rows: readonly PostRow[]): AuthorOption[] {
  const seen = new Map<string, AuthorOption>();
  for (const r of rows) {
    if (r.authorKey === null || seen.has(r.authorKey)) continue;
    const who = r.authorHandle ? handleLabel(r.authorHandle) : (r.authorName ?? r.authorKey);
    // An <option> holds no <bdi>: a name's direction controls are isolated in the text itself.
    seen.set(r.authorKey, { key: r.authorKey, label: `${isolated(who)} (${PLATFORM_NAMES[r.platform]})` });
  }
  // In the user's language's order, as the table's Author column sorts.
  const compare = collate();
  return [...seen.values()].sort((a, b) => compare(a.label, b.label));
}

/**
 * The name of the column the table is sorted by when the Columns menu hides it (no header then
 * shows ▲/▼ or aria-sort); null when it is shown, or the post's. The table stays in the order the
 * user chose rather than falling back to another: hiding a column (to make room, or for a clean
 * screenshot) is no new order, the rows do not jump under the highlight, a saved view restores the
 * order it was saved with, and the arrow is back with the column. The status line says the order
 * instead (sortedByHidden*), so no row is ordered by a figure the user cannot see without saying so.
 */
export function hiddenSortColumn(sort: TableSort, columns: readonly ColumnId[]): string | null {
  if (sort.key === 'text' || columnsOf(columns).some((c) => c.sortKey === sort.key)) return null;
  return COLUMNS.find((c) => c.sortKey === sort.key)?.label ?? null;
}

const isEmpty = (f: RowFilter) =>
  f.platform === null &&
  f.authorKey === null &&
  f.from === null &&
  f.to === null &&
  f.text.trim() === '' &&
  !f.tag &&
  !f.setId;

/** The keys of the posts `filter` shows, once every row is in; null when no filter is set. */
export function filteredKeysOf(rows: PostRow[], filter: RowFilter, marks?: RowMarks): string[] | null {
  if (isEmpty(filter) || loadingTotal(rows) !== null) return null;
  return filterRows(rows, filter, marks).map((r) => r.key);
}

interface Props {
  rows: PostRow[];
  /** The filter, when the page keeps it (the dashboard does, so Campaigns can add what it shows). */
  filter?: RowFilter;
  onFilter?: (f: RowFilter) => void;
  /** The annotations, when the page keeps them (the dashboard does); else read here. */
  annotations?: AnnotationsState;
  /**
   * The ER preference the rows were worked out with (the dashboard's, read with them): the table's
   * ER header names it at once, and never one the settings took since. Else the table reads it.
   */
  erPreference?: ErPreference;
  /**
   * The order and the j/k-highlighted row, when the page keeps them (the dashboard does: this view
   * is gone while a post is open, and the user comes back to the table as they left it). Else
   * kept here.
   */
  sort?: TableSort;
  onSort?: (s: TableSort) => void;
  activeKey?: string | null;
  onActiveKey?: (key: string | null) => void;
}

/** A value the page keeps (with its setter) when given one, else state of this view's own. */
function useKept<T>(
  kept: T | undefined,
  onKept: ((v: T) => void) | undefined,
  initial: T,
): [T, (v: T) => void] {
  const [own, setOwn] = useState<T>(initial);
  return [kept === undefined ? own : kept, onKept ?? setOwn];
}

export function PostsView({
  rows,
  filter: kept,
  onFilter,
  annotations: given,
  erPreference,
  sort: keptSort,
  onSort: onSortKept,
  activeKey: keptActive,
  onActiveKey,
}: Props) {
  const read = useAnnotations();
  const marks = (given ?? read).annotations;
  const [filter, setFilter] = useKept(kept, onFilter, EMPTY_FILTER);
  const [sort, setSort] = useKept(keptSort, onSortKept, DEFAULT_SORT);
  const [columns, setColumns] = useColumns();
  const views = useSavedViews();
  const [activeKey, setActiveKey] = useKept<string | null>(keptActive, onActiveKey, null);
  const searchRef = useRef<HTMLInputElement>(null);
  const toolbarRef = useRef<HTMLDivElement>(null);
  const authors = useMemo(() => authorOptions(rows), [rows]);
  // The posts there are, once every row is in: the Tag filter counts their tags alone.
  const postKeys = useMemo(
    () => (loadingTotal(rows) === null ? new Set(rows.map((r) => r.key)) : null),
    [rows],
  );
  // The first rows (use-rows.ts) are the highest ER first: in any other order, or filtered, they
  // are not the top of the table nor every match, so none is shown as if they were until all are in.
  const provisional =
    loadingTotal(rows) !== null &&
    (!isEmpty(filter) || sort.key !== DEFAULT_SORT.key || sort.dir !== DEFAULT_SORT.dir);
  // Ties by post key (sortRows): the first rows read through the ER index stay the top of the
  // table, in their order, when the rest come in.
  const shown = useMemo(
    () => (provisional ? [] : sortRows(filterRows(rows, filter, marks), sort.key, sort.dir, 'postKey')),
    [rows, filter, sort, marks, provisional],
  );
  const sortBy = (key: SortKey) =>
    setSort(
      sort.key === key
        ? { key, dir: sort.dir === 'asc' ? 'desc' : 'asc' }
        : { key, dir: TEXT_KEYS.includes(key) ? 'asc' : 'desc' },
    );
  // The first rows only, while the rest load (use-rows.ts): say so, and offer nothing that acts
  // on "the posts this filter shows" until they are all there.
  const total = loadingTotal(rows);
  const filtered = !isEmpty(filter) && total === null;
  const apply = (v: SavedView) => {
    setFilter(v.filter);
    setSort(v.sort);
    setColumns(v.columns);
  };
  useTableKeys({
    search: () => searchRef.current?.focus(),
    move: (delta) => {
      if (shown.length === 0) return;
      const at = activeKey === null ? -1 : shown.findIndex((r) => r.key === activeKey);
      const next =
        at < 0 ? (delta > 0 ? 0 : shown.length - 1) : Math.min(shown.length - 1, Math.max(0, at + delta));
      setActiveKey(shown[next]!.key);
    },
    open: () => {
      if (activeKey !== null && shown.some((r) => r.key === activeKey))
        location.hash = `#/post/${encodeURIComponent(activeKey)}`;
    },
    exportJson: () => {
      // The Export JSON button, on what the table shows: the filtered posts when a filter is set.
      const box = toolbarRef.current;
      const button = box?.querySelector<HTMLButtonElement>('.export button[data-export="json"]');
      if (!button || button.disabled) return;
      const scoped = box?.querySelectorAll<HTMLInputElement>('.export .scope input[type="radio"]')[1];
      if (filtered && scoped && !scoped.checked && !scoped.disabled) {
        scoped.click();
        // After the scope's re-render, so the button exports the filtered posts.
        setTimeout(() => button.click(), 0);
      } else button.click();
    },
  });
  const status =
    total !== null
      ? t(
          provisional ? 'dashboard.posts.loadingToSort' : 'dashboard.posts.loadingAll',
          formatNumber(total, uiLocale()),
        )
      : filtered
        ? tn('dashboard.posts.filteredCount', rows.length, formatNumber(shown.length, uiLocale()))
        : tn('dashboard.posts.count', rows.length);
  const hiddenSort = hiddenSortColumn(sort, columns);
  return (
    <section class="posts-view" aria-label={t('dashboard.posts.region')}>
      <FiltersBar
        filter={filter}
        authors={authors}
        annotations={marks}
        onChange={setFilter}
        searchRef={searchRef}
        postKeys={postKeys}
      />
      <div class="toolbar" ref={toolbarRef}>
        <p class="muted" role="status">
          {status}
          {hiddenSort === null
            ? null
            : ` ${t(sort.dir === 'asc' ? 'dashboard.posts.sortedByHiddenAsc' : 'dashboard.posts.sortedByHiddenDesc', hiddenSort)}`}
        </p>
        <ColumnChooser columns={columns} onChange={setColumns} />
        <SavedViews state={views} current={() => ({ filter, sort, columns })} onApply={apply} />
        <p class="muted keys" title={t('dashboard.posts.keysTitle')}>
          {t('dashboard.posts.keys')} <kbd>/</kbd>{' '}
          {/* i18n-ignore: not words (the keys j, k and e, pressed as they are) */}
          <kbd>j</kbd> <kbd>k</kbd> <kbd>{t('dashboard.posts.enterKey')}</kbd> <kbd>e</kbd>
        </p>
        <ExportButtons filteredKeys={filtered ? shown.map((r) => r.key) : null} />
        {filtered && shown.length > 0 ? <AddToCampaign postKeys={shown.map((r) => r.key)} /> : null}
      </div>
      {rows.length === 0 ? (
        <p class="empty">{t('dashboard.posts.empty', platformNames('or'))}</p>
      ) : (
        <PostsTable
          rows={shown}
          sort={sort}
          onSort={sortBy}
          columns={columns}
          activeKey={activeKey}
          erPreference={erPreference}
          filter={filter}
        />
      )}
    </section>
  );
}
