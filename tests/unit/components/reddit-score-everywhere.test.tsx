// A Reddit post's "likes" are its score (upvotes − downvotes): every place that names that count
// for one post says "Score" ("score + comments …" in a formula), where an X post's says "Likes".
// One table over every such place, so a place that forgets the rule fails here by name.
import { COLUMNS } from '@/components/dashboard/columns';
import { SnapshotTable } from '@/components/dashboard/snapshot-table';
import { PostItem } from '@/components/popup/post-item';
import type { PostKnowledge } from '@/lib/messages';
import { buildBadgeView } from '@/lib/metrics/badge-model';
import { authorFormulas, type PostRow, postChartData, rateNote } from '@/lib/queries';
import type { SnapshotRecord } from '@/lib/records';
import { likesAreScore, type Platform, type PostReading } from '@/lib/types';
import { postBreakout } from '@/lib/watchlist';
import { postRow } from '../fixtures/post-row';
import { render, screen, within } from '../testing-library';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 0, 10, 12);

const URLS: Record<'reddit' | 'x', string> = {
  reddit: 'https://www.reddit.com/r/test/comments/p1/the_post/',
  x: 'https://x.com/alice/status/p1',
};

/** A post of `platform` with 42 likes (Reddit: score) and 8 comments, as the table and popup show it. */
const row = (platform: 'reddit' | 'x'): PostRow =>
  postRow({
    key: `${platform}:p1`,
    platform,
    url: URLS[platform],
    likes: 42,
    comments: 8,
    views: 1000,
    engagement: 50,
    erViews: 0.05,
    er: 0.05,
    erBasis: 'views',
  });

const reading = (platform: 'reddit' | 'x'): PostReading => ({
  platform,
  postId: 'p1',
  url: URLS[platform],
  author: { handle: 'alice', name: 'Alice' },
  publishedAt: new Date(NOW - 5 * HOUR).toISOString(),
  text: 'the post',
  likes: 42,
  comments: 8,
  reposts: null,
  saves: null,
  views: null,
});

/** Two stored readings an hour apart, both with likes and comments: a recent velocity to name. */
const knowledge: PostKnowledge = {
  firstSeen: NOW - 2 * HOUR,
  lastSeen: NOW - HOUR,
  history: [
    { capturedAt: NOW - 2 * HOUR, likes: 10, comments: 2, reposts: null, saves: null, views: null },
    { capturedAt: NOW - HOUR, likes: 30, comments: 6, reposts: null, saves: null, views: null },
  ],
  authorFollowers: null,
  authorMedianEr: null,
  authorPostCount: 1,
};

const snap = (h: number, likes: number, comments: number): SnapshotRecord =>
  ({
    id: h,
    postKey: 'p',
    capturedAt: NOW + h * HOUR,
    likes,
    comments,
    reposts: null,
    saves: null,
    views: null,
    followers: null,
  }) as unknown as SnapshotRecord;

/** Each place, and what it says of the post's first count. */
const PLACES: Array<[string, (p: 'reddit' | 'x') => string]> = [
  ['the chart’s first series', (p) => postChartData([snap(0, 42, 8)], null, p).series[0]!.label],
  ['the badge card’s first count row', (p) => view(p).counts[0]!.label],
  [
    'the badge card’s engagement formula',
    (p) =>
      view(p)
        .figures.map((f) => f.formula)
        .find((f) => f.includes('comments'))!,
  ],
  ['the posts table’s ER by views hover text', (p) => rateNote(row(p), 'erViews').formula],
  ['an author’s total engagement formula', (p) => authorFormulas(stats, 'en', p).totalEngagement],
  [
    'a breakout alert',
    (p) => postBreakout([snap(0, 100, 0), snap(1, 110, 10), snap(2, 200, 40)], 2, 'en', p)!.text,
  ],
  ['the snapshot table’s first count header', (p) => headerOf(p)],
  ['the posts table’s likes cell (its title)', (p) => likesCellTitle(p)],
  ['the posts table’s engagement cell (its title)', (p) => engagementCellTitle(p)],
  ['the popup’s first count row', (p) => popupFirstCount(p)],
];

const stats = {
  postsSeen: 3,
  postsWithEr: 2,
  postsDated: 3,
  postsWithEngagement: 3,
  erBasis: 'views',
} as const;

function view(p: 'reddit' | 'x') {
  return buildBadgeView({ reading: reading(p), knowledge, preference: 'auto', locale: 'en', now: NOW });
}

function headerOf(p: 'reddit' | 'x'): string {
  const { unmount } = render(
    <SnapshotTable snapshots={[snap(0, 42, 8)]} followersFallback={null} platform={p} />,
  );
  const label = screen.getAllByRole('columnheader')[1]!.textContent ?? '';
  unmount();
  return label;
}

/**
 * What names a posts-table column's count for the post: its cell's title where the cell has one
 * (the header covers every platform), else the header's `of` (its label, or its title).
 */
function cellTitle(id: string, p: 'reddit' | 'x', of: 'label' | 'title'): string {
  const column = COLUMNS.find((c) => c.id === id)!;
  const { container, unmount } = render(<div>{column.cell(row(p))}</div>);
  const title = container.querySelector('[title]')?.getAttribute('title');
  unmount();
  return title ?? (of === 'label' ? column.label : column.title!(null));
}
const likesCellTitle = (p: 'reddit' | 'x') => cellTitle('likes', p, 'label');
const engagementCellTitle = (p: 'reddit' | 'x') => cellTitle('engagement', p, 'title');

function popupFirstCount(p: 'reddit' | 'x'): string {
  const { unmount } = render(
    <PostItem post={{ row: row(p), history: [50] }} dashboardUrl="dashboard.html" />,
  );
  const counts = document.querySelector<HTMLElement>('dl.counts')!;
  const label = within(counts).getAllByRole('term')[0]!.textContent ?? '';
  unmount();
  return label;
}

describe.each([
  ['reddit', /\bscore\b/i, /\blikes\b/i],
  ['x', /\blikes\b/i, /\bscore\b/i],
] as const)('a %s post', (platform, says, never) => {
  it.each(PLACES)('%s names its first count as the platform counts it', (_, place) => {
    const text = place(platform);
    expect(text).toMatch(says);
    expect(text).not.toMatch(never);
  });
});

it.each<[Platform | undefined, boolean]>([
  ['reddit', true],
  ['x', false],
  ['instagram', false],
  [undefined, false],
])('the one rule: %s post’s likes are its score: %s', (platform, score) => {
  expect(likesAreScore(platform)).toBe(score);
});
