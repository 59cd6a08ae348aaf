// Review 6, the Authors view and the author comparison: figures that were wrong or said without
// what they rest on, and page text (names, handles) that turned the table's own words around.

import { AuthorPicker } from '@/components/dashboard/author-picker';
import { AuthorsView } from '@/components/dashboard/authors-view';
import { ComparisonTable } from '@/components/dashboard/comparison-table';
import { setMessageLookup } from '@/lib/i18n';
import { type AuthorView, authorStats, followerTrend, shareOfVoice } from '@/lib/queries';
import type { AuthorRecord } from '@/lib/records';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { postRow } from '../fixtures/post-row';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('../components/helpers')).protocolMock);
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

const DAY = 24 * 3_600_000;
const RLO = '\u202e';
const T0 = Date.UTC(2026, 10, 1, 12);

const authorRecord = (over: Partial<AuthorRecord> = {}): AuthorRecord => ({
  key: 'x:alice',
  platform: 'x',
  handle: 'alice',
  name: 'Alice',
  followers: null,
  followersAt: null,
  ...over,
});

function view(author: AuthorRecord, snaps: Array<[number, number]>, rows = [postRow()]): AuthorView {
  return {
    author,
    trend: followerTrend(
      snaps.map(([capturedAt, followers]) => ({ authorKey: author.key, capturedAt, followers })),
      author,
    ),
    stats: authorStats(author.key, rows),
    rows,
  };
}

function table(views: AuthorView[]) {
  render(
    <ComparisonTable
      comparison={{ views, share: shareOfVoice(views.map((v) => v.stats)) }}
      onDelete={() => {}}
    />,
  );
  const headers = [...document.querySelectorAll('table.comparison thead th')].map((th) => th.textContent);
  return (key: string, column: string) => {
    const i = headers.indexOf(column);
    expect(i).toBeGreaterThan(0);
    return document.querySelectorAll(`tr[data-author="${key}"] > *`)[i] as HTMLElement;
  };
}

/** Every text node holding a direction control sits in a <bdi> of its own. */
function unisolated(root: Element): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.textContent?.includes(RLO) && !n.parentElement?.closest('bdi')) out.push(n.textContent);
  }
  return out;
}

describe('followers: the author’s newest count', () => {
  // PostLens's own export writes an author's followers and followersAt apart from the follower
  // snapshots exactly when they differ from the last one; imported, the author's count is newer
  // than every snapshot. The comparison (and the popup) showed the older snapshot's count.
  it('is the author record’s dated count when it is newer than every follower snapshot', () => {
    const trend = followerTrend(
      [
        { authorKey: 'x:alice', capturedAt: T0, followers: 1000 },
        { authorKey: 'x:alice', capturedAt: T0 + DAY, followers: 1100 },
      ],
      authorRecord({ followers: 1500, followersAt: T0 + 3 * DAY }),
    );
    expect(trend.latest).toBe(1500);
    expect(trend.change).toBe(500);
    expect(trend.spanMs).toBe(3 * DAY);
  });

  it('stays the newest snapshot’s when the record’s count is older', () => {
    const trend = followerTrend(
      [
        { authorKey: 'x:alice', capturedAt: T0, followers: 1000 },
        { authorKey: 'x:alice', capturedAt: T0 + DAY, followers: 1100 },
      ],
      authorRecord({ followers: 900, followersAt: T0 - DAY }),
    );
    expect(trend.latest).toBe(1100);
    expect(trend.change).toBe(100);
  });
});

describe('posts per week', () => {
  // Posts whose page showed no posting time are dated by when PostLens first saw them: 30 of an
  // author's posts, scrolled past in five minutes, read as some 60,000 posts a week.
  it('is not worked out from first-seen times, which are when PostLens saw a post', () => {
    const rows = Array.from({ length: 30 }, (_, i) =>
      postRow({ publishedAt: null, firstSeen: T0 + i * 10_000, date: T0 + i * 10_000 }),
    );
    expect(authorStats('x:a', rows).postsPerWeek).toBeNull();
  });

  it('counts the posts with a posting time only', () => {
    const posted = [0, 7, 14].map((d) =>
      postRow({ publishedAt: new Date(T0 + d * DAY).toISOString(), date: T0 + d * DAY }),
    );
    const seen = postRow({ publishedAt: null, firstSeen: T0 + 20 * DAY, date: T0 + 20 * DAY });
    expect(authorStats('x:a', [...posted, seen]).postsPerWeek).toBeCloseTo(1);
  });
});

describe('the comparison table', () => {
  it('says over what time the follower change was seen', () => {
    const cell = table([
      view(authorRecord(), [
        [T0, 1000],
        [T0 + 30 * DAY, 1200],
      ]),
    ]);
    const change = cell('x:alice', 'Follower change');
    expect(change.textContent).toBe('+200');
    expect(change.getAttribute('title')).toBe('+200 in 30 days');
  });

  it('writes every number in the user’s locale, as its posts a week', async () => {
    setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
    try {
      const rows = [
        postRow({ engagement: 1234, publishedAt: new Date(T0).toISOString(), date: T0 }),
        postRow({ engagement: 1000, publishedAt: new Date(T0 + 4 * DAY).toISOString(), date: T0 + 4 * DAY }),
      ];
      const cell = table([view(authorRecord({ followers: 12345, followersAt: T0 }), [], rows)]);
      expect(cell('x:alice', 'Beiträge / Woche').textContent).toBe('1,8');
      expect(cell('x:alice', 'Follower').textContent).toBe('12.345');
      expect(cell('x:alice', 'Interaktionen').textContent).toBe('2.234');
    } finally {
      setMessageLookup(lookupFrom(await loadMessages('en')));
    }
  });

  it('keeps a name’s or handle’s right-to-left override inside it', () => {
    table([view(authorRecord({ handle: `eve${RLO}live`, name: `Eve${RLO} gnp.`, key: 'x:eve' }), [])]);
    const row = document.querySelector('tr[data-author="x:eve"] th')!;
    expect(row.textContent).toContain(RLO);
    expect(unisolated(row)).toEqual([]);
  });

  it('says the formula of share of voice', () => {
    const rows = (e: number) => [postRow({ engagement: e })];
    const cell = table([
      view(authorRecord(), [], rows(180)),
      view(authorRecord({ key: 'x:bob', handle: 'bob', name: 'Bob' }), [], rows(40)),
    ]);
    expect(cell('x:alice', 'Share of voice').getAttribute('title')).toMatch(/180.*220/);
  });

  it('gives the formulas of posts a week, median ER and mean ER, each with the posts it is made of', () => {
    // Four posts seen: three with an ER, two with a posting time (the page dated them).
    const rows = [
      // Each ER by views (an author's figures keep to one basis: author-er-one-basis.test.ts).
      postRow({
        key: 'x:1',
        er: 0.01,
        erViews: 0.01,
        erBasis: 'views',
        publishedAt: '2026-11-01T12:00:00.000Z',
        date: T0,
      }),
      postRow({
        key: 'x:2',
        er: 0.03,
        erViews: 0.03,
        erBasis: 'views',
        publishedAt: '2026-11-08T12:00:00.000Z',
        date: T0 + 7 * DAY,
      }),
      postRow({ key: 'x:3', er: 0.05, erViews: 0.05, erBasis: 'views' }),
      postRow({ key: 'x:4' }),
    ];
    const cell = table([view(authorRecord(), [], rows)]);
    // The ER headers name the table's one basis (comparison-one-basis.test.tsx).
    expect(cell('x:alice', 'Median ER by views').textContent).toBe('3%');
    expect(cell('x:alice', 'Median ER by views').getAttribute('title')).toBe(
      'median of the ERs by views of 3 of the 4 posts seen (those with one); each is (likes + comments + reposts + saves, those shown) ÷ views; ERs by followers are left out, as they are not alike',
    );
    expect(cell('x:alice', 'Mean ER by views').getAttribute('title')).toMatch(
      /^mean of the ERs by views of 3 of the 4 posts seen/,
    );
    // One gap of a week between the two dated posts: 1 post a week.
    expect(cell('x:alice', 'Posts / week').getAttribute('title')).toBe(
      '(posts with a posting time − 1) ÷ weeks from the first to the last of them: 2 of the 4 posts seen have one (it needs two, a minute or more apart)',
    );
  });
});

describe('the author picker', () => {
  it('keeps a name’s or handle’s right-to-left override inside it', () => {
    render(
      <AuthorPicker
        authors={[authorRecord({ handle: `eve${RLO}live`, name: `Eve${RLO} gnp.`, key: 'x:eve' })]}
        selected={[]}
        onChange={() => {}}
      />,
    );
    const label = document.querySelector('.author-picker label')!;
    expect(label.textContent).toContain(RLO);
    expect(unisolated(label)).toEqual([]);
  });
});

describe('the followers chart', () => {
  beforeEach(async () => {
    await resetAll();
    charts.length = 0;
  });

  it('isolates a handle in its line’s label, so " · X" after it is not turned around', async () => {
    const handle = `eve${RLO}live`;
    await record([reading({ postId: '1', author: { handle, name: 'Eve', followers: 100 }, likes: 1 })]);
    await record([
      reading({
        platform: 'instagram',
        postId: 'Cabc',
        url: 'https://www.instagram.com/p/Cabc/',
        author: { handle, name: 'Eve', followers: 900 },
        likes: 2,
      }),
    ]);
    render(<AuthorsView pref="followers" version={0} onChanged={() => {}} />);
    await waitFor(() => expect(screen.getAllByRole('checkbox', { name: /Eve/ })).toHaveLength(2));
    for (const box of screen.getAllByRole('checkbox', { name: /Eve/ })) fireEvent.click(box);
    await waitFor(() => expect(charts.at(-1)?.opts.series).toHaveLength(3));
    const labels = charts
      .at(-1)!
      .opts.series.slice(1)
      .map((s) => s.label);
    expect(labels.sort()).toEqual([`\u2068@${handle}\u2069 · Instagram`, `\u2068@${handle}\u2069 · X`]);
  });
});
