// Reddit counts votes, not likes: a Reddit post's "likes" are its score (upvotes − downvotes), as
// its badge and the popup name it. The Posts table's Likes column and a post's snapshot table
// named a Reddit post's score "Likes".

import { PostsTable } from '@/components/dashboard/posts-table';
import { SnapshotTable } from '@/components/dashboard/snapshot-table';
import { setMessageLookup } from '@/lib/i18n';
import { loadAllRows } from '@/lib/queries/posts';
import type { SnapshotRecord } from '@/lib/records';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { render, screen, within } from '../testing-library';
import { reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);
afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

const snap = (likes: number): SnapshotRecord =>
  ({
    id: 1,
    postKey: 'reddit:t3_1',
    capturedAt: Date.UTC(2025, 0, 10, 12),
    likes,
    comments: 3,
    reposts: null,
    saves: null,
    views: null,
    followers: null,
  }) as unknown as SnapshotRecord;

describe('the Posts table', () => {
  beforeEach(async () => {
    await record([
      reading({
        platform: 'reddit',
        postId: 't3_1',
        likes: 42,
        url: 'https://www.reddit.com/r/a/comments/1/x/',
      }),
      reading({ postId: '2', likes: 17 }),
    ]);
    render(
      <PostsTable
        rows={await loadAllRows('auto')}
        sort={{ key: 'likes', dir: 'desc' }}
        onSort={() => {}}
        columns={['platform', 'likes']}
        erPreference="auto"
      />,
    );
  });

  it('says on the Likes header that a Reddit post’s likes are its score', () => {
    const th = screen.getByRole('button', { name: 'Likes' }).closest('th')!;
    expect(th.title).toBe(
      'Likes as each platform counts them (reactions, hearts); for a Reddit post, its score (upvotes − downvotes)',
    );
  });

  it.each([
    ['Reddit', '42', 'Score'],
    ['X', '17', null],
  ])('a %s row’s likes cell (%s) is titled %s', (platform, value, title) => {
    const row = screen.getByRole('cell', { name: platform }).closest('tr')!;
    const cell = within(row).getByText(value);
    expect(cell.getAttribute('title')).toBe(title);
  });
});

describe('the Posts table’s Engagement header', () => {
  // Its hover formula named "likes" over Reddit rows too, whose likes are a score.
  it.each<[string, Array<'reddit' | 'x'>, RegExp]>([
    ['Reddit rows alone', ['reddit'], /^score \+ comments/],
    ['Reddit among others', ['reddit', 'x'], /^likes \(score on Reddit\) \+ comments/],
    ['no Reddit row', ['x'], /^likes \+ comments/],
  ])('over %s says %s', async (_name, platforms, title) => {
    await record(
      platforms.map((platform, i) =>
        platform === 'reddit'
          ? reading({
              platform,
              postId: `t3_${i}`,
              likes: -12,
              url: `https://www.reddit.com/r/a/comments/${i}/x/`,
            })
          : reading({ postId: String(i), likes: 17 }),
      ),
    );
    render(
      <PostsTable
        rows={await loadAllRows('auto')}
        sort={{ key: 'engagement', dir: 'desc' }}
        onSort={() => {}}
        columns={['platform', 'engagement']}
        erPreference="auto"
      />,
    );
    const th = screen.getByRole('button', { name: 'Engagement' }).closest('th')!;
    expect(th.title).toMatch(title);
  });
});

it.each([
  ['reddit', 'en', 'Score'],
  ['reddit', 'de', 'Punkte'],
  ['x', 'en', 'Likes'],
  [undefined, 'en', 'Likes'],
] as const)('a %s post’s snapshot table (%s) heads its first count %s', async (platform, lang, label) => {
  setMessageLookup(lookupFrom(await loadMessages(lang)));
  render(<SnapshotTable snapshots={[snap(42)]} followersFallback={null} platform={platform} />);
  const heads = screen.getAllByRole('columnheader').map((th) => th.textContent);
  expect(heads[1]).toBe(label);
});
