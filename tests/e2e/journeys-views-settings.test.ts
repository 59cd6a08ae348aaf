// The options page end to end (issue 20): a setting saved there is kept and applied. A band edit
// shows on the badge of a post read from a saved X page; a watchlist threshold is still there when
// the page opens again. The post's ER is worked out by hand from the counts the page shows.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForBadges } from '../harness/badges';
import { badgeLabels } from '../harness/journeys-pages';
import { ROUTES, routeUrl } from '../harness/routes';
import { type E2ESession, startSession } from '../harness/session';

const ROUTE = ROUTES.find((r) => r.file === 'x/x-tweet-sample.html')!;
const KEY = 'x:1981398750557065646';
// The post shows 553 likes, 48 replies, 152 reposts, 9 bookmarks and 30,142 views:
// ER by views = (553 + 48 + 152 + 9) ÷ 30,142 = 762 ÷ 30,142 = 2.528 %.
// X's default bands: typical from 0.5 %, strong from 2 %, viral from 5 %: 2.528 % is strong.
// With viral from 2.5 %, it is viral.
const ER_SHOWN = '2.53% of views';

let session: E2ESession;
let tab: Page;

beforeAll(async () => {
  session = await startSession();
});

afterAll(async () => {
  await tab?.close().catch(() => {});
  await session?.close();
});

const optionsPage = async () => {
  const page = await session.openExtensionPage('options.html');
  await (page as Page).getByRole('button', { name: 'Save', exact: true }).waitFor({ timeout: 15_000 });
  return page as Page;
};

const chip = async (page: Page) =>
  page.evaluate(
    `document.querySelector('postlens-badge[data-postlens-key="${KEY}"]')?.shadowRoot?.querySelector('button.chip')?.getAttribute('class') ?? ''`,
  );

describe('settings saved on the options page', () => {
  it('a band edit: the badge of a 2.53 % post goes from strong to viral, in the open tab and after a reload', async () => {
    tab = await session.browser.context.newPage();
    await tab.goto(routeUrl(ROUTE), { waitUntil: 'domcontentloaded' });
    expect(await waitForBadges(tab, 1)).toEqual([KEY]);
    await expect
      .poll(async () => (await badgeLabels(tab))[KEY], { timeout: 15_000 })
      .toBe(`PostLens: ${ER_SHOWN}, strong for this platform`);
    expect(await chip(tab)).toContain('band-strong');

    const options = await optionsPage();
    try {
      const viral = options.getByLabel('X viral from (%)', { exact: true });
      expect(await viral.inputValue()).toBe('5');
      await viral.fill('2.5');
      await options.getByRole('button', { name: 'Save', exact: true }).click();
      await expect
        .poll(() => options.getByRole('status').textContent(), { timeout: 10_000 })
        .toContain('Saved.');
    } finally {
      await options.close();
    }
    // The open tab follows at once: its content script watches the stored settings.
    await expect
      .poll(async () => (await badgeLabels(tab))[KEY], { timeout: 15_000 })
      .toBe(`PostLens: ${ER_SHOWN}, viral for this platform`);
    expect(await chip(tab)).toContain('band-viral');

    // And after a reload, from the stored settings.
    await tab.reload({ waitUntil: 'domcontentloaded' });
    expect(await waitForBadges(tab, 1)).toEqual([KEY]);
    await expect
      .poll(async () => (await badgeLabels(tab))[KEY], { timeout: 15_000 })
      .toBe(`PostLens: ${ER_SHOWN}, viral for this platform`);
    expect(await chip(tab)).toContain('band-viral');

    // Kept: the options page shows the saved band when it opens again; the other bands as they were.
    const again = await optionsPage();
    try {
      await expect
        .poll(() => again.getByLabel('X viral from (%)', { exact: true }).inputValue(), { timeout: 10_000 })
        .toBe('2.5');
      expect(await again.getByLabel('X strong from (%)', { exact: true }).inputValue()).toBe('2');
      expect(await again.getByLabel('X typical from (%)', { exact: true }).inputValue()).toBe('0.5');
    } finally {
      await again.close();
    }
  });

  it('a watchlist threshold is kept', async () => {
    const options = await optionsPage();
    try {
      const post = options.getByLabel('Post threshold', { exact: true });
      await post.waitFor({ timeout: 10_000 });
      const before = await post.inputValue();
      expect(before).not.toBe('3.5');
      await post.fill('3.5');
      // Saved as typed (the watchlist has no Save button): wait for the stored value before closing.
      await expect
        .poll(
          () =>
            options.evaluate(
              `chrome.storage.local.get('watchlist').then((o) => o.watchlist && o.watchlist.postFactor)`,
            ),
          { timeout: 10_000 },
        )
        .toBe(3.5);
    } finally {
      await options.close();
    }
    const again = await optionsPage();
    try {
      await expect
        .poll(() => again.getByLabel('Post threshold', { exact: true }).inputValue(), { timeout: 10_000 })
        .toBe('3.5');
    } finally {
      await again.close();
    }
  });

  it('made no request off this machine', async () => {
    await session.browser.guard.settle();
    expect(session.browser.guard.outside(), session.browser.guard.report()).toEqual([]);
  });
});
