// Why a figure of the Overview and Insights is blank, and the time a follower change was seen over,
// as the user reads them: the words must be true of the posts and readings in front of them.
// 1. Velocity: a post read twice a minute apart has two readings and no velocity (the two must be
//    5 min or more apart, both showing counts); the blanks said it lacked a second reading.
// 2. Outlier score: the blank said the author lacked 3 other posts with an ER, also when they had
//    them on the other basis, or with a median of 0.
// 3. Follower change: any span under an hour was said as "in 1 hour".

import { changeOverSpan } from '@/components/common/follower-span';
import { TopPosts } from '@/components/insights/top-posts';
import { TopicsTable } from '@/components/insights/topics-table';
import { setMessageLookup } from '@/lib/i18n';
import { buildPostOverview, lastDays } from '@/lib/insights';
import { MIN_AGE_MS, OUTLIER_MIN_POSTS } from '@/lib/metrics';
import { buildRow, fillOutliers, type PostRow } from '@/lib/queries';
import type { PostRecord, SnapshotRecord } from '@/lib/records';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { postRow } from '../fixtures/post-row';
import { render, screen } from '../testing-library';

const MIN = 60_000;
const HOUR = 3_600_000;
const D = 86_400_000;
const NOW = Date.UTC(2026, 2, 15, 12);

afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));
const german = async () => setMessageLookup(lookupFrom(await loadMessages('de')), 'de');

// A post read in the feed ("1.2K") and a minute later on its own page ("1,234"): two stored
// readings 60 s apart, both showing likes, comments and views.
const post: PostRecord = {
  key: 'x:1',
  platform: 'x',
  postId: '1',
  url: 'https://x.com/acme/status/1',
  authorKey: 'x:acme',
  authorHandle: 'acme',
  authorName: 'Acme',
  publishedAt: new Date(NOW - 5 * HOUR).toISOString(),
  text: 'launch day #launch',
  promoted: false,
  firstSeen: NOW - 2 * HOUR,
  lastSeen: NOW - 2 * HOUR + MIN,
};
const snap = (capturedAt: number, likes: number): SnapshotRecord => ({
  postKey: post.key,
  capturedAt,
  likes,
  comments: 4,
  reposts: null,
  saves: null,
  views: 30_000,
  followers: null,
});
const readTwiceAMinuteApart = (): PostRow =>
  buildRow(post, [snap(NOW - 2 * HOUR, 1200), snap(NOW - 2 * HOUR + MIN, 1234)], undefined, 'auto');

// The rule as the code has it: the newest reading MIN_AGE_MS or more before the latest.
const SPAN_MIN = MIN_AGE_MS / MIN;

describe('a post with two readings a minute apart: why it has no velocity', () => {
  const row = readTwiceAMinuteApart();

  it('has two readings, counts in both, and no velocity (the premise)', () => {
    expect(row.snapshotCount).toBe(2);
    expect(row.engagement).not.toBeNull();
    expect(row.velocity).toBeNull();
    expect(SPAN_MIN).toBe(5);
  });

  it("Overview's median velocity card names the spacing the readings lack", () => {
    const card = buildPostOverview({ rows: [row], period: lastDays(7, NOW), now: NOW }).cards.find(
      (c) => c.id === 'medianVelocity',
    )!;
    expect(card.current.value).toBeNull();
    expect(card.current.reason).not.toMatch(/has two readings yet|velocity needs two$/);
    expect(card.current.reason).toBe(
      `no post seen has two readings ${SPAN_MIN} min or more apart, both showing counts`,
    );
  });

  it("the topics table's velocity cell names the spacing the readings lack", () => {
    render(<TopicsTable rows={[row]} minSample={1} />);
    const cells = screen
      .getByRole('rowheader', { name: /#launch/ })
      .closest('tr')!
      .querySelectorAll('td');
    const velocity = cells[cells.length - 1]!;
    expect(velocity.textContent).toBe('—');
    expect(velocity.title).toBe(
      `No post with this tag has two readings ${SPAN_MIN} min or more apart, both showing counts`,
    );
  });

  it('the top posts by velocity name the spacing the readings lack', () => {
    const o = buildPostOverview({ rows: [row], period: lastDays(7, NOW), now: NOW });
    expect(o.top.velocity).toEqual([]);
    render(<TopPosts top={o.top} erBasis={o.topErBasis} />);
    const list = screen.getByRole('region', { name: 'Top posts by velocity' }).textContent!;
    expect(list).not.toMatch(/has two readings yet/);
    expect(list).toContain(`two readings ${SPAN_MIN} min or more apart, both showing counts`);
  });

  it('says the same in German, not that the post lacks a second reading', async () => {
    await german();
    const card = buildPostOverview({ rows: [row], period: lastDays(7, NOW), now: NOW }).cards.find(
      (c) => c.id === 'medianVelocity',
    )!;
    expect(card.current.reason).not.toMatch(/schon zwei Messungen/);
    expect(card.current.reason).toContain(`${SPAN_MIN} Min. oder mehr Abstand, beide mit Zahlen`);
    render(<TopicsTable rows={[row]} minSample={1} />);
    const cells = screen
      .getByRole('rowheader', { name: /#launch/ })
      .closest('tr')!
      .querySelectorAll('td');
    expect(cells[cells.length - 1]!.title).toContain(`${SPAN_MIN} Min. oder mehr Abstand, beide mit Zahlen`);
  });
});

describe('the top posts by outlier score, blank, say what the posts lack', () => {
  // acme's posts of this period, rows as the dashboard fills them (fillOutliers).
  const acme = (i: number, f: Partial<PostRow>): PostRow =>
    postRow({
      authorHandle: 'acme',
      text: `post ${i}`,
      publishedAt: new Date(NOW - i * D).toISOString(),
      firstSeen: NOW - i * D,
      lastSeen: NOW - i * D,
      date: NOW - i * D,
      engagement: 10,
      ...f,
    });
  const outlierList = (rows: PostRow[], list = 'Top posts by outlier score') => {
    fillOutliers(rows);
    const o = buildPostOverview({ rows, period: lastDays(30, NOW), now: NOW });
    render(<TopPosts top={o.top} erBasis={o.topErBasis} />);
    return { rows, text: screen.getByRole('region', { name: list }).textContent! };
  };
  // The old words: the author lacks OUTLIER_MIN_POSTS other posts with an ER, nothing more.
  const lacksPosts = new RegExp(`its author needs ${OUTLIER_MIN_POSTS} other posts with an ER\\.`);

  it('when every post has 3 others with an ER, but on the other basis', () => {
    // One post with an ER by views (0.5%), three with an ER by followers (1%, 2%, 3%): each has 3
    // other posts with an ER, none has 3 on its own basis.
    const { rows, text } = outlierList([
      acme(1, { views: 2000, erViews: 0.005, er: 0.005, erBasis: 'views' }),
      acme(2, { followers: 1000, erFollowers: 0.01, er: 0.01, erBasis: 'followers' }),
      acme(3, { followers: 1000, erFollowers: 0.02, er: 0.02, erBasis: 'followers' }),
      acme(4, { followers: 1000, erFollowers: 0.03, er: 0.03, erBasis: 'followers' }),
    ]);
    expect(rows.map((r) => r.outlier)).toEqual([null, null, null, null]);
    expect(text).not.toMatch(lacksPosts);
    expect(text).toContain('on the same basis');
  });

  it('when every post has 3 others with an ER on its basis, their median 0', () => {
    // Four posts, each 0 interactions of 1,000 views: an ER of 0, and the others' median 0.
    const { rows, text } = outlierList(
      [1, 2, 3, 4].map((i) => acme(i, { engagement: 0, views: 1000, erViews: 0, er: 0, erBasis: 'views' })),
    );
    expect(rows.map((r) => r.outlier)).toEqual([null, null, null, null]);
    expect(text).not.toMatch(lacksPosts);
    expect(text).toContain('median above 0');
  });

  it('says the same in German', async () => {
    await german();
    const { text } = outlierList(
      [1, 2, 3, 4].map((i) => acme(i, { engagement: 0, views: 1000, erViews: 0, er: 0, erBasis: 'views' })),
      'Top-Beiträge nach Ausreißerwert',
    );
    expect(text).not.toMatch(/Sein Autor braucht 3 weitere Beiträge mit ER\./);
    expect(text).toContain('derselben Basis');
    expect(text).toContain('Median über 0');
  });
});

describe('a follower change seen over less than an hour', () => {
  it.each([
    [3 * MIN, '+12 in 3 minutes'],
    [1 * MIN, '+12 in 1 minute'],
    [45 * MIN, '+12 in 45 minutes'],
    [20_000, '+12 in under a minute'],
    // An hour or more: in hours, as before.
    [HOUR, '+12 in 1 hour'],
    [3 * HOUR, '+12 in 3 hours'],
    [2 * D, '+12 in 2 days'],
  ])('over %i ms reads %s', (span, words) => {
    expect(changeOverSpan('+12', span)).toBe(words);
  });

  it('is not said to have taken an hour when it took 3 minutes', () => {
    expect(changeOverSpan('+12', 3 * MIN)).not.toMatch(/hour/);
  });

  it('says minutes in German too', async () => {
    await german();
    expect(changeOverSpan('+12', 3 * MIN)).toBe('+12 in 3 Minuten');
    expect(changeOverSpan('+12', 1 * MIN)).toBe('+12 in 1 Minute');
    expect(changeOverSpan('+12', 20_000)).toBe('+12 in weniger als einer Minute');
  });
});
