// Every post that passes the filter, one virtualised row each, sortable by any column.
import { SafeLink } from '@/components/common/safe-link';
import { formatDate, formatMultiple, formatNumber, formatPercent, formatVelocity } from '@/lib/format';
import { PLATFORM_NAMES } from '@/lib/platforms';
import type { PostRow, SortDir, SortKey } from '@/lib/queries';
import type { CountField } from '@/lib/types';
import { SortableHeader } from './sortable-header';
import { useVirtualRows } from './use-virtual-rows';

const ROW_HEIGHT = 36;

interface Column {
  key: SortKey;
  label: string;
  numeric?: boolean;
  title?: string;
  cell: (r: PostRow) => string;
}

const n = (k: CountField | 'followers' | 'engagement' | 'snapshotCount') => (r: PostRow) =>
  formatNumber(r[k]);

export const METRIC_COLUMNS: Column[] = [
  { key: 'date', label: 'Date', cell: (r) => formatDate(r.date), title: 'Posted, else first seen' },
  { key: 'likes', label: 'Likes', numeric: true, cell: n('likes') },
  { key: 'comments', label: 'Comments', numeric: true, cell: n('comments') },
  { key: 'reposts', label: 'Reposts', numeric: true, cell: n('reposts') },
  { key: 'saves', label: 'Saves', numeric: true, cell: n('saves') },
  { key: 'views', label: 'Views', numeric: true, cell: n('views') },
  { key: 'followers', label: 'Followers', numeric: true, cell: n('followers') },
  { key: 'engagement', label: 'Engagement', numeric: true, cell: n('engagement') },
  {
    key: 'er',
    label: 'ER',
    numeric: true,
    cell: (r) => formatPercent(r.er),
    title: 'The engagement rate PostLens leads with (Settings): by views where shown, else by followers',
  },
  { key: 'erFollowers', label: 'ER followers', numeric: true, cell: (r) => formatPercent(r.erFollowers) },
  { key: 'erViews', label: 'ER views', numeric: true, cell: (r) => formatPercent(r.erViews) },
  { key: 'velocity', label: 'Velocity', numeric: true, cell: (r) => formatVelocity(r.velocity) },
  { key: 'outlier', label: 'Outlier', numeric: true, cell: (r) => formatMultiple(r.outlier) },
  { key: 'snapshotCount', label: 'Snapshots', numeric: true, cell: n('snapshotCount') },
];

interface Props {
  rows: PostRow[];
  sort: { key: SortKey; dir: SortDir };
  onSort: (key: SortKey) => void;
}

export function PostsTable({ rows, sort, onSort }: Props) {
  const v = useVirtualRows(rows.length, ROW_HEIGHT);
  const colCount = 3 + METRIC_COLUMNS.length;
  return (
    <div class="table-scroll" ref={v.scrollRef}>
      <table class="posts-table" aria-rowcount={rows.length + 1}>
        <thead>
          <tr>
            <SortableHeader label="Platform" sortKey="platform" current={sort} onSort={onSort} />
            <SortableHeader label="Author" sortKey="authorHandle" current={sort} onSort={onSort} />
            <SortableHeader label="Post" sortKey="text" current={sort} onSort={onSort} />
            {METRIC_COLUMNS.map((c) => (
              <SortableHeader
                key={c.key}
                label={c.label}
                numeric={c.numeric}
                title={c.title}
                sortKey={c.key}
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
            return (
              <tr key={r.key} aria-rowindex={item.index + 2} style={{ height: `${ROW_HEIGHT}px` }}>
                <td>{PLATFORM_NAMES[r.platform]}</td>
                <td class="ellipsis" title={r.authorName ?? undefined}>
                  {r.authorHandle ? `@${r.authorHandle}` : (r.authorName ?? '—')}
                </td>
                <td class="ellipsis text-cell">
                  <a href={`#/post/${encodeURIComponent(r.key)}`} title={r.text}>
                    {r.text || '(no text)'}
                  </a>{' '}
                  <SafeLink
                    platform={r.platform}
                    url={r.url}
                    class="open"
                    label="Open the post"
                    hideWhenUnsafe
                  >
                    ↗
                  </SafeLink>
                </td>
                {METRIC_COLUMNS.map((c) => (
                  <td key={c.key} class={c.numeric ? 'num' : undefined}>
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
