// Every post that passes the filter, one virtualised row each, sortable by any column shown.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { SafeLink } from '@/components/common/safe-link';
import { likesWordOfPosts, type PostRow, type RowFilter, type SortDir, type SortKey } from '@/lib/queries';
import { type ErPreference, getSettings } from '@/lib/settings';
import type { ColumnId } from '@/lib/table-views';
import { t } from '../../lib/i18n';
import { columnsOf, tableMinWidth } from './columns';
import { SortableHeader } from './sortable-header';
import { useVirtualRows } from './use-virtual-rows';

export const ROW_HEIGHT = 36;
/** The header row's least height (entrypoints/dashboard/style.css): its height until measured. */
export const HEAD_HEIGHT = 36;

interface Props {
  rows: PostRow[];
  sort: { key: SortKey; dir: SortDir };
  onSort: (key: SortKey) => void;
  /** The columns shown besides the post. */
  columns: readonly ColumnId[];
  /** The row the keyboard highlights (j / k), kept in view. */
  activeKey?: string | null;
  /** The ER preference the rows were worked out with; read from the settings when not given. */
  erPreference?: ErPreference;
  /**
   * The filter the rows pass: when it (or the sort) changes, the table shows the top of the new
   * rows, not what sits at the old scroll offset, unless the highlighted row is among them.
   */
  filter?: RowFilter;
}

/**
 * The ER order the rows themselves show, where one of them tells: a row rated by followers while
 * it has an ER by views was worked out followers first; one rated by views while it has an ER by
 * followers, views first ('auto' and 'views' alike). Null when no row has both rates.
 */
function shownPreference(rows: readonly PostRow[]): ErPreference | null {
  for (const r of rows) {
    if (r.erViews === null || r.erFollowers === null) continue;
    if (r.erBasis === 'followers') return 'followers';
    if (r.erBasis === 'views') return 'views';
  }
  return null;
}

/**
 * The ER preference the header names: the rows' own where they tell, else the one given, else the
 * settings' (read once: the rows are not worked out again when the settings change either).
 */
function useErPreference(rows: readonly PostRow[], given: ErPreference | undefined): ErPreference | null {
  const [stored, setStored] = useState<ErPreference | null>(null);
  useEffect(() => {
    if (given !== undefined) return;
    let current = true;
    getSettings().then(
      (s) => current && setStored(s.erPreference),
      // Unread, the header gives the formula that holds under either preference.
      () => {},
    );
    return () => {
      current = false;
    };
  }, [given]);
  const shown = useMemo(() => shownPreference(rows), [rows]);
  return shown ?? given ?? stored;
}

export function PostsTable({ rows, sort, onSort, columns, activeKey = null, erPreference, filter }: Props) {
  const v = useVirtualRows(rows.length, ROW_HEIGHT, HEAD_HEIGHT);
  const pref = useErPreference(rows, erPreference);
  // Over Reddit rows the Engagement header says their likes are a score: counted once, not per cell.
  const likes = useMemo(() => likesWordOfPosts(rows), [rows]);
  const shown = columnsOf(columns);
  const colCount = 1 + shown.length;
  const activeIndex = activeKey === null ? -1 : rows.findIndex((r) => r.key === activeKey);
  // Scrolls when the highlight moves (or its row moves), not on every render.
  useEffect(() => {
    if (activeIndex >= 0) v.scrollToIndex(activeIndex);
  }, [activeIndex]);
  // Sorted anew or filtered: back to the top (the table opens there; a highlighted row shown is
  // kept in view by the effect above instead).
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current && activeIndex < 0) v.scrollToTop();
    opened.current = true;
  }, [sort.key, sort.dir, filter]);
  // The post's column sits after the platform and the author, whichever of them are shown.
  const before = shown.filter((c) => c.id === 'platform' || c.id === 'author');
  const after = shown.filter((c) => c.id !== 'platform' && c.id !== 'author');
  return (
    <div class="table-scroll" ref={v.scrollRef}>
      <table
        class="posts-table"
        aria-rowcount={rows.length + 1}
        style={{ minWidth: `${tableMinWidth(columns)}rem` }}
      >
        <colgroup>
          {before.map((c) => (
            <col key={c.id} style={{ width: `${c.width}rem` }} />
          ))}
          <col class="post-col" />
          {after.map((c) => (
            <col key={c.id} style={{ width: `${c.width}rem` }} />
          ))}
        </colgroup>
        <thead ref={v.headRef}>
          <tr>
            {before.map((c) => (
              <SortableHeader
                key={c.id}
                label={c.label}
                title={c.title?.(pref, likes)}
                sortKey={c.sortKey}
                current={sort}
                onSort={onSort}
              />
            ))}
            <SortableHeader
              label={t('dashboard.columns.post')}
              sortKey="text"
              current={sort}
              onSort={onSort}
            />
            {after.map((c) => (
              <SortableHeader
                key={c.id}
                label={c.label}
                numeric={c.numeric}
                title={c.title?.(pref, likes)}
                sortKey={c.sortKey}
                current={sort}
                onSort={onSort}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {v.padTop > 0 ? (
            <tr class="spacer" style={{ height: `${v.padTop}px` }}>
              <td colSpan={colCount} />
            </tr>
          ) : null}
          {v.items.map((item) => {
            const r = rows[item.index]!;
            const active = r.key === activeKey;
            return (
              <tr
                key={r.key}
                aria-rowindex={item.index + 2}
                aria-current={active ? 'true' : undefined}
                class={active ? 'active' : undefined}
                style={{ height: `${ROW_HEIGHT}px` }}
              >
                {before.map((c) => (
                  <td key={c.id}>{c.cell(r)}</td>
                ))}
                <td class="text-cell">
                  {/* The page's text in a <bdi>: a right-to-left override in it cannot turn the
                      open link (or anything after it in the cell) around. */}
                  <a href={`#/post/${encodeURIComponent(r.key)}`} title={r.text}>
                    {r.text ? <bdi>{r.text}</bdi> : t('dashboard.noText')}
                  </a>{' '}
                  <SafeLink
                    platform={r.platform}
                    url={r.url}
                    class="open"
                    label={t('dashboard.columns.openPost')}
                    hideWhenUnsafe
                  >
                    ↗
                  </SafeLink>
                </td>
                {after.map((c) => (
                  <td key={c.id} class={c.numeric ? 'num' : undefined}>
                    {c.cell(r)}
                  </td>
                ))}
              </tr>
            );
          })}
          {v.padBottom > 0 ? (
            <tr class="spacer" style={{ height: `${v.padBottom}px` }}>
              <td colSpan={colCount} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
