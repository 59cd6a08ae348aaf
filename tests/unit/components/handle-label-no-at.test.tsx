// Some handles are an address's path or an account's number, which no one writes with "@": a
// YouTube channel read from /channel/UC… ("channel/UC…"), a LinkedIn company ("company/acme"), a
// Facebook account without a username ("100012345678"), a Reddit community ("r/foo"). The badge
// already names such authors without "@" (authorRef); the popup's summary and the dashboard's
// comparison showed "@channel/UC…". One rule, handleLabel, for each.

import { AuthorsView } from '@/components/dashboard/authors-view';
import { AuthorSummary } from '@/components/popup/author-summary';
import { handleLabel } from '@/lib/platforms';
import type { AuthorView } from '@/lib/queries';
import type { AuthorRecord } from '@/lib/records';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
const charts = vi.hoisted(() => [] as Array<{ opts: { series: Array<{ label?: string }> } }>);
vi.mock('uplot', () => ({
  default: class {
    constructor(opts: (typeof charts)[number]['opts']) {
      charts.push({ opts });
    }
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

beforeEach(async () => {
  await resetAll();
  charts.length = 0;
});

it.each([
  ['alice', '@alice'],
  ['alice@mastodon.social', '@alice@mastodon.social'],
  ['alice.bsky.social', '@alice.bsky.social'],
  ['user42', '@user42'],
  ['channel/UCabc123', 'channel/UCabc123'],
  ['c/SomeChannel', 'c/SomeChannel'],
  ['company/acme', 'company/acme'],
  ['r/foo', 'r/foo'],
  ['100012345678', '100012345678'],
])('handleLabel(%j) is %j', (handle, label) => {
  expect(handleLabel(handle)).toBe(label);
});

const summaryOf = (author: Partial<AuthorRecord>) =>
  ({
    author: {
      key: 'k',
      platform: 'x',
      handle: 'alice',
      name: 'Alice',
      followers: 10,
      followersAt: 1,
      ...author,
    },
    trend: { points: [[1, 10]], latest: 10, change: null, spanMs: 0 },
    stats: {
      key: 'k',
      postsSeen: 0,
      postsWithEr: 0,
      postsDated: 0,
      scorePosts: 0,
      medianEr: null,
      meanEr: null,
      postsPerWeek: null,
      totalEngagement: null,
      bestPosts: [],
    },
    rows: [],
  }) as unknown as AuthorView;

it.each([
  ['linkedin', 'company/acme', 'Acme'],
  ['linkedin', 'company/acme', ''],
  ['facebook', '100012345678', 'Some One'],
  ['youtube', 'channel/UCabc123', 'Some Channel'],
] as const)('the popup names %s %s (name %j) without "@"', (platform, handle, name) => {
  render(<AuthorSummary view={summaryOf({ platform, handle, name })} />);
  const heading = screen.getByRole('heading').textContent!;
  expect(heading).toContain(handle);
  expect(heading).not.toContain(`@${handle}`);
});

it('the popup still names a handle "@alice"', () => {
  render(<AuthorSummary view={summaryOf({})} />);
  expect(screen.getByRole('heading').textContent).toContain('@alice');
});

it('the comparison names a channel read from /channel/UC… without "@": picker, chart, table, notes', async () => {
  await record([
    reading({
      platform: 'youtube',
      postId: 'dQw4w9WgXcQ',
      url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      author: { handle: 'channel/UCabc123', name: null, followers: 1000 },
      likes: 10,
      views: 500,
    }),
  ]);
  render(<AuthorsView pref="followers" version={0} onChanged={() => {}} />);
  await waitFor(() => expect(screen.getAllByRole('checkbox')).toHaveLength(1));
  fireEvent.click(screen.getByRole('checkbox', { name: /channel\/UCabc123/ }));
  await waitFor(() => expect(charts.at(-1)?.opts.series).toHaveLength(2));
  const text = document.body.textContent!;
  expect(text).toContain('channel/UCabc123');
  expect(text).not.toContain('@channel/');
  expect(charts.at(-1)!.opts.series[1]!.label).toBe('channel/UCabc123');
  fireEvent.click(screen.getByRole('button', { name: 'Delete author' }));
  expect(screen.getByRole('button', { name: /^Delete .*channel\/UCabc123/ }).textContent).not.toContain('@');
});
