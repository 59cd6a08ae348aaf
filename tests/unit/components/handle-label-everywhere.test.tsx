// Some handles are an address's path or an account's number, which no page writes with "@": a
// YouTube channel read from /channel/UC… ("channel/UC…"), a LinkedIn company ("company/acme"), a
// Facebook account without a username ("100012345678"). The popup's author summary and the
// dashboard's comparison name them as they are (handleLabel); every other place wrote "@" before
// any handle: "@company/acme" in the Posts table, the post's page, an alert's title… One table
// over those places, each fed an author with a handle and no name, so a place that forgets the
// rule fails here by name; "@alice" stays "@alice" in each.

import { CampaignPosts } from '@/components/campaigns/campaign-posts';
import { COLUMNS } from '@/components/dashboard/columns';
import { FiltersBar } from '@/components/dashboard/filters-bar';
import { PostDetail } from '@/components/dashboard/post-detail';
import { authorOptions } from '@/components/dashboard/posts-view';
import { authorLabel } from '@/components/insights/author-filter';
import { WatchlistPanel } from '@/components/options/watchlist-panel';
import { PostItem } from '@/components/popup/post-item';
import { alertText } from '@/lib/background/alert-notifier';
import type { PostFacts } from '@/lib/campaigns';
import { authorRef, buildBadgeView } from '@/lib/metrics/badge-model';
import { EMPTY_FILTER, filterRows, type PostRow } from '@/lib/queries';
import type { PostRecord } from '@/lib/records';
import type { StoredPost } from '@/lib/store';
import type { Platform } from '@/lib/types';
import { DEFAULT_WATCHLIST, watchlistItem } from '@/lib/watchlist';
import { postRow } from '../fixtures/post-row';
import { render, screen } from '../testing-library';
import { reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

beforeEach(resetAll);

interface Author {
  platform: Platform;
  handle: string;
}

/** A post of `a` with no author name, as a page that shows the handle alone gives it. */
const rowOf = (a: Author): PostRow =>
  postRow({
    key: `${a.platform}:p1`,
    platform: a.platform,
    authorKey: `${a.platform}:${a.handle.toLowerCase()}`,
    authorHandle: a.handle,
    authorName: null,
    text: 'the post',
  });

const recordOf = (a: Author): PostRecord => {
  const r = rowOf(a);
  return {
    key: r.key,
    platform: r.platform,
    postId: r.postId,
    url: r.url,
    authorKey: r.authorKey,
    authorHandle: r.authorHandle,
    authorName: null,
    publishedAt: null,
    text: 'the post',
    promoted: false,
    firstSeen: 0,
    lastSeen: 0,
  };
};

/** The text a rendered element shows, the render then taken away. */
function shownBy(el: preact.VNode, pick: (root: Element) => string = (root) => root.textContent!) {
  const { container, unmount } = render(el);
  const text = pick(container);
  unmount();
  return text;
}

const facts: PostFacts = {
  key: 'k',
  latest: null,
  period: { gained: null, basis: 'no-reading-in-period', readings: 0 },
  followers: null,
};

/** Each place that names a post's author, and what it says of an author with no name. */
const PLACES: Array<[string, (a: Author) => string | Promise<string>]> = [
  [
    'the Posts table’s Author cell',
    (a) => shownBy(<td>{COLUMNS.find((c) => c.id === 'author')!.cell(rowOf(a))}</td>),
  ],
  ['the Posts Author filter’s option', (a) => authorOptions([rowOf(a)])[0]!.label],
  [
    'the Posts Author filter naming an author no row is of',
    (a) =>
      shownBy(
        <FiltersBar
          filter={{ ...EMPTY_FILTER, authorKey: `${a.platform}:${a.handle}` }}
          authors={[]}
          onChange={() => {}}
        />,
        (root) => {
          const select = root.querySelector<HTMLSelectElement>('select.author-select')!;
          return select.options[select.selectedIndex]!.textContent!;
        },
      ),
  ],
  ['Insights’ author filter', (a) => authorLabel(rowOf(a))],
  [
    'the popup’s post list',
    (a) => shownBy(<PostItem post={{ row: rowOf(a), history: [] }} dashboardUrl="dashboard.html" />),
  ],
  [
    'a campaign’s posts',
    (a) =>
      shownBy(
        <CampaignPosts
          posts={[{ key: `${a.platform}:p1`, post: recordOf(a), facts }]}
          filteredKeys={null}
          save={async () => null}
        />,
        (root) => root.querySelector('.campaign-post-list a')!.textContent!,
      ),
  ],
  ['an alert’s title', (a) => alertText(recordOf(a) as StoredPost, []).title],
  ['the badge card’s sentences (authorRef)', (a) => authorRef({ handle: a.handle, name: null })],
  [
    'the badge card’s author line',
    (a) =>
      buildBadgeView({
        reading: reading({ postId: 'p1', platform: a.platform, author: { handle: a.handle, name: null } }),
        knowledge: undefined,
        preference: 'auto',
        locale: 'en',
      }).author,
  ],
];

const NOT_AT: Author[] = [
  { platform: 'youtube', handle: 'channel/UCabc123' },
  { platform: 'linkedin', handle: 'company/acme' },
  { platform: 'facebook', handle: '100012345678' },
];

describe.each(PLACES)('%s', (_place, say) => {
  it.each(NOT_AT)('names $platform $handle as it is, without "@"', async (a) => {
    const text = await say(a);
    expect(text).toContain(a.handle);
    expect(text).not.toContain(`@${a.handle}`);
  });

  it('still names x alice "@alice"', async () => {
    expect(await say({ platform: 'x', handle: 'alice' })).toContain('@alice');
  });
});

// The post's page and the watchlist's labels read the database: a YouTube channel read from
// /channel/UC…, stored as it is, and an X account.
const CHANNEL = {
  platform: 'youtube' as const,
  postId: 'dQw4w9WgXcQ',
  url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  text: 'the video',
};

it.each([
  ['channel/UCabc123', null, 'channel/UCabc123'],
  ['channel/UCabc123', 'Some Channel', 'Some Channel channel/UCabc123 · YouTube'],
])('the post’s page names handle %s (name %j): %j', async (handle, name, heading) => {
  await record([reading({ ...CHANNEL, author: { handle, name } })]);
  render(<PostDetail postKey="youtube:dQw4w9WgXcQ" onDeleted={() => {}} />);
  const h2 = await screen.findByRole('heading', { level: 2 });
  expect(h2.textContent).toContain(heading);
  expect(h2.textContent).not.toContain('@');
});

it('the watchlist names a starred channel’s post and the channel without "@"', async () => {
  await record([reading({ ...CHANNEL, author: { handle: 'channel/UCabc123', name: 'Some Channel' } })]);
  await watchlistItem.setValue({
    ...DEFAULT_WATCHLIST,
    posts: ['youtube:dQw4w9WgXcQ'],
    authors: ['youtube:channel/ucabc123'],
  });
  render(<WatchlistPanel />);
  expect(await screen.findByText('channel/UCabc123: the video')).toBeTruthy();
  expect(await screen.findByText('Some Channel (channel/UCabc123)')).toBeTruthy();
});

it('the watchlist still names an X account "@someone"', async () => {
  await record([reading({ postId: '1', text: 'Launch day' })]);
  await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, posts: ['x:1'], authors: ['x:someone'] });
  render(<WatchlistPanel />);
  expect(await screen.findByText('@someone: Launch day')).toBeTruthy();
  expect(await screen.findByText('Some One (@someone)')).toBeTruthy();
});

// The Posts search looks in what the Author column shows: "company/acme", "@alice".
describe('the Posts search finds an author by what the table shows', () => {
  const rows = [
    rowOf({ platform: 'linkedin', handle: 'company/acme' }),
    rowOf({ platform: 'x', handle: 'alice' }),
  ];
  it.each([
    ['company/acme', ['linkedin:p1']],
    ['Company/Acme', ['linkedin:p1']],
    ['@company/acme', []],
    ['@alice', ['x:p1']],
    ['alice', ['x:p1']],
    ['@', ['x:p1']],
  ])('%j finds %j', (text, keys) => {
    expect(filterRows(rows, { ...EMPTY_FILTER, text }).map((r) => r.key)).toEqual(keys);
  });
});
