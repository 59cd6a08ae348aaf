// The badge's dot in forced-colours mode (Windows High Contrast, and any user who picks their own
// colours), in real Chromium: the browser paints every background in the user's Canvas colour
// there, so a dot drawn by its background alone vanished into the chip in every band. It keeps
// its band's shape (▼ ● ▲ ✦) in the user's text colour, so the band still shows without colour.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForBadges } from '../harness/badges';
import { newXIds, xTimeline } from '../harness/journeys-pages';
import { type E2ESession, startSession } from '../harness/session';

const POSTS = 3;
let session: E2ESession;
let page: Page;
let keys: string[];

beforeAll(async () => {
  session = await startSession();
  const timeline = xTimeline(newXIds(950, POSTS));
  keys = timeline.keys;
  const url = 'https://x.com/home?forced-colours';
  session.server.setPage(url, timeline.html);
  page = await session.browser.context.newPage();
  await page.goto(url);
  expect((await waitForBadges(page, POSTS)).sort()).toEqual([...keys].sort());
});

afterAll(async () => {
  await session?.close();
});

/** The dot's and its chip's painted colours and the dot's clip, as the browser computed them. */
async function dotOf(key: string) {
  const chip = page.locator(`postlens-badge[data-postlens-key="${key}"] button.chip`);
  return chip.evaluate((el) => {
    const dot = el.querySelector('.dot')!;
    const [d, c] = [getComputedStyle(dot), getComputedStyle(el)];
    return { dot: d.backgroundColor, chip: c.backgroundColor, clip: d.clipPath, text: c.color };
  });
}

/** A colour's red, green and blue, without its alpha: the chip's background is 96% opaque. */
const rgb = (colour: string) => colour.match(/\d+/g)?.slice(0, 3).join(',');

describe('the badge dot under forced colours', () => {
  it('is drawn in a colour other than its chip, with the same shape as without forced colours', async () => {
    const before = await Promise.all(keys.map(dotOf));
    await page.emulateMedia({ forcedColors: 'active' });
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    const forced = await Promise.all(keys.map(dotOf));
    for (const [i, f] of forced.entries()) {
      expect(rgb(f.dot), `dot of ${keys[i]} against its chip (${f.chip})`).not.toBe(rgb(f.chip));
      expect(f.dot, 'the dot takes the user\u2019s text colour').toBe(f.text);
      expect(f.clip, 'the band\u2019s shape stays').toBe(before[i]!.clip);
    }
  });

  it('keeps its band colour without forced colours', async () => {
    await page.emulateMedia({ forcedColors: 'none' });
    for (const f of await Promise.all(keys.map(dotOf))) expect(f.dot).not.toBe(f.text);
  });
});
