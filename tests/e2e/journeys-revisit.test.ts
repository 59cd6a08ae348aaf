// A second visit to a post whose counts grew since the first: PostLens stores a second snapshot
// with the new counts, and the badge then shows the velocity between the two, in engagements per
// hour, worked out from the two snapshots' times and counts.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForBadges } from '../harness/badges';
import { type DbReader, moveOnlyReadingsBack, openDbReader } from '../harness/extension-db';
import { badgeLabels, editOnce, fixtureHtml } from '../harness/journeys-pages';
import { ROUTES, routeUrl } from '../harness/routes';
import { type E2ESession, startSession } from '../harness/session';

const ROUTE = ROUTES.find((r) => r.file === 'x/x-tweet-sample.html')!;
const URL_ = routeUrl(ROUTE);
const KEY = 'x:1981398750557065646';

/**
 * The same post later: 553 → 611 likes and 152 → 170 reposts, everywhere X shows them (the bar's
 * label, each button's label, the visible number). Replies, bookmarks and views are unchanged.
 */
const later = () =>
  editOnce(
    fixtureHtml(ROUTE.file),
    [
      [
        '48 replies, 152 reposts, 553 likes, 9 bookmarks, 30142 views',
        '48 replies, 170 reposts, 611 likes, 9 bookmarks, 30142 views',
      ],
      ['aria-label="553 Likes. Like"', 'aria-label="611 Likes. Like"'],
      ['aria-label="152 reposts. Repost"', 'aria-label="170 reposts. Repost"'],
      ['>553<', '>611<'],
      ['>152<', '>170<'],
    ],
    ROUTE.file,
  );

let session: E2ESession;
let reader: DbReader;
let page: Page;

beforeAll(async () => {
  session = await startSession();
  reader = await openDbReader(session.browser.context, session.browser.extensionId);
});

afterAll(async () => {
  await page?.close().catch(() => {});
  await reader?.close().catch(() => {});
  await session?.close();
});

const snapshotsOf = (dump: Awaited<ReturnType<DbReader['read']>>) =>
  dump.snapshots.filter((s) => s.postKey === KEY).sort((a, b) => a.capturedAt - b.capturedAt);

describe('a second visit with changed counts', () => {
  it('stores a second snapshot and shows the velocity between the two', async () => {
    page = await session.browser.context.newPage();
    await page.goto(URL_, { waitUntil: 'domcontentloaded' });
    expect(await waitForBadges(page, 1)).toEqual([KEY]);
    await reader.waitFor((d) => snapshotsOf(d).length >= 1);
    // One snapshot: no velocity yet.
    await expect.poll(async () => (await badgeLabels(page))[KEY], { timeout: 10_000 }).toMatch(/^PostLens: /);
    expect((await badgeLabels(page))[KEY]).not.toContain('per hour');
    // Velocity compares readings at least 5 minutes apart, and the extension's clock cannot be
    // moved: the first reading is moved half an hour back, as if the visit had been then.
    expect(
      await moveOnlyReadingsBack(session.browser.context, session.browser.extensionId, [KEY], 30 * 60_000),
    ).toBe(1);

    session.server.setPage(URL_, later());
    await page.reload({ waitUntil: 'domcontentloaded' });
    expect(await waitForBadges(page, 1)).toEqual([KEY]);
    const snaps = snapshotsOf(await reader.waitFor((d) => snapshotsOf(d).length >= 2));
    expect(snaps).toHaveLength(2);
    expect(snaps.map((s) => [s.likes, s.reposts])).toEqual([
      [553, 152],
      [611, 170],
    ]);
    expect(snaps[1]).toMatchObject({ comments: 48, saves: 9, views: 30142 });

    // (611 + 48 + 170 + 9) − (553 + 48 + 152 + 9) = 76 more engagements, over the time between.
    const hours = (snaps[1]!.capturedAt - snaps[0]!.capturedAt) / 3_600_000;
    const perHour = Math.round(76 / hours);
    await expect
      .poll(async () => (await badgeLabels(page))[KEY], { timeout: 15_000 })
      .toMatch(/\+[\d,]+ engagements per hour/);
    const label = (await badgeLabels(page))[KEY]!;
    const shown = Number(/\+([\d,]+) engagements per hour/.exec(label)![1]!.replaceAll(',', ''));
    expect(shown).toBe(perHour);
  });

  it('made no request off this machine', async () => {
    await session.browser.guard.settle();
    expect(session.browser.guard.outside(), session.browser.guard.report()).toEqual([]);
  });
});
