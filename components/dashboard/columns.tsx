// The Posts table's columns besides the post itself: label, sort key, width and cell. The widths
// (rem, 1rem = 14px: components/common/base.css) fix the table's layout; the default set
// (lib/table-views DEFAULT_COLUMNS) plus the post's least width fits a 1,280 px window.
import type { ComponentChild } from 'preact';
import { formatDate, formatMultiple, formatNumber, formatPercent, formatVelocity } from '@/lib/format';
import { PLATFORM_NAMES } from '@/lib/platforms';
import { type PostRow, postedAt, type SortKey } from '@/lib/queries';
import { COLUMN_IDS, type ColumnId } from '@/lib/table-views';
import type { CountField } from '@/lib/types';

export interface Column {
  id: ColumnId;
  label: string;
  sortKey: SortKey;
  /** Width in rem, cell padding included. */
  width: number;
  numeric?: boolean;
  title?: string;
  cell: (r: PostRow) => ComponentChild;
}

/** The post's column takes what the others leave, never less than this (rem). */
export const POST_MIN_WIDTH = 16;

export const NO_POSTING_TIME = 'the page showed no posting time';

const n = (k: CountField | 'followers' | 'engagement' | 'snapshotCount') => (r: PostRow) =>
  formatNumber(r[k]);

const posted = (r: PostRow): ComponentChild => {
  const t = postedAt(r);
  return t === null ? <span title={NO_POSTING_TIME}>—</span> : formatDate(t);
};

const ALL: Record<ColumnId, Omit<Column, 'id'>> = {
  platform: { label: 'Platform', sortKey: 'platform', width: 6.5, cell: (r) => PLATFORM_NAMES[r.platform] },
  author: {
    label: 'Author',
    sortKey: 'authorHandle',
    width: 9,
    cell: (r) => (
      <span title={r.authorName ?? undefined}>
        {r.authorHandle ? `@${r.authorHandle}` : (r.authorName ?? '—')}
      </span>
    ),
  },
  posted: {
    label: 'Posted',
    sortKey: 'publishedAt',
    width: 7.5,
    cell: posted,
    title: 'When the post was published',
  },
  firstSeen: {
    label: 'First seen',
    sortKey: 'firstSeen',
    width: 7.5,
    cell: (r) => formatDate(r.firstSeen),
    title: 'When PostLens first saw the post',
  },
  likes: { label: 'Likes', sortKey: 'likes', width: 5, numeric: true, cell: n('likes') },
  comments: { label: 'Comments', sortKey: 'comments', width: 7, numeric: true, cell: n('comments') },
  reposts: { label: 'Reposts', sortKey: 'reposts', width: 6.5, numeric: true, cell: n('reposts') },
  saves: { label: 'Saves', sortKey: 'saves', width: 5.5, numeric: true, cell: n('saves') },
  views: { label: 'Views', sortKey: 'views', width: 5.5, numeric: true, cell: n('views') },
  followers: { label: 'Followers', sortKey: 'followers', width: 7, numeric: true, cell: n('followers') },
  engagement: {
    label: 'Engagement',
    sortKey: 'engagement',
    width: 8.5,
    numeric: true,
    cell: n('engagement'),
  },
  er: {
    label: 'ER',
    sortKey: 'er',
    width: 4.5,
    numeric: true,
    cell: (r) => formatPercent(r.er),
    title: 'The engagement rate PostLens leads with (Settings): by views where shown, else by followers',
  },
  erFollowers: {
    label: 'ER followers',
    sortKey: 'erFollowers',
    width: 8.5,
    numeric: true,
    cell: (r) => formatPercent(r.erFollowers),
  },
  erViews: {
    label: 'ER views',
    sortKey: 'erViews',
    width: 6.5,
    numeric: true,
    cell: (r) => formatPercent(r.erViews),
  },
  velocity: {
    label: 'Velocity',
    sortKey: 'velocity',
    width: 6.5,
    numeric: true,
    cell: (r) => formatVelocity(r.velocity),
  },
  outlier: {
    label: 'Outlier',
    sortKey: 'outlier',
    width: 6,
    numeric: true,
    cell: (r) => formatMultiple(r.outlier),
  },
  snapshotCount: {
    label: 'Snapshots',
    sortKey: 'snapshotCount',
    width: 7.5,
    numeric: true,
    cell: n('snapshotCount'),
  },
};

/** Every column, in table order (COLUMN_IDS). */
export const COLUMNS: Column[] = COLUMN_IDS.map((id) => ({ id, ...ALL[id] }));

export const columnsOf = (ids: readonly ColumnId[]): Column[] => COLUMNS.filter((c) => ids.includes(c.id));

/** The least width (rem) of a table showing `ids` and the post. */
export const tableMinWidth = (ids: readonly ColumnId[]): number =>
  columnsOf(ids).reduce((sum, c) => sum + c.width, POST_MIN_WIDTH);
