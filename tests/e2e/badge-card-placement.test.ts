// A badge's card opens where the window has room for it (components/badge/card-place.ts), in real
// Chromium: above a chip near the bottom of the window, below a chip near its top (before, it
// opened above and the window's edge cut off its first lines), never past either edge, and over
// the badges after it (before, they painted over it).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForBadges } from '../harness/badges';
import { newXIds, xTimeline } from '../harness/journeys-pages';
import { type E2ESession, startSession } from '../harness/session';

const POSTS = 4;
let session: E2ESession;
let page: Page;
let keys: string[];

beforeAll(async () => {
  session = await startSession();
  const timeline = xTimeline(newXIds(900, POSTS));
  keys = timeline.keys;
  const url = 'https://x.com/home?card-placement';
  session.server.setPage(url, timeline.html);
  page = await session.browser.context.newPage();
  await page.goto(url);
  expect((await waitForBadges(page, POSTS)).sort()).toEqual([...keys].sort());
});

afterAll(async () => {
  await session?.close();
});

/** Scrolls the post's chip to the window's top or bottom edge, opens its card, and measures both. */
async function openAt(key: string, edge: 'start' | 'end') {
  const badge = page.locator(`postlens-badge[data-postlens-key="${key}"]`);
  const chip = badge.locator('button.chip');
  await chip.evaluate((el, block) => el.scrollIntoView({ block }), edge);
  await page.mouse.move(0, 0);
  await chip.hover();
  const card = badge.locator('.card');
  await card.waitFor({ timeout: 10_000 });
  const [c, k] = [(await chip.boundingBox())!, (await card.boundingBox())!];
  const height = await page.evaluate(() => window.innerHeight);
  return { chip: c, card: k, height };
}

describe('a badge card near the edge of the window', () => {
  it('opens below a chip at the top of the window, inside the window', async () => {
    const { chip, card, height } = await openAt(keys[1]!, 'start');
    expect(chip.y).toBeLessThan(40);
    expect(card.y, 'the card opens below the chip').toBeGreaterThanOrEqual(chip.y + chip.height);
    expect(card.y + card.height).toBeLessThanOrEqual(height);
  });

  it('opens above a chip at the bottom of the window, inside the window', async () => {
    const { chip, card, height } = await openAt(keys[2]!, 'end');
    expect(chip.y + chip.height).toBeGreaterThan(height - 40);
    expect(card.y + card.height, 'the card opens above the chip').toBeLessThanOrEqual(chip.y);
    expect(card.y).toBeGreaterThanOrEqual(0);
  });

  it('is drawn over the badge of a later post under it', async () => {
    const { card } = await openAt(keys[0]!, 'start');
    // Short posts put the next post's chip under an open card; here the next badge is moved there.
    const later = page.locator(`postlens-badge[data-postlens-key="${keys[1]}"]`);
    const before = (await later.locator('button.chip').boundingBox())!;
    const shift = card.y + card.height / 2 - (before.y + before.height / 2);
    await later.evaluate((host, px) => {
      (host as HTMLElement).style.top = `${px}px`;
    }, shift);
    const chip = (await later.locator('button.chip').boundingBox())!;
    const [x, y] = [chip.x + chip.width / 2, chip.y + chip.height / 2];
    expect(y > card.y && y < card.y + card.height && x > card.x, 'the later chip is under the card').toBe(
      true,
    );
    const topmost = await page.evaluate(
      ([px, py]) =>
        document.elementFromPoint(px!, py!)?.closest('postlens-badge')?.getAttribute('data-postlens-key'),
      [x, y],
    );
    expect(topmost, 'the badge drawn on top there').toBe(keys[0]);
  });

  it('made no request off this machine', async () => {
    await page.close();
    await session.browser.guard.settle();
    expect(session.browser.guard.outside(), session.browser.guard.report()).toEqual([]);
  });
});
