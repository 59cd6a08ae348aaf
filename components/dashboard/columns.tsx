// The Posts table's columns besides the post itself: label, sort key, width and cell. The widths
// (rem, 1rem = 14px: components/common/base.css) fix the table's layout; the default set
// (lib/table-views DEFAULT_COLUMNS) plus the post's least width fits a 1,280 px window. A header's
// label wraps at its spaces onto a second line (entrypoints/dashboard/style.css), so each width
// holds the label's longest word, in English and in German ("Veröffentlicht", "Kommentare"), in a
// wide system font (DejaVu Sans, bold: Linux's system-ui); a narrower one leaves room to spare.
import type { ComponentChild } from 'preact';
import {
  formatDate,
  formatMultiple,
  formatNumber,
  formatPercent,
  formatPosted,
  formatVelocity,
} from '@/lib/format';
import { OUTLIER_MIN_POSTS } from '@/lib/metrics';
import { handleLabel, PLATFORM_NAMES } from '@/lib/platforms';
import {
  type LikesWord,
  type PostRow,
  postedAt,
  rateFormula,
  rateSourcedTitle,
  rateTitle,
  type SortKey,
} from '@/lib/queries';
import type { ErPreference } from '@/lib/settings';
import { COLUMN_IDS, type ColumnId } from '@/lib/table-views';
import { type CountField, likesAreScore } from '@/lib/types';
import { t, uiLocale } from '../../lib/i18n';

export interface Column {
  id: ColumnId;
  /** In the user's language, asked for each time it is read. */
  label: string;
  sortKey: SortKey;
  /** Width in rem, cell padding included. */
  width: number;
  numeric?: boolean;
  /**
   * The header's hover text (what the column is, its formula), in the user's language; `pref` is
   * the ER preference the rows were worked out with (Settings), null while it is not known;
   * `likes` how the rows shown count likes (likesWordOfPosts), 'likes' when not given.
   */
  title?: (pref: ErPreference | null, likes?: LikesWord) => string;
  cell: (r: PostRow) => ComponentChild;
}

/** The post's column takes what the others leave, never less than this (rem). */
export const POST_MIN_WIDTH = 16;

/** Why a post shows a dash for Posted, in the user's language. */
export const noPostingTime = () => t('dashboard.columns.noPostingTime');

const n = (k: CountField | 'engagement' | 'snapshotCount') => (r: PostRow) => formatNumber(r[k], uiLocale());

/**
 * A count's cell: the number, or, where the post's latest reading lacks it (the page did not show
 * it), a dash that says so on hover: unknown, not 0.
 */
const count =
  (k: CountField) =>
  (r: PostRow): ComponentChild =>
    r[k] === null ? <span title={t('dashboard.columns.countNotShown')}>{n(k)(r)}</span> : n(k)(r);

const posted = (r: PostRow): ComponentChild => {
  const at = postedAt(r);
  return at === null ? (
    <span title={noPostingTime()}>—</span>
  ) : (
    formatPosted(r.publishedAt, false, uiLocale())
  );
};

/** Where the row's follower count comes from, for its cell's hover text (PostRow.followersFrom). */
const followersSource = (r: PostRow): string | undefined =>
  r.followersFrom === 'reading'
    ? t('dashboard.columns.followersFromReading')
    : r.followersFrom === 'author'
      ? t('dashboard.columns.followersFromAuthor')
      : r.followersFrom === null
        ? t('dashboard.columns.followersNone')
        : undefined;

/** The Engagement header by how the rows shown count likes. */
const ENGAGEMENT_TITLE = {
  likes: 'dashboard.columns.engagementTitle',
  score: 'dashboard.columns.redditEngagementTitle',
  mixed: 'dashboard.columns.mixedEngagementTitle',
} as const;

/** A column as written here: its label and title are functions, called when the table renders. */
type ColumnSpec = Omit<Column, 'id' | 'label'> & { label: () => string };

/**
 * The rule the ER column follows (lib/queries/rows.ts preferredBasis): 'auto' and 'views' take
 * views where the post shows them, else followers; 'followers' takes followers where known, else
 * views. Not known yet: the formula that holds either way.
 */
const erTitle = (pref: ErPreference | null): string =>
  pref === null
    ? t('rateNotes.formula.er')
    : pref === 'followers'
      ? t('dashboard.columns.erTitleFollowers')
      : t('dashboard.columns.erTitle');

const ALL: Record<ColumnId, ColumnSpec> = {
  platform: {
    label: () => t('dashboard.columns.platform'),
    sortKey: 'platform',
    width: 7,
    cell: (r) => PLATFORM_NAMES[r.platform],
  },
  author: {
    label: () => t('dashboard.columns.author'),
    sortKey: 'authorHandle',
    width: 9,
    // The page's text in a <bdi>: a right-to-left override in a handle or name ends with it. The
    // handle as the pages write it (handleLabel: "@alice", but "company/acme"), as the search finds it.
    cell: (r) => (
      <span title={r.authorName ?? undefined}>
        {r.authorHandle ? (
          <bdi>{handleLabel(r.authorHandle)}</bdi>
        ) : r.authorName ? (
          <bdi>{r.authorName}</bdi>
        ) : (
          '—'
        )}
      </span>
    ),
  },
  posted: {
    label: () => t('dashboard.columns.posted'),
    sortKey: 'publishedAt',
    width: 9,
    cell: posted,
    title: () => t('dashboard.columns.postedTitle'),
  },
  firstSeen: {
    label: () => t('dashboard.columns.firstSeen'),
    sortKey: 'firstSeen',
    width: 7.5,
    cell: (r) => formatDate(r.firstSeen, uiLocale()),
    title: () => t('dashboard.columns.firstSeenTitle'),
  },
  likes: {
    label: () => t('dashboard.columns.likes'),
    sortKey: 'likes',
    width: 5,
    numeric: true,
    // Reddit's "likes" are its score (upvotes − downvotes): the cell says so where the header cannot.
    cell: (r) =>
      likesAreScore(r.platform) ? (
        <span title={t('dashboard.columns.score')}>{count('likes')(r)}</span>
      ) : (
        count('likes')(r)
      ),
    title: () => t('dashboard.columns.likesTitle'),
  },
  comments: {
    label: () => t('dashboard.columns.comments'),
    sortKey: 'comments',
    width: 8.5,
    numeric: true,
    cell: count('comments'),
  },
  reposts: {
    label: () => t('dashboard.columns.reposts'),
    sortKey: 'reposts',
    width: 6.5,
    numeric: true,
    cell: count('reposts'),
  },
  saves: {
    label: () => t('dashboard.columns.saves'),
    sortKey: 'saves',
    width: 10,
    numeric: true,
    cell: count('saves'),
  },
  views: {
    label: () => t('dashboard.columns.views'),
    sortKey: 'views',
    width: 5.5,
    numeric: true,
    cell: count('views'),
  },
  followers: {
    label: () => t('dashboard.columns.followers'),
    sortKey: 'followers',
    width: 7,
    numeric: true,
    // The cell says where its count comes from (PostRow.followersFrom): with the post's latest
    // reading, or the author's count read at another time.
    cell: (r) => <span title={followersSource(r)}>{formatNumber(r.followers, uiLocale())}</span>,
    // Which count it is (PostRow.followers).
    title: () => t('dashboard.columns.followersTitle'),
  },
  engagement: {
    label: () => t('dashboard.columns.engagement'),
    sortKey: 'engagement',
    width: 9,
    numeric: true,
    // A Reddit row's engagement adds its score, not likes: its cell says so, as the likes cell does.
    cell: (r) =>
      likesAreScore(r.platform) ? (
        <span title={t('dashboard.columns.redditEngagementTitle')}>{n('engagement')(r)}</span>
      ) : (
        n('engagement')(r)
      ),
    // Over Reddit rows the header names their score too (likesWordOfPosts).
    title: (_pref, likes = 'likes') => t(ENGAGEMENT_TITLE[likes]),
  },
  er: {
    label: () => t('dashboard.columns.er'),
    sortKey: 'er',
    width: 4.5,
    numeric: true,
    cell: (r) => <span title={rateSourcedTitle(r, 'er')}>{formatPercent(r.er, uiLocale())}</span>,
    title: erTitle,
  },
  erFollowers: {
    label: () => t('dashboard.columns.erFollowers'),
    sortKey: 'erFollowers',
    width: 8.5,
    numeric: true,
    cell: (r) => (
      <span title={rateSourcedTitle(r, 'erFollowers')}>{formatPercent(r.erFollowers, uiLocale())}</span>
    ),
    title: () => rateFormula('erFollowers'),
  },
  erViews: {
    label: () => t('dashboard.columns.erViews'),
    sortKey: 'erViews',
    width: 7.5,
    numeric: true,
    cell: (r) => <span title={rateTitle(r, 'erViews')}>{formatPercent(r.erViews, uiLocale())}</span>,
    title: () => rateFormula('erViews'),
  },
  velocity: {
    label: () => t('dashboard.columns.velocity'),
    sortKey: 'velocity',
    width: 6.5,
    numeric: true,
    cell: (r) => <span title={rateTitle(r, 'velocity')}>{formatVelocity(r.velocity, uiLocale())}</span>,
    title: () => rateFormula('velocity'),
  },
  outlier: {
    label: () => t('dashboard.columns.outlier'),
    sortKey: 'outlier',
    width: 7,
    numeric: true,
    cell: (r) => <span title={rateSourcedTitle(r, 'outlier')}>{formatMultiple(r.outlier, uiLocale())}</span>,
    // The formula and when there is one: fillOutliers scores a post once its author has
    // OUTLIER_MIN_POSTS other posts with an ER on its basis.
    title: () => t('dashboard.columns.outlierTitle', OUTLIER_MIN_POSTS),
  },
  snapshotCount: {
    label: () => t('dashboard.columns.snapshots'),
    sortKey: 'snapshotCount',
    width: 8,
    numeric: true,
    cell: n('snapshotCount'),
    title: () => t('dashboard.columns.snapshotsTitle'),
  },
};

/** Every column, in table order (COLUMN_IDS); label and title read the user's language each time. */
export const COLUMNS: Column[] = COLUMN_IDS.map((id) => {
  const { label, ...rest } = ALL[id];
  return {
    id,
    ...rest,
    get label() {
      return label();
    },
  };
});

/** The columns of `ids`, in the table's order, typed by those ids. */
export const columnsOf = <I extends ColumnId>(ids: readonly I[]): (Column & { id: I })[] =>
  COLUMNS.filter((c): c is Column & { id: I } => (ids as readonly ColumnId[]).includes(c.id));

/** The least width (rem) of a table showing `ids` and the post. */
export const tableMinWidth = (ids: readonly ColumnId[]): number =>
  columnsOf(ids).reduce((sum, c) => sum + c.width, POST_MIN_WIDTH);
