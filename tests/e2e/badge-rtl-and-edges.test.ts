// The badge on a right-to-left page, beside the window's left edge, and in German, in real
// Chromium (badge.css, card-place.ts). `all: initial` leaves `direction` alone, so the badge took
// rtl from an Arabic or Hebrew page: the chip read "eng/h since posting 60" and the ER formula
// "views / (likes + comments)", the inverse. A card right-aligned to a chip in a tile at the
// window's left started 74 px off-screen, where it could not be scrolled to. The German action
// chip "öffne einmal das Profil von … für eine Rate nach Followern" was cut at 24em.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForBadges } from '../harness/badges';
import { editOnce, fixtureHtml, newXIds, X_SAMPLE_ID, xTimelineOf } from '../harness/journeys-pages';
import { loadMessages } from '../harness/locale-messages';
import { type E2ESession, startSession } from '../harness/session';

let session: E2ESession;
let page: Page;
/** A post with views (a short rate chip), one in a tile at the window's left, one without views. */
let keys: [string, string, string];
let openProfile: string;

beforeAll(async () => {
  openProfile = (await loadMessages('de')).get('badge_chip_openProfile') ?? '';
  session = await startSession({ launch: { locale: 'de-DE' } });
  const ids = newXIds(960, 3);
  keys = ids.map((id) => `x:${id}`) as [string, string, string];
  const articles = ids.map((id) => fixtureHtml('x/x-tweet-sample.html').replaceAll(X_SAMPLE_ID, id));
  // The third post shows no views and no posting time: with no followers known, its chip asks
  // for the profile.
  articles[2] = editOnce(
    articles[2]!,
    [
      [', 30142 views"', '"'],
      ['<time datetime="2025-10-23T16:34:09.000Z">', '<time>'],
    ],
    'the third post',
  );
  const html = editOnce(xTimelineOf(articles), [['<html lang="en">', '<html lang="ar" dir="rtl">']], 'rtl');
  const url = 'https://x.com/home?rtl-and-edges';
  session.server.setPage(url, html);
  page = await session.browser.context.newPage();
  await page.goto(url);
  expect((await waitForBadges(page, 3)).sort()).toEqual([...keys].sort());
  // The second post as a 200-px tile 16 px from the window's left (a grid's first column).
  await page.evaluate((id) => {
    const cell = document.querySelector(`a[href*="/status/${id}"]`)!.closest('[data-testid="cellInnerDiv"]');
    (cell as HTMLElement).style.cssText = 'width: 200px; margin: 0 auto 0 16px';
  }, ids[1]);
});

afterAll(async () => {
  await session?.close();
});

const chipOf = (key: string): Locator =>
  page.locator(`postlens-badge[data-postlens-key="${key}"] button.chip`);

/** The headline's text, its direction, where its first and last letters are drawn, and its size. */
const headlineOf = (key: string) =>
  chipOf(key).evaluate((chip) => {
    const h = chip.querySelector('.headline')!;
    const text = h.firstChild as Text;
    const at = (i: number) => {
      const r = document.createRange();
      r.setStart(text, i);
      r.setEnd(text, i + 1);
      return r.getBoundingClientRect().left;
    };
    return {
      text: text.data,
      direction: getComputedStyle(chip).direction,
      first: at(0),
      last: at(text.length - 1),
      shown: h.clientWidth,
      needs: h.scrollWidth,
      height: h.getBoundingClientRect().height,
      line: Number.parseFloat(getComputedStyle(h).lineHeight),
    };
  });

/** Opens the post's card by hovering its chip (scrolled to the middle of the window). */
async function openCard(key: string) {
  const chip = chipOf(key);
  await chip.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.mouse.move(0, 0);
  await chip.hover();
  const card = page.locator(`postlens-badge[data-postlens-key="${key}"] .card`);
  await card.waitFor({ timeout: 10_000 });
  return card;
}

describe('the badge on a right-to-left page', () => {
  it('reads left to right, chip and card', async () => {
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
    const h = await headlineOf(keys[0]);
    expect(h.direction).toBe('ltr');
    expect(h.first, `"${h.text}": its first letter left of its last`).toBeLessThan(h.last);
    const card = await openCard(keys[0]);
    expect(
      await card
        .locator('code')
        .first()
        .evaluate((c) => getComputedStyle(c).direction),
    ).toBe('ltr');
  });

  it('opens a card inside the window for a post at the window\u2019s left edge', async () => {
    const card = await openCard(keys[1]);
    const box = (await card.boundingBox())!;
    const [width, height] = await page.evaluate(() => [document.documentElement.clientWidth, innerHeight]);
    expect((await chipOf(keys[1]).boundingBox())!.x, 'the chip is near the left edge').toBeLessThan(200);
    expect(box.x, 'the card\u2019s left edge').toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, 'the card\u2019s right edge').toBeLessThanOrEqual(width!);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(height!);
  });
});

describe('a German action chip', () => {
  it('shows its whole text, on more lines, and a short chip keeps one line', async () => {
    const [before, after] = openProfile.split('$1') as [string, string];
    const long = await headlineOf(keys[2]);
    expect(long.text.startsWith(before) && long.text.endsWith(after), long.text).toBe(true);
    expect(long.needs, `"${long.text}" is not cut`).toBeLessThanOrEqual(long.shown);
    expect(long.height).toBeGreaterThan(long.line * 1.5);
    const short = await headlineOf(keys[0]);
    expect(short.height, `"${short.text}" on one line`).toBeLessThan(short.line * 1.5);
  });

  it('made no request off this machine', async () => {
    await page.close();
    await session.browser.guard.settle();
    expect(session.browser.guard.outside(), session.browser.guard.report()).toEqual([]);
  });
});
