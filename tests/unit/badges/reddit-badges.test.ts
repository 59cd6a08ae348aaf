// @vitest-environment node

// Reddit's badges on the real captures (tests/fixtures/reddit): the chip leads with the score per
// hour since posting (comments per hour without a score), the card shows both velocities, the
// score per 1,000 members where the page's header shows the subreddit's members, and Reddit's
// upvote ratio where the page gives it, each with its formula and source. The expected values
// are worked out here from the capture's attributes, not from the code under test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BadgeView, buildBadgeView } from '@/lib/metrics/badge-model';
import { redditAdapter as adapter } from '@/lib/platforms/reddit';
import type { PostReading, ProfileReading } from '@/lib/types';
import { parseSavedPage } from '@/tests/tools/inspect';

const HOUR = 3_600_000;
/** After every posting time in the captures (the latest is 2026-08-18T16:13Z). */
const NOW = Date.UTC(2026, 7, 19, 0, 0, 0);

const LISTING = { file: 'shreddit-listing.html', url: 'https://www.reddit.com/r/vintagecomputing/' };
const COMMENTS = {
  file: 'shreddit-comments.html',
  url: 'https://www.reddit.com/r/mildlyinfuriating/comments/1vrqi5a/how_cooked_the_uk_is_right_now/',
};
const FRONT = { file: 'old-reddit-front.html', url: 'https://old.reddit.com/' };
const THREAD = {
  file: 'old-reddit-thread.html',
  url: 'https://old.reddit.com/r/nottheonion/comments/1vr826t/woman_dies_comes_back_to_life_gets_parking_ticket/',
};
const MEMBERS = { file: 'old-reddit-thread-members.html', url: THREAD.url };
// Test names print the file ('%s').
for (const fx of [LISTING, COMMENTS, FRONT, THREAD, MEMBERS]) {
  Object.defineProperty(fx, 'toString', { value: () => fx.file, enumerable: false });
}

const windows: Array<ReturnType<typeof parseSavedPage>['window']> = [];
afterAll(async () => {
  await Promise.all(windows.map((w) => w.happyDOM.close()));
});
const pages = new Map<string, { posts: PostReading[]; profile: ProfileReading | null }>();
function read(fx: { file: string; url: string }) {
  const known = pages.get(fx.file);
  if (known) return known;
  const source = readFileSync(join(process.cwd(), 'tests/fixtures/reddit', fx.file), 'utf8');
  const { document, window } = parseSavedPage(source, new URL(fx.url));
  windows.push(window);
  const ctx = { url: new URL(fx.url), locale: 'en', now: NOW };
  const posts = adapter
    .findPosts(document)
    .map((el) => adapter.readPost(el, ctx))
    .filter((r): r is PostReading => r !== null);
  const out = { posts, profile: adapter.readProfile(document, ctx) };
  pages.set(fx.file, out);
  return out;
}

const badge = (reading: PostReading, profile: ProfileReading | null): BadgeView =>
  buildBadgeView({
    reading,
    knowledge: undefined,
    bands: { typical: 0.01, strong: 0.05, viral: 0.15 },
    preference: 'auto',
    locale: 'en',
    now: NOW,
    profile,
  });
// Old Reddit's front page: posts whose vote column shows "•" (score hidden by the subreddit).
const HIDDEN_SCORES = ['t3_1vrojkb', 't3_1vrmwzh', 't3_1vro3px', 't3_1vrootk'];
const figure = (v: BadgeView, label: string) => v.figures.find((f) => f.label === label);

/** The card's way with a computed figure: whole numbers from 10, two significant digits below. */
const num = (v: number) =>
  new Intl.NumberFormat(
    'en',
    v >= 10 ? { maximumFractionDigits: 0 } : { maximumSignificantDigits: 2 },
  ).format(v);
const int = (v: number) => new Intl.NumberFormat('en').format(v);

describe('Reddit badges: score and comments per hour since posting', () => {
  it.each([LISTING, COMMENTS, FRONT, THREAD])('$file: the chip, and both velocities on the card', (fx) => {
    const { posts, profile } = read(fx);
    expect(posts.length).toBeGreaterThan(0);
    for (const r of posts) {
      const v = badge(r, profile);
      if (r.likes === null && r.comments === null) {
        // A feed ad with its comments turned off (locked, comment-count "0", no comment control)
        // shows no count at all: no velocity from a 0 the page never showed, the chip says so.
        expect(r.promoted).toBe(true);
        expect(v.kind).toBe('action');
        continue;
      }
      const hours = (NOW - Date.parse(r.publishedAt!)) / HOUR;
      expect(hours).toBeGreaterThan(1);
      const score = figure(v, 'Score per hour since posting');
      const comments = figure(v, 'Comments per hour since posting');
      expect(v.kind).toBe('velocity');
      expect(v.band).toBeNull();
      if (r.likes !== null) {
        expect(v.headline).toBe(`${num(r.likes / hours)} points/h since posting`);
        expect(v.formula).toMatch(new RegExp(`^score / hours since posting = ${int(r.likes)} / [\\d.,]+ h$`));
        // The hours written give the figure shown (as many digits as it takes), close to the age.
        expect(num(r.likes / hoursIn(v.formula!))).toBe(num(r.likes / hours));
        expect(Math.abs(hoursIn(v.formula!) - hours) / hours).toBeLessThan(0.05);
        expect(score?.value).toBe(`${num(r.likes / hours)}/h`);
      } else {
        // A feed ad, or a post whose score the page hides ("•" in its first hours): no score, so no
        // score figure; the chip falls to comments per hour.
        expect(r.promoted || HIDDEN_SCORES.includes(r.postId)).toBe(true);
        expect(score).toBeUndefined();
        expect(v.headline).toBe(`${num(r.comments! / hours)} comments/h since posting`);
      }
      expect(comments?.value).toBe(`${num(r.comments! / hours)}/h`);
      expect(comments?.formula).toMatch(
        new RegExp(`^comments / hours since posting = ${int(r.comments!)} / [\\d.,]+ h$`),
      );
      expect(num(r.comments! / hoursIn(comments!.formula!))).toBe(num(r.comments! / hours));
      expect(v.counts[0]?.label).toBe('Score');
    }
  });
});

/** The hours a velocity's formula divides by ("… / 10.7 h"). */
const hoursIn = (formula: string) => Number(/\/ ([\d.,]+) h$/.exec(formula)![1]!.replaceAll(',', ''));

describe('Reddit badges: score per 1,000 members', () => {
  it.each([
    // [page, post, members the header shows (null: none), subreddit]
    [COMMENTS, 't3_1vrqi5a', 12_438_157, 'r/mildlyinfuriating'], // shreddit-subreddit-header subscribers="12438157"
    [MEMBERS, 't3_1vr826t', 26_069_891, 'r/nottheonion'], // .titlebox .subscribers .number "26,069,891"
    [THREAD, 't3_1vr826t', null, 'r/nottheonion'], // the real old-reddit sidebar prints no member count
    [LISTING, 't3_1vmmr2k', null, 'r/vintagecomputing'], // the header shows weekly visitors, not members
  ])('%s %s', (fx, id, members, sub) => {
    const { posts, profile } = read(fx);
    const r = posts.find((p) => p.postId === id)!;
    const f = figure(badge(r, profile), 'Score per 1,000 members');
    if (members === null) {
      expect(profile).toBeNull();
      expect(f).toEqual({
        label: 'Score per 1,000 members',
        value: `needs the members of ${sub} (the header of its post pages shows them)`,
        formula: 'score / members × 1,000',
        from: 'score: this page; members: not shown on this page',
      });
    } else {
      expect(profile).toMatchObject({ handle: sub, followers: members });
      expect(f).toEqual({
        label: 'Score per 1,000 members',
        value: num((r.likes! / members) * 1000),
        formula: `score / members × 1,000 = ${int(r.likes!)} / ${int(members)} × 1,000`,
        from: `score: this page; members: ${int(members)}, the header of ${sub} on this page`,
      });
    }
  });

  it('worked out: 5,039 / 12,438,157 × 1,000 = 0.41, and 7,489 / 26,069,891 × 1,000 = 0.29', () => {
    const value = (fx: typeof COMMENTS) => {
      const { posts, profile } = read(fx);
      return figure(badge(posts[0]!, profile), 'Score per 1,000 members')?.value;
    };
    expect(value(COMMENTS)).toBe('0.41');
    expect(value(MEMBERS)).toBe('0.29');
  });

  it("a subreddit's members never rate another subreddit's posts, nor lead the chip", () => {
    const { profile } = read(COMMENTS);
    for (const r of read(FRONT).posts) {
      const v = badge(r, profile);
      expect(figure(v, 'Score per 1,000 members')?.value).toMatch(
        r.likes === null ? /^needs counts$/ : /^needs the members of r\//,
      );
      expect(v.kind).toBe('velocity');
    }
    const own = badge(read(COMMENTS).posts[0]!, profile);
    expect(own.kind).toBe('velocity');
    expect(own.headline).toMatch(/points\/h since posting$/);
  });

  it('a post in a user profile (no subreddit) has no members figure', () => {
    const ad = read(LISTING).posts.find((p) => p.postId === 't3_1ul2h4d')!;
    expect(ad.url).toMatch(/\/user\/|\/u_/);
    expect(figure(badge(ad, null), 'Score per 1,000 members')).toBeUndefined();
  });
});

describe('Reddit badges: the upvote ratio and its source', () => {
  it.each([
    [
      COMMENTS,
      't3_1vrqi5a',
      '94.8%', // upvote-ratio="0.9479495268138801"
      "the post's upvote-ratio attribute on this page (Reddit's design does not print it)",
    ],
    [
      LISTING,
      't3_1vrrtx6',
      '88%',
      "the post's upvote-ratio attribute on this page (Reddit's design does not print it)",
    ],
    [THREAD, 't3_1vr826t', '97%', "“97% upvoted” in this page's sidebar"], // "(97% upvoted)"
    [FRONT, 't3_1vr82w4', 'not shown', "not on this page (old Reddit prints it on the post's own page)"],
    // An ad: no attribute.
    [LISTING, 't3_1ul2h4d', 'not shown', "not on this page (old Reddit prints it on the post's own page)"],
  ])('%s %s: %s', (fx, id, value, from) => {
    const { posts, profile } = read(fx);
    const r = posts.find((p) => p.postId === id)!;
    expect(figure(badge(r, profile), 'Upvote ratio')).toEqual({
      label: 'Upvote ratio',
      value,
      formula: 'upvotes / all votes, as Reddit gives it (it shows neither count)',
      from,
    });
  });

  it('is on Reddit cards only', () => {
    const r = { ...read(COMMENTS).posts[0]!, platform: 'x' as const, url: 'https://x.com/a/status/1' };
    expect(figure(badge(r, null), 'Upvote ratio')).toBeUndefined();
    expect(figure(badge(r, null), 'Score per 1,000 members')).toBeUndefined();
  });
});
