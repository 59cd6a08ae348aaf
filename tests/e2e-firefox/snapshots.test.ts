// What a post's counts were at each visit, in Firefox: a first visit stores a snapshot with the
// exact numbers the page shows, an unchanged revisit inside the snapshot interval adds none, and a
// visit after the counts changed adds one with the new numbers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipUnlessWatched } from '../harness/firefox-console';
import { type FirefoxDbReader, openFirefoxDbReader } from '../harness/firefox-db';
import { waitForBadges } from '../harness/firefox-pages';
import { type FirefoxSession, startFirefoxSession } from '../harness/firefox-session';
import { FIXTURES_DIR } from '../harness/paths';
import { ROUTES, routeUrl } from '../harness/routes';

const route = ROUTES.find((r) => r.file === 'x/x-tweet-sample.html')!;
const url = routeUrl(route);
const KEY = 'x:1981398750557065646';

/**
 * The same saved page a while later: 553 likes became 600, everywhere X shows it (the action
 * bar's label, the like button's label, the visible number). Each replacement must hit once.
 */
function withMoreLikes(html: string): string {
  const label = '48 replies, 152 reposts, 553 likes, 9 bookmarks, 30142 views';
  const edits: [string, string][] = [
    [label, label.replace('553 likes', '600 likes')],
    ['aria-label="553 Likes. Like"', 'aria-label="600 Likes. Like"'],
    ['>553<', '>600<'],
  ];
  return edits.reduce((out, [from, to]) => {
    if (out.split(from).length !== 2) {
      throw new Error(`${route.file}: "${from}" is not there exactly once; update withMoreLikes`);
    }
    return out.replace(from, to);
  }, html);
}

let session: FirefoxSession;
let reader: FirefoxDbReader;

beforeAll(async () => {
  session = await startFirefoxSession();
  reader = await openFirefoxDbReader(session.firefox.browser, session.firefox.extensionBase);
});

afterAll(async () => {
  await reader?.close().catch(() => {});
  await session?.close();
});

const snapshotsOf = async (key: string, atLeast: number) => {
  const dump = await reader.waitFor((d) => d.snapshots.filter((s) => s.postKey === key).length >= atLeast);
  return dump.snapshots.filter((s) => s.postKey === key).sort((a, b) => a.capturedAt - b.capturedAt);
};

describe('snapshots across visits', () => {
  it('stores the exact counts of the first visit', async () => {
    const page = await session.firefox.browser.newPage();
    try {
      await page.goto(url);
      expect(await waitForBadges(page, 1)).toEqual([KEY]);
      const snaps = await snapshotsOf(KEY, 1);
      expect(snaps).toHaveLength(1);
      expect(snaps[0]).toMatchObject({ likes: 553, comments: 48, reposts: 152, saves: 9, views: 30142 });
      const dump = await reader.read();
      expect(dump.posts.find((p) => p.key === KEY)).toMatchObject({
        platform: 'x',
        postId: '1981398750557065646',
      });
    } finally {
      await page.close();
    }
  });

  it('adds one snapshot when the counts changed, none for an unchanged revisit', async () => {
    const page = await session.firefox.browser.newPage();
    try {
      await page.goto(url); // unchanged, well inside the 30-minute snapshot interval
      expect(await waitForBadges(page, 1)).toEqual([KEY]);
      session.server.setPage(url, withMoreLikes(readFileSync(join(FIXTURES_DIR, route.file), 'utf8')));
      await page.reload();
      expect(await waitForBadges(page, 1)).toEqual([KEY]);
      const snaps = await snapshotsOf(KEY, 2);
      expect(snaps.map((s) => s.likes)).toEqual([553, 600]);
      expect(snaps[1]).toMatchObject({ comments: 48, reposts: 152, saves: 9, views: 30142 });
    } finally {
      await page.close();
      session.server.clearPages();
    }
  });

  it('raised no error in PostLens', async (ctx) => {
    skipUnlessWatched(ctx, session.firefox.errorWatch);
    const errors = await session.firefox.extensionErrors();
    expect(errors, errors.map((e) => `${e.kind}: ${e.message} (${e.source})`).join('\n')).toEqual([]);
  });

  it('made no request off this machine', async () => {
    await session.firefox.settle();
    expect(session.firefox.guard.outside(), session.firefox.guard.report()).toEqual([]);
  });
});
