// What a post's counts were at each visit: a first visit stores a snapshot with the exact numbers
// the page shows, an unchanged revisit inside the snapshot interval adds none, and a visit after
// the counts changed adds one with the new numbers. Written once for Chromium and Firefox.
import { describe, expect, it } from 'vitest';
import { waitForBadges } from '../badges';
import type { E2EBrowser } from '../e2e-session';
import { snapshotsOf } from '../extension-db';
import { editOnce, fixtureHtml } from '../journeys-pages';
import { ROUTES, routeUrl } from '../routes';
import { itLeftNoTrace, useSession } from './lifecycle';

const route = ROUTES.find((r) => r.file === 'x/x-tweet-sample.html')!;
const url = routeUrl(route);
const KEY = 'x:1981398750557065646';

/** The same saved page a while later: 553 likes became 600, everywhere X shows it (the action
 * bar's label, the like button's label, the visible number). */
const withMoreLikes = () => {
  const label = '48 replies, 152 reposts, 553 likes, 9 bookmarks, 30142 views';
  return editOnce(
    fixtureHtml(route.file),
    [
      [label, label.replace('553 likes', '600 likes')],
      ['aria-label="553 Likes. Like"', 'aria-label="600 Likes. Like"'],
      ['>553<', '>600<'],
    ],
    `${route.file} (update withMoreLikes)`,
  );
};

export function describeSnapshots(browser: E2EBrowser): void {
  const { session, reader } = useSession(browser, { reader: true });

  describe('snapshots across visits', () => {
    it('stores the exact counts of the first visit', async () => {
      const page = await session().newPage();
      try {
        await page.goto(url);
        expect(await waitForBadges(page, 1)).toEqual([KEY]);
        const snaps = await snapshotsOf(reader(), KEY, 1);
        expect(snaps).toHaveLength(1);
        expect(snaps[0]).toMatchObject({ likes: 553, comments: 48, reposts: 152, saves: 9, views: 30142 });
        const dump = await reader().read();
        expect(dump.posts.find((p) => p.key === KEY)).toMatchObject({
          platform: 'x',
          postId: '1981398750557065646',
        });
      } finally {
        await page.close();
      }
    });

    it('adds one snapshot when the counts changed, none for an unchanged revisit', async () => {
      const page = await session().newPage();
      try {
        await page.goto(url); // unchanged, well inside the 30-minute snapshot interval
        expect(await waitForBadges(page, 1)).toEqual([KEY]);
        session().server.setPage(url, withMoreLikes());
        await page.reload();
        expect(await waitForBadges(page, 1)).toEqual([KEY]);
        const snaps = await snapshotsOf(reader(), KEY, 2);
        expect(snaps.map((s) => s.likes)).toEqual([553, 600]);
        expect(snaps[1]).toMatchObject({ comments: 48, reposts: 152, saves: 9, views: 30142 });
      } finally {
        await page.close();
        session().server.clearPages();
      }
    });

    itLeftNoTrace(browser, session);
  });
}
