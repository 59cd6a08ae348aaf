// @vitest-environment node

// A starred author's post breaks out while it is recent: not one of years ago read on the
// author's profile, nor one minutes old on a handful of interactions; and a breakout alerted ends
// only when the post falls clearly under the threshold, not when the median moves a hair.
// Expected values worked out by hand from the counts.
import { closeDb } from '@/lib/store/db';
import { type Counts, postedMs } from '@/lib/types';
import {
  AUTHOR_FALLEN_BACK,
  AUTHOR_RECENT_MS,
  authorPostJudged,
  authorUnderThreshold,
} from '@/lib/watchlist';
import { watchSetup } from '../fixtures/watch-setup';
import { freshIndexedDb, HOUR, MIN, reading, T0 } from '../recorder-helpers';

const counts = (likes: number | null): Counts => ({
  likes,
  comments: null,
  reposts: null,
  saves: null,
  views: 1000,
});
const iso = (ms: number) => new Date(ms).toISOString();

describe('authorPostJudged: recent, out for some minutes, engaged more than a few times', () => {
  it('judges posts up to two days out', () => expect(AUTHOR_RECENT_MS).toBe(48 * HOUR));

  it.each([
    ['posted 4 min before', iso(T0 - 4 * MIN), T0, 50, false],
    ['posted 5 min before', iso(T0 - 5 * MIN), T0, 50, true],
    ['posted 47 h before', iso(T0 - 47 * HOUR), T0, 50, true],
    ['posted 48 h before', iso(T0 - 48 * HOUR), T0, 50, true],
    ['posted 48 h and 1 ms before', iso(T0 - 48 * HOUR - 1), T0, 50, false],
    ['posted in 2024', '2024-01-05T10:00:00.000Z', T0, 50, false],
    ['posted in the future', iso(T0 + HOUR), T0, 50, false],
    // No posting time: from when it was first read.
    ['no posting time, first read now', null, T0, 50, false],
    ['no posting time, first read 5 min before', null, T0 - 5 * MIN, 50, true],
    ['no posting time, first read 49 h before', null, T0 - 49 * HOUR, 50, false],
    // A posting time is the post's age, whenever PostLens first read it.
    ['posted 3 h before, first read now', iso(T0 - 3 * HOUR), T0, 50, true],
    ['posted 3 min before, first read 10 min before', iso(T0 - 3 * MIN), T0 - 10 * MIN, 50, false],
    ['9 interactions are too few', iso(T0 - 3 * HOUR), T0, 9, false],
    ['10 are enough', iso(T0 - 3 * HOUR), T0, 10, true],
    ['no engagement count shown', iso(T0 - 3 * HOUR), T0, null, false],
  ])('%s: %s', (_name, publishedAt, firstSeen, likes, judged) => {
    expect(authorPostJudged({ publishedAt, firstSeen, latest: counts(likes) }, T0)).toBe(judged);
  });

  it('takes a day alone from its start, as a post’s age', () => {
    const day = '2025-05-01';
    const post = (at: number) =>
      authorPostJudged({ publishedAt: day, firstSeen: at, latest: counts(50) }, at);
    expect(post(postedMs(day) + 4 * MIN)).toBe(false);
    expect(post(postedMs(day) + 3 * HOUR)).toBe(true);
    expect(post(postedMs(day) + 49 * HOUR)).toBe(false);
  });

  it('judges nothing without counts', () => {
    expect(authorPostJudged({ publishedAt: iso(T0 - HOUR), firstSeen: T0, latest: null }, T0)).toBe(false);
  });
});

describe('authorUnderThreshold: fallen back under four fifths of the threshold', () => {
  it('is four fifths', () => expect(AUTHOR_FALLEN_BACK).toBe(0.8));

  // Others at 1% (median 1%), threshold 3×: the threshold is 3%, four fifths of it 2.4%.
  it.each([
    ['at the threshold', 0.03, false],
    ['just under it (2.94×: the median 2% up)', 0.0294, false],
    ['at four fifths of it', 0.024, false],
    ['under four fifths', 0.0239, true],
    ['no ER', null, false],
  ])('%s', (_name, er, under) => {
    expect(authorUnderThreshold(er, [0.01, 0.01, 0.01], 3)).toBe(under);
  });
});

describe("a starred author's posts in the background (recorder, watchlist, notification)", () => {
  beforeEach(freshIndexedDb);
  afterEach(async () => {
    vi.restoreAllMocks();
    await closeDb();
  });

  /** A post of @nasa with likes only counted (on 10,000 views: ER by views = likes / 10,000). */
  const likes = (n: number, postId = '1', over = {}) =>
    reading({ postId, likes: n, comments: 0, reposts: 0, ...over });

  it("reading the author's profile alerts on none of its old outliers, only on a recent one", async () => {
    const { create, readAt, messages } = await watchSetup({ authors: ['x:nasa'], alerts: true });
    // 20 posts of January 2024, two at 5% among 1%s; one posted 2 h before, at 5% too.
    const old = Array.from({ length: 20 }, (_, i) =>
      likes(i < 2 ? 500 : 100, String(100 + i), { publishedAt: `2024-01-0${(i % 9) + 1}T10:00:00.000Z` }),
    );
    await readAt(0, [...old, likes(500, '1', { publishedAt: iso(T0 - 2 * HOUR) })]);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]![0]).toMatch(/x:1$/);
    expect(messages()[0]).toMatch(/^ER by views 5%, 5× the author's median 1% \(20 other posts\)/);
  });

  it('judges a post minutes old once it is MIN_AGE_MS out, and on 10 interactions or more', async () => {
    const { create, readAt } = await watchSetup({ authors: ['x:nasa'], alerts: true });
    await readAt(0, [likes(100, '2'), likes(100, '3'), likes(100, '4')]);
    // Posted 3 min before: 40 likes on 1,000 views (4%) is no breakout yet.
    const young = (n: number) => likes(n, '5', { views: 1000, publishedAt: iso(T0 + HOUR - 3 * MIN) });
    await readAt(1, [young(40)]);
    // 6 min out, 4 likes on 40 views (10%): too few interactions.
    await readAt(1 + (3 * MIN) / HOUR, [likes(4, '6', { views: 40, publishedAt: iso(T0 + HOUR - 3 * MIN) })]);
    expect(create).not.toHaveBeenCalled();
    // 10 min out, 40 likes on 1,000 views: 4× the median.
    await readAt(1 + (7 * MIN) / HOUR, [young(40)]);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('times a post with no posting time from its first reading', async () => {
    const { create, readAt } = await watchSetup({ authors: ['x:nasa'], alerts: true });
    await readAt(0, [likes(100, '2'), likes(100, '3'), likes(100, '4')]);
    await readAt(1, [likes(300, '1', { publishedAt: null })]);
    expect(create).not.toHaveBeenCalled();
    await readAt(1 + (5 * MIN) / HOUR, [likes(300, '1', { publishedAt: null })]);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('does not alert again on the same post at the same ER when the median moves a hair', async () => {
    const { create, readAt } = await watchSetup({ authors: ['x:nasa'], alerts: true });
    await readAt(0, [likes(100, '2'), likes(100, '3'), likes(100, '4')]);
    await readAt(1, [likes(300)]); // 3% against 1%: 3×
    expect(create).toHaveBeenCalledTimes(1);
    await readAt(2, [likes(102, '2'), likes(102, '3'), likes(102, '4')]); // others 1.02%
    await readAt(3, [likes(300)]); // 2.94×: under 3×, not under 2.4×
    await readAt(4, [likes(90, '5'), likes(90, '6'), likes(90, '7')]); // median 0.96%
    await readAt(5, [likes(300)]); // 3.125×: the same breakout
    expect(create).toHaveBeenCalledTimes(1);
    // The others up to 1.3%: 3% is 2.3×, under four fifths of 3×, so the breakout ended; the
    // post at 4.5% (3.46× the median 1.3%) breaks out anew.
    await readAt(6, [
      likes(130, '2'),
      likes(130, '3'),
      likes(130, '4'),
      likes(130, '5'),
      likes(130, '6'),
      likes(130, '7'),
    ]);
    await readAt(7, [likes(300)]);
    await readAt(8, [likes(450)]);
    expect(create).toHaveBeenCalledTimes(2);
  });
});
