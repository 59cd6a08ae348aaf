// Every dashboard view on a database filled the real way (issue 20): PostLens reads X pages served
// under x.com (a profile header read twice, a timeline of posts of two authors read twice, their
// counts grown in between), the background stores what it read, and each view's figures are
// checked against values worked out by hand below from the counts the pages show. Nothing here
// calls PostLens's own code to compute an expected value; Intl only formats a hand-computed number
// the way the page prints numbers (percent with 2 decimals under 10 %, "/h", "×").
//
// The dashboard runs in Asia/Tokyo (UTC+9, no daylight saving), so the weekday and hour of each
// posting time, and the day each period starts, are exact. The only write to the database that
// is not PostLens's own: the first follower reading is moved back (to before the Overview's
// period), and the first reading of the two posts that grow half an hour back (velocity compares
// readings at least 5 minutes apart), as the campaign journeys move snapshots: the extension's
// clock cannot be moved.
//
// Campaigns are covered by journeys-campaign.test.ts and journeys-campaign-ads.test.ts.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForBadges } from '../harness/badges';
import {
  backdateFollowerReadings,
  type DbDump,
  type DbReader,
  moveOnlyReadingsBack,
  openDbReader,
} from '../harness/extension-db';
import { editOnce, fixtureHtml, xTimelineOf } from '../harness/journeys-pages';
import { openInZone, openPopupFigures, type XPost, xTweet } from '../harness/journeys-views';
import { ROUTES, routeUrl } from '../harness/routes';
import { type E2ESession, startSession } from '../harness/session';

const TZ = 'Asia/Tokyo';
const TIMELINE_URL = 'https://x.com/home?views';
/** @perceptnet's profile: its header shows 338 followers; its one post is @TestUser123's sample. */
const PROFILE = ROUTES.find((r) => r.file === 'x/x-profile-en.html')!;
const PROFILE_URL = routeUrl(PROFILE);
const SAMPLE_KEY = 'x:1981398750557065646';
const PERCEPTNET = 'x:perceptnet';

const A = { handle: 'TestUser123', name: 'Test User Account' };
const B = { handle: 'perceptnet', name: 'rob cheung' };

// The posts of the timeline, as it first shows them. Posting times in UTC, and in Tokyo (+9 h):
const POSTS = {
  // Tue 2025-10-21 00:10Z = Tue 09:10 Tokyo
  a1: {
    ...A,
    id: '1981398750557066001',
    postedAt: '2025-10-21T00:10:00.000Z',
    text: 'Morning brew #Coffee #Launch',
    likes: 120,
    comments: 14,
    reposts: 3,
    saves: 3,
    views: 5600,
  },
  // Tue 2025-10-28 00:20Z = Tue 09:20 Tokyo
  a2: {
    ...A,
    id: '1981398750557066002',
    postedAt: '2025-10-28T00:20:00.000Z',
    text: 'Big day #launch',
    likes: 200,
    comments: 30,
    reposts: 15,
    saves: 5,
    views: 5000,
  },
  // Wed 2025-10-22 03:00Z = Wed 12:00 Tokyo
  a3: {
    ...A,
    id: '1981398750557066003',
    postedAt: '2025-10-22T03:00:00.000Z',
    text: 'Quiet notes #coffee',
    likes: 90,
    comments: 6,
    reposts: 2,
    saves: 2,
    views: 8000,
  },
  // Tue 2025-10-21 00:45Z = Tue 09:45 Tokyo
  b1: {
    ...B,
    id: '1981398750557066011',
    postedAt: '2025-10-21T00:45:00.000Z',
    text: 'Tasting #Coffee',
    likes: 40,
    comments: 5,
    reposts: 3,
    saves: 2,
    views: 2500,
  },
  // Sat 2025-10-25 15:30Z = Sun 2025-10-26 00:30 Tokyo (another day than in UTC)
  b2: {
    ...B,
    id: '1981398750557066012',
    postedAt: '2025-10-25T15:30:00.000Z',
    text: 'Ship it #Launch @TestUser123',
    likes: 300,
    comments: 40,
    reposts: 50,
    saves: 10,
    views: 10000,
  },
  // Wed 2025-10-15 01:00Z = Wed 10:00 Tokyo: before the Overview's period, in the one before it
  b3: {
    ...B,
    id: '1981398750557066013',
    postedAt: '2025-10-15T01:00:00.000Z',
    text: 'Old news #Launch',
    likes: 20,
    comments: 2,
    reposts: 2,
    saves: 1,
    views: 1000,
  },
} satisfies Record<string, XPost>;
type Id = keyof typeof POSTS;
const KEY = Object.fromEntries(Object.entries(POSTS).map(([k, p]) => [k, `x:${p.id}`])) as Record<Id, string>;
/** The second reading: a1 gained 30 likes, 2 comments and 800 views; b2 60 likes, 5 reposts, 2,000 views. */
const GROWN: Partial<Record<Id, Partial<XPost>>> = {
  a1: { likes: 150, comments: 16, views: 6400 },
  b2: { likes: 360, reposts: 55, views: 12000 },
};
const timeline = (grown: boolean) =>
  xTimelineOf((Object.keys(POSTS) as Id[]).map((k) => xTweet({ ...POSTS[k], ...(grown ? GROWN[k] : {}) })));

// The figures of each post as last read, by hand. Interactions = likes + comments + reposts + saves;
// X shows views on every post, so the ER PostLens leads with is interactions ÷ views.
// a0 is the sample post on @perceptnet's profile page: 553 likes, 48 replies, 152 reposts, 9 bookmarks, 30,142 views.
// Interactions:
//   a0: 553 + 48 + 152 + 9 = 762
//   a1: 150 + 16 + 3 + 3 = 172 (was 120 + 14 + 3 + 3 = 140)
//   a2: 200 + 30 + 15 + 5 = 250
//   a3: 90 + 6 + 2 + 2 = 100
//   b1: 40 + 5 + 3 + 2 = 50
//   b2: 360 + 40 + 55 + 10 = 465 (was 300 + 40 + 50 + 10 = 400)
//   b3: 20 + 2 + 2 + 1 = 25
// ER by views:
//   a0: 762 / 30142 = 2.528 %
//   a1: 172 / 6400 = 2.6875 %
//   a2: 250 / 5000 = 5 %
//   a3: 100 / 8000 = 1.25 %
//   b1: 50 / 2500 = 2 %
//   b2: 465 / 12000 = 3.875 %
//   b3: 25 / 1000 = 2.5 %

/** Local midnight in Tokyo of 2025-10-20, the Overview's first day: 2025-10-19 15:00 UTC. */
const PERIOD_START = Date.UTC(2025, 9, 19, 15);
/** Where the first follower reading (338) is moved: 2025-10-19 12:00 UTC, before the period starts. */
const FIRST_FOLLOWERS_AT = Date.UTC(2025, 9, 19, 12);

let session: E2ESession;
let reader: DbReader;
let profileTab: Page;
let tab: Page;
let dash: Page;
let locale = 'en-US';
/** Velocities of a1 and b2, per hour between their two readings (the hours from the stored times). */
let vA1 = 0;
let vB2 = 0;
let dump: DbDump;

const snaps = (d: DbDump, key: string) =>
  d.snapshots.filter((s) => s.postKey === key).sort((x, y) => x.capturedAt - y.capturedAt);
const followerReadings = (d: DbDump) =>
  d.followerSnapshots.filter((f) => f.authorKey === PERCEPTNET).sort((x, y) => x.capturedAt - y.capturedAt);

// How the page prints a number (lib/format's rules, restated): these only format.
const int = (v: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(v);
const pct = (v: number) =>
  new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: Math.abs(v) < 0.1 ? 2 : 1,
  }).format(v);
const perHour = (v: number) =>
  `${new Intl.NumberFormat(locale, { maximumFractionDigits: Math.abs(v) < 10 ? 1 : 0 }).format(v)}/h`;
// A multiple as the pages write it: one decimal, two significant digits below 1 (0.94×, not 0.9×).
const times = (v: number) =>
  `${new Intl.NumberFormat(locale, Math.abs(v) > 0 && Math.abs(v) < 1 ? { maximumSignificantDigits: 2 } : { maximumFractionDigits: 1 }).format(v)}×`;
const tokyoDay = (t: number) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: TZ }).format(t);
const tokyoTime = (t: number) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: TZ }).format(t);
/** Today in Tokyo, YYYY-MM-DD. */
const tokyoToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(new Date());

const texts = (loc: ReturnType<Page['locator']>) => loc.allTextContents().then((t) => t.map((s) => s.trim()));

async function go(hash: string): Promise<void> {
  await dash.evaluate(`location.hash = ${JSON.stringify(hash)}`);
}

beforeAll(async () => {
  session = await startSession();
  reader = await openDbReader(session.browser.context, session.browser.extensionId);
});

afterAll(async () => {
  for (const p of [dash, tab, profileTab]) await p?.close().catch(() => {});
  await reader?.close().catch(() => {});
  await session?.close();
});

describe('every dashboard view, on posts read the real way', () => {
  it('reads a profile twice (338 then 352 followers) and a timeline twice (two posts grew)', async () => {
    profileTab = await session.browser.context.newPage();
    await profileTab.goto(PROFILE_URL, { waitUntil: 'domcontentloaded' });
    expect(await waitForBadges(profileTab, 1)).toEqual([SAMPLE_KEY]);
    dump = await reader.waitFor((d) => followerReadings(d).length === 1 && snaps(d, SAMPLE_KEY).length === 1);
    expect(followerReadings(dump)[0]!.followers).toBe(338);
    expect(
      await backdateFollowerReadings(
        session.browser.context,
        session.browser.extensionId,
        PERCEPTNET,
        FIRST_FOLLOWERS_AT,
      ),
    ).toBe(1);

    session.server.setPage(
      PROFILE_URL,
      editOnce(fixtureHtml(PROFILE.file), [['>338<', '>352<']], PROFILE.file),
    );
    await profileTab.reload({ waitUntil: 'domcontentloaded' });
    expect(await waitForBadges(profileTab, 1)).toEqual([SAMPLE_KEY]);
    dump = await reader.waitFor((d) => followerReadings(d).length === 2);
    expect(followerReadings(dump).map((f) => [f.capturedAt === FIRST_FOLLOWERS_AT, f.followers])).toEqual([
      [true, 338],
      [false, 352],
    ]);

    tab = await session.browser.context.newPage();
    session.server.setPage(TIMELINE_URL, timeline(false));
    await tab.goto(TIMELINE_URL, { waitUntil: 'domcontentloaded' });
    expect((await waitForBadges(tab, 6)).sort()).toEqual(Object.values(KEY).sort());
    await reader.waitFor((d) => Object.values(KEY).every((k) => snaps(d, k).length === 1));
    // Velocity compares readings at least 5 minutes apart: the first reading of the two posts
    // that grow is moved half an hour back, as if the timeline had been read then.
    expect(
      await moveOnlyReadingsBack(
        session.browser.context,
        session.browser.extensionId,
        [KEY.a1, KEY.b2],
        30 * 60_000,
      ),
    ).toBe(2);

    session.server.setPage(TIMELINE_URL, timeline(true));
    await tab.reload({ waitUntil: 'domcontentloaded' });
    expect((await waitForBadges(tab, 6)).length).toBe(6);
    dump = await reader.waitFor((d) => snaps(d, KEY.a1).length === 2 && snaps(d, KEY.b2).length === 2);
    expect(snaps(dump, KEY.a1).map((s) => [s.likes, s.comments, s.reposts, s.saves, s.views])).toEqual([
      [120, 14, 3, 3, 5600],
      [150, 16, 3, 3, 6400],
    ]);
    expect(snaps(dump, KEY.b2).map((s) => [s.likes, s.comments, s.reposts, s.saves, s.views])).toEqual([
      [300, 40, 50, 10, 10000],
      [360, 40, 55, 10, 12000],
    ]);
    // The unchanged posts were not stored again.
    for (const k of ['a2', 'a3', 'b1', 'b2'] as const)
      expect(snaps(dump, KEY[k]).length).toBe(k === 'b2' ? 2 : 1);
    expect(dump.posts.find((p) => p.key === KEY.b2)?.publishedAt).toBe('2025-10-25T15:30:00.000Z');

    // Velocity = interactions gained ÷ hours between the two readings (their stored times).
    const hours = (k: string) => {
      const [s1, s2] = snaps(dump, k);
      return (s2!.capturedAt - s1!.capturedAt) / 3_600_000;
    };
    vA1 = (172 - 140) / hours(KEY.a1);
    vB2 = (465 - 400) / hours(KEY.b2);

    dash = await openInZone(session, 'dashboard.html#/overview', TZ);
    locale = (await dash.evaluate('navigator.language')) as string;
  });

  it('Overview: posts seen, interactions, median ER and velocity, follower change, top posts', async () => {
    await go('#/overview');
    const view = dash.getByRole('region', { name: 'Overview' });
    await view.waitFor({ timeout: 20_000 });
    await view.getByRole('radio', { name: 'Custom' }).check();
    await view.getByLabel('From').fill('2025-10-20');
    // The period starts at midnight in Tokyo (its first day, Oct 20, named as a day: days picked are
    // said by their first and last day, no time); the moved follower reading is before it.
    expect(tokyoTime(PERIOD_START)).toMatch(/^Oct 20, 2025, 12:00\sAM$/);
    await expect
      .poll(() => view.locator('.overview-period').textContent(), { timeout: 10_000 })
      .toMatch(
        /^Oct 20, 2025\s–\s[A-Z][a-z]{2} \d{1,2}, \d{4} \(so far\), compared with [^.]*Oct 19, 2025\./,
      );
    expect(FIRST_FOLLOWERS_AT).toBeLessThan(PERIOD_START);
    expect(await view.getByLabel('to', { exact: true }).inputValue()).toBe(tokyoToday());

    // In the period (2025-10-20 00:00 Tokyo to the end of today): a0 (Oct 23), a1, a2, a3, b1, b2.
    // In the period before it (as long, ending where it starts): b3 (Oct 15) only.
    const card = (id: string) => view.locator(`article.overview-card[data-card="${id}"]`);
    const value = (id: string) => card(id).locator('.overview-value').textContent();
    const change = (id: string) => card(id).locator('.overview-change').textContent();
    // The period runs until the end of today: each card compares it with the previous period up to
    // the same point, which it names (Oct 19, 2025, at today's time of day, a day before the start).
    const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const soFar = (text: string) =>
      new RegExp(`^${esc(text)} the previous period up to the same point \\(Oct 19, 2025, [^)]+\\)$`);

    await expect.poll(() => value('posts'), { timeout: 10_000 }).toBe('6');
    // 6 − 1 = 5, 5 ÷ 1 = 500 %
    expect(await change('posts')).toMatch(soFar(`▲ 5 (${pct(5)}) vs 1`));

    // 762 + 172 + 250 + 100 + 50 + 465 = 1,799; before: 25; 1,799 − 25 = 1,774; 1,774 ÷ 25 = 70.96
    expect(await value('interactions')).toBe(int(1799));
    expect(await card('interactions').textContent()).toContain('all 6 posts show counts');
    expect(await change('interactions')).toMatch(soFar(`▲ ${int(1774)} (${pct(70.96)}) vs 25`));

    // ERs sorted: 1.25 %, 2 %, 2.528 % (a0), 2.6875 % (a1), 3.875 %, 5 %: the median is the mean of the middle two.
    const medianEr = (762 / 30142 + 172 / 6400) / 2; // 2.6078 %
    expect(await value('medianEr')).toBe(pct(medianEr));
    expect(await card('medianEr').textContent()).toContain('6 of 6 posts with an ER');
    // Before: b3's 2.5 %. Change in percentage points, and as a share of 2.5 %.
    const pp = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format((medianEr - 0.025) * 100);
    expect(await change('medianEr')).toMatch(
      soFar(`▲ ${pp} pp (${pct((medianEr - 0.025) / 0.025)}) vs ${pct(0.025)}`),
    );

    // Two posts have two readings: a1 and b2; the median of two is their mean.
    expect(await value('medianVelocity')).toBe(perHour((vA1 + vB2) / 2));
    expect(await card('medianVelocity').textContent()).toContain('2 of 6 posts with a velocity');
    expect(await change('medianVelocity')).toContain('no value for the previous period');

    // @perceptnet: 338 at the start (the reading moved to before it), 352 at the end: +14.
    const followers = view.getByRole('article', { name: `Follower change: ${B.name} @${B.handle} · X` });
    await expect
      .poll(() => followers.locator('.overview-value').textContent(), { timeout: 10_000 })
      .toBe('+14');
    expect(await followers.textContent()).toContain(`${int(338)} → ${int(352)} followers`);
    expect(await followers.locator('.overview-change').textContent()).toContain(
      'no value for the previous period',
    );
    // @TestUser123: no follower count read, so no blank card but what to do, by name.
    expect(
      await view.getByRole('article', { name: `Follower change: ${A.name} @${A.handle} · X` }).count(),
    ).toBe(0);
    expect(await view.locator('.overview-unread').textContent()).toBe(
      `No follower count read yet for ${A.name} @${A.handle} · X: open their profile once with PostLens on, and this shows how their followers change.`,
    );

    const top = async (name: string) =>
      view
        .getByRole('region', { name })
        .locator('li')
        .evaluateAll((lis) =>
          lis.map((li) => [
            li.querySelector('a')?.textContent ?? '',
            li.querySelector('strong')?.textContent ?? '',
          ]),
        );
    const sampleText = "Democrat Shutdown Jeopardizes America's Skies";
    // By ER, highest first, five at most: a2 5 %, b2 3.875 %, a1 2.6875 %, a0 2.528 %, b1 2 % (a3 1.25 % is sixth).
    expect(await top('Top posts by engagement rate')).toEqual([
      [POSTS.a2.text, pct(0.05)],
      [POSTS.b2.text, pct(465 / 12000)],
      [POSTS.a1.text, pct(172 / 6400)],
      [sampleText, pct(762 / 30142)],
      [POSTS.b1.text, pct(0.02)],
    ]);
    // b2 gained 65 and a1 32 over (about) the same time: b2 first.
    expect(vB2).toBeGreaterThan(vA1);
    expect(await top('Top posts by velocity')).toEqual([
      [POSTS.b2.text, perHour(vB2)],
      [POSTS.a1.text, perHour(vA1)],
    ]);
    // Outlier: the post's ER ÷ the median ER of the author's other posts. @TestUser123 has four
    // posts (a0–a3), so each has three others; @perceptnet's three posts have two others each: none.
    // a2: 5 % ÷ median(1.25, 2.528, 2.6875 %) = 0.05 ÷ (762/30142) = 1.978
    // a1: 2.6875 % ÷ median(1.25, 2.528, 5 %) = (172/6400) ÷ (762/30142) = 1.063
    // a0: 2.528 % ÷ median(1.25, 2.6875, 5 %) = (762/30142) ÷ (172/6400) = 0.941
    // a3: 1.25 % ÷ median(2.528, 2.6875, 5 %) = 0.0125 ÷ (172/6400) = 0.465
    expect(await top('Top posts by outlier score')).toEqual([
      [POSTS.a2.text, times(0.05 / (762 / 30142))],
      [POSTS.a1.text, times(172 / 6400 / (762 / 30142))],
      [sampleText, times(762 / 30142 / (172 / 6400))],
      [POSTS.a3.text, times(0.0125 / (172 / 6400))],
    ]);
  });

  it("Posts: a row's counts, ER, velocity, and Posted against First seen", async () => {
    await go('#/posts');
    const row = dash.locator('table.posts-table tbody tr').filter({ hasText: POSTS.b2.text });
    await row.waitFor({ timeout: 20_000 });
    const firstSeen = dump.posts.find((p) => p.key === KEY.b2)!.firstSeen;
    expect(await texts(row.locator('td'))).toEqual([
      'X',
      '@perceptnet',
      `${POSTS.b2.text} ↗`,
      // Posted 2025-10-25 15:30 UTC: in Tokyo already the 26th.
      tokyoDay(Date.UTC(2025, 9, 26)),
      // First seen: today, when the timeline was read.
      tokyoDay(firstSeen),
      int(360),
      int(40),
      int(55),
      int(12000),
      pct(465 / 12000), // (360 + 40 + 55 + 10) ÷ 12,000 = 3.875 %
      perHour(vB2), // (465 − 400) ÷ hours between the readings
    ]);
    expect(tokyoDay(Date.UTC(2025, 9, 26))).not.toBe(tokyoDay(firstSeen));
    // The post seen once has no velocity.
    const once = dash.locator('table.posts-table tbody tr').filter({ hasText: POSTS.a3.text });
    expect((await texts(once.locator('td'))).slice(-2)).toEqual([pct(100 / 8000), '—']);
    // The author choice is 18rem wide, not as wide as its longest name: the browser would measure
    // every name at each layout to find it (tens of ms with 500 authors).
    const rem = await dash.evaluate(() =>
      Number.parseFloat(getComputedStyle(document.documentElement).fontSize),
    );
    const widths = await dash
      .locator('select.author-select')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    expect(widths).toEqual([18 * rem]);
  });

  it("a post's detail: its snapshots, newest first, with the rates at each", async () => {
    await go(`#/post/${encodeURIComponent(KEY.a1)}`);
    const detail = dash.locator('.post-detail');
    await detail.waitFor({ timeout: 20_000 });
    expect(await detail.getByRole('heading', { name: /snapshots?$/ }).textContent()).toBe('2 snapshots');
    const [first, second] = snaps(dump, KEY.a1);
    const rows = await detail
      .locator('table.snapshots tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent)),
      );
    expect(rows).toEqual([
      // Captured, likes, comments, reposts, saves, views, followers, engagement, ER followers, ER views
      [tokyoTime(second!.capturedAt), '150', '16', '3', '3', int(6400), '—', '172', '—', pct(172 / 6400)],
      [tokyoTime(first!.capturedAt), '120', '14', '3', '3', int(5600), '—', '140', '—', pct(140 / 5600)],
    ]);
    expect(await detail.locator('header').textContent()).toContain(
      `Posted ${tokyoTime(Date.UTC(2025, 9, 21, 0, 10))}`,
    );
    // Its rates now, as the table has them, each written out with its formula: ER by views (no
    // followers read), velocity over the two readings, and the outlier among a0, a2 and a3.
    const rates = await detail
      .locator('dl.post-rates > div')
      .evaluateAll((ds) =>
        ds.map((d) => [d.querySelector('dt')?.textContent, d.querySelector('strong')?.textContent]),
      );
    expect(rates).toEqual([
      ['ER', pct(172 / 6400)],
      ['ER followers', '—'],
      ['ER views', pct(172 / 6400)],
      ['Velocity', perHour(vA1)],
      ['Outlier', times(172 / 6400 / (762 / 30142))],
    ]);
    expect(await detail.locator('dl.post-rates').textContent()).toContain('÷ views');
  });

  it('Authors: two authors compared, then two author sets side by side', async () => {
    await go('#/authors');
    const view = dash.getByRole('region', { name: 'Authors' });
    await view.waitFor({ timeout: 20_000 });
    await view.getByRole('checkbox', { name: /@TestUser123/ }).check();
    await view.getByRole('checkbox', { name: /@perceptnet/ }).check();
    const row = (key: string) => view.locator(`table.comparison tr[data-author="${key}"] td`);
    await expect.poll(() => row(PERCEPTNET).count(), { timeout: 15_000 }).toBeGreaterThan(0);

    // @TestUser123: a0–a3. Engagement 762 + 172 + 250 + 100 = 1,284.
    // Median ER of 1.25, 2.528, 2.6875, 5 % = (2.528 + 2.6875) ÷ 2; mean = (0.0125 + 762/30142 + 0.026875 + 0.05) ÷ 4.
    // Posts / week: 3 gaps over a1 (Oct 21 00:10Z) to a2 (Oct 28 00:20Z), 7 days 10 minutes: 3 ÷ 10,090 min × 10,080 min.
    // @perceptnet: b1–b3. Engagement 50 + 465 + 25 = 540; median ER 2.5 %; mean (0.02 + 0.025 + 0.03875) ÷ 3.
    // Posts / week: 2 gaps over b3 (Oct 15 01:00Z) to b2 (Oct 25 15:30Z), 254.5 h: 2 ÷ 254.5 × 168.
    // Share of voice: 1,284 ÷ 1,824 and 540 ÷ 1,824.
    const cells = (
      followers: string,
      change: string,
      posts: number,
      ppw: number,
      med: number,
      mean: number,
      eng: number,
      share: number,
    ) => [followers, change, String(posts), ppw.toFixed(1), pct(med), pct(mean), int(eng), pct(share)];
    expect((await texts(row('x:testuser123'))).slice(0, 8)).toEqual(
      cells(
        '—',
        '—',
        4,
        (3 / 10090) * 10080,
        (762 / 30142 + 0.026875) / 2,
        (0.0125 + 762 / 30142 + 0.026875 + 0.05) / 4,
        1284,
        1284 / 1824,
      ),
    );
    // Followers: the latest reading, 352; change: 352 − 338 = +14.
    expect((await texts(row(PERCEPTNET))).slice(0, 8)).toEqual(
      cells(int(352), '+14', 3, (2 / 254.5) * 168, 0.025, (0.02 + 0.025 + 0.03875) / 3, 540, 540 / 1824),
    );

    // The comparison scrolls inside its box when it is wider; the page itself never sideways (its
    // hidden labels, positioned at the table's far end, widened the page to 1,397 px in the demo).
    expect(await dash.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth])).toEqual([
      1280, 1280,
    ]);

    // Two sets: "Our brand" (@TestUser123) and "Competitors" (@perceptnet).
    const sets = view.getByRole('region', { name: 'Author sets' });
    const setItem = (name: string) => sets.locator('li').filter({ hasText: name });
    for (const [name, handle, other] of [
      ['Our brand', 'TestUser123', 'perceptnet'],
      ['Competitors', 'perceptnet', 'TestUser123'],
    ] as const) {
      await sets.getByLabel('New set').fill(name);
      await sets.getByRole('button', { name: 'Create set' }).click();
      await setItem(name).waitFor({ timeout: 10_000 });
      await view.getByRole('checkbox', { name: new RegExp(`@${other}`) }).uncheck();
      await view.getByRole('checkbox', { name: new RegExp(`@${handle}`) }).check();
      await setItem(name).getByRole('button', { name: 'Add selected' }).click();
      await expect.poll(() => setItem(name).textContent(), { timeout: 10_000 }).toContain('1 author');
    }
    const compared = view.locator('table.sets-compared');
    await compared.waitFor({ timeout: 15_000 });
    const setRow = (name: string) =>
      compared
        .locator('tbody tr')
        .filter({ hasText: name })
        .evaluateAll((trs) => Array.from(trs[0]!.querySelectorAll('td')).map((td) => td.textContent));
    // Authors, posts seen, median ER, median velocity (of the posts with two readings), total engagement.
    await expect
      .poll(() => setRow('Our brand'), { timeout: 10_000 })
      .toEqual(['1', '4', pct((762 / 30142 + 0.026875) / 2), perHour(vA1), int(1284)]);
    expect(await setRow('Competitors')).toEqual(['1', '3', pct(0.025), perHour(vB2), int(540)]);
  });

  it('Insights: heatmap cells in Tokyo time, a slot’s median ER, and the hashtags', async () => {
    await go('#/insights');
    const view = dash.getByRole('region', { name: 'Insights' });
    await view.waitFor({ timeout: 20_000 });
    const heatmap = view.locator('table.heatmap');
    await heatmap.waitFor({ timeout: 10_000 });
    const filled = await heatmap.locator('tbody tr').evaluateAll((trs) =>
      trs.flatMap((tr) => {
        const day = tr.querySelector('th')?.textContent ?? '';
        return Array.from(tr.querySelectorAll('td')).flatMap((td, hour) =>
          td.classList.contains('empty') ? [] : [`${day} ${hour}: ${td.textContent}`],
        );
      }),
    );
    // a1, a2 and b1 at Tue 09 Tokyo (00:10, 00:20, 00:45 UTC); a3 Wed 12; b3 Wed 10; a0 (Thu 16:34
    // UTC) Fri 01; b2 (Sat 15:30 UTC) Sun 00.
    // Tue 09 is the one rated slot: its median is in words after the count (visually hidden); the
    // others say why they are not rated. The week starts on en-US's first day, Sunday.
    const unrated = '(1 with an ER, fewer than 3: not rated)';
    expect(filled).toEqual([
      `Sun 0: 1 ${unrated}`,
      `Tue 9: 3 (median ER ${pct(172 / 6400)})`,
      `Wed 10: 1 ${unrated}`,
      `Wed 12: 1 ${unrated}`,
      `Fri 1: 1 ${unrated}`,
    ]);
    expect(await heatmap.locator('caption').textContent()).toContain(
      `in time zone ${TZ}: 7 posts placed; 0 posts left out with no posted time`,
    );
    // Tue 09: ERs 2.6875 % (a1), 5 % (a2), 2 % (b1): the median is a1's; 3 posts reach the sample of 3.
    const tue9 = heatmap.locator('tbody tr').nth(2).locator('td').nth(9);
    expect(await tue9.getAttribute('title')).toMatch(
      new RegExp(`^Tuesday 09:00–10:00: median ER ${pct(172 / 6400).replace('.', '\\.')} of 3 posts \\(`),
    );
    expect(await tue9.getAttribute('class')).toContain('rated');
    expect(await view.getByRole('list', { name: 'Best slots' }).textContent()).toBe(
      // The grid's one basis, named (every post here shows views: by views).
      `Tue 09:00–10:00: median ${pct(172 / 6400)} by views over 3 posts`,
    );

    const topics = view.locator('table.topics-table');
    expect(await topics.locator('caption').textContent()).toContain(
      'Hashtags and mentions in 7 posts (1 with none)',
    );
    const tag = (key: string) => texts(topics.locator(`tr[data-tag="${key}"]`).locator('th .tag-label, td'));
    // #launch: a1, a2, b2, b3 ("#Launch" three times, "#launch" once). ERs 2.6875, 5, 3.875, 2.5 %:
    // median (2.6875 + 3.875) ÷ 2 = 3.28125 %. Velocities: a1's and b2's, median their mean, greyed:
    // 2 posts with a velocity, under the sample of 3 the rated row's ERs have.
    expect(await tag('#launch')).toEqual([
      '#Launch',
      'hashtag',
      '4',
      pct((0.026875 + 0.03875) / 2),
      perHour((vA1 + vB2) / 2),
    ]);
    const launchVelocity = topics.locator('tr[data-tag="#launch"] td').last();
    expect(await launchVelocity.getAttribute('class')).toBe('num under-sample');
    expect(await launchVelocity.getAttribute('title')).toBe('needs 3 posts with a velocity (has 2)');
    // #coffee: a1, a3, b1 ("#Coffee" twice). ERs 2.6875, 1.25, 2 %: median 2 %. Velocity: a1's only.
    expect(await tag('#coffee')).toEqual(['#Coffee', 'hashtag', '3', pct(0.02), perHour(vA1)]);
    // @TestUser123 in b2 only: one post, under the sample of 3.
    expect(await tag('@testuser123')).toEqual([
      '@TestUser123',
      'mention',
      '1',
      pct(465 / 12000),
      perHour(vB2),
    ]);
    // Rated tags by median ER first, then the rest.
    expect(
      await topics.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-tag'))),
    ).toEqual(['#launch', '#coffee', '@testuser123']);
  });

  it('the popup on the profile tab: the author summary and the post it shows', async () => {
    const popup = await openPopupFigures(session, profileTab);
    try {
      await expect.poll(async () => (await popup.read()).author !== null, { timeout: 15_000 }).toBe(true);
      const seen = await popup.read();
      const [first, last] = followerReadings(dump);
      // 352 − 338 = +14, over the days between the two readings.
      const days = Math.max(1, Math.round((last!.capturedAt - first!.capturedAt) / 86_400_000));
      expect(seen.author).toEqual({
        Followers: '352',
        Trend: `+14 in ${int(days)} days`,
        'Median ER': pct(0.025), // b1 2 %, b3 2.5 %, b2 3.875 %
        'Posts / week': ((2 / 254.5) * 168).toFixed(1),
      });
      expect(seen.authorText).toContain('From 3 posts seen.');
      expect(seen.posts).toHaveLength(1);
      expect(seen.posts[0]!.figures).toEqual({
        Likes: '553',
        Comments: '48',
        Reposts: '152',
        Saves: '9',
        Views: new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(30142),
        // The ER the list is sorted by, with its basis (Settings' lead: views where shown).
        'Engagement rate': `${pct(762 / 30142)} of views`,
        'ER by followers': '—',
        'ER by views': pct(762 / 30142),
        Velocity: '—',
        Outlier: times(762 / 30142 / (172 / 6400)),
      });
    } finally {
      await popup.close();
    }
  });

  it('made no request off this machine', async () => {
    await session.browser.guard.settle();
    expect(session.browser.guard.outside(), session.browser.guard.report()).toEqual([]);
  });
});
