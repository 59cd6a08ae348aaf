// The demo's full-page screenshots (into demo-output/screenshots/; `--shots docs/screenshots`
// renews the README's): each platform page with one badge's card open, then PostLens's own pages
// on what the visits recorded — the dashboard's Overview, Insights, Posts, Authors (three authors
// picked in the picker) and Campaigns (one campaign created in its form from the Posts view's
// filter), the options page and the popup.
// Everything goes through the UI as a user would; nothing is written to the database directly.
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { PLATFORM_NAMES } from '../../lib/platforms';
import type { Platform } from '../../lib/types';
import type { DbDump } from '../harness/extension-db';
import { evaluateInPage } from '../harness/in-page';
import { openPopupOn } from '../harness/journeys-extension';
import type { E2ESession } from '../harness/session';
import { pollUntil } from '../harness/wait';

/** Every page the demo opens is this size, so two runs draw the same layout. */
export const PAGE_VIEWPORT = { width: 1280, height: 800 } as const;
/** The popup as Chromium sizes it: 400 px wide (popup/style.css), at most 600 px tall. */
const POPUP_VIEWPORT = { width: 400, height: 600 } as const;
const WAIT_MS = 20_000;

export async function newDemoPage(session: E2ESession): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.setViewportSize(PAGE_VIEWPORT);
  return page;
}

/** A full-page shot taller than this is cut to this height (a long feed would weigh megabytes). */
const MAX_SHOT_HEIGHT = 3_000;

/** The whole page, or `MAX_SHOT_HEIGHT` of it from `top` down when it is taller than that. */
async function shoot(page: Page, dir: string, name: string, top = 0): Promise<void> {
  const [width, height] = (await page.evaluate(
    '[document.documentElement.scrollWidth, document.documentElement.scrollHeight]',
  )) as [number, number];
  const clip =
    height > MAX_SHOT_HEIGHT
      ? { x: 0, y: Math.max(0, Math.min(top, height - MAX_SHOT_HEIGHT)), width, height: MAX_SHOT_HEIGHT }
      : undefined;
  await page.screenshot({
    path: join(dir, name),
    fullPage: true,
    clip,
    animations: 'disabled',
    caret: 'hide',
  });
  console.log(`  ${name}${clip ? ` (${MAX_SHOT_HEIGHT} px of the page's ${height}, from ${clip.y})` : ''}`);
}

/**
 * Waits until `selector` is there and PostLens's pages say nothing is still loading ("Loading…",
 * "Loading all 40 posts…", "Reading every post…", "Reading follower counts…"), then for two frames
 * so charts have drawn. Never throws: a page that stays busy is shot as it is, with a warning.
 */
async function untilReady(page: Page, selector: string, what: string): Promise<void> {
  try {
    await page.locator(selector).first().waitFor({ state: 'visible', timeout: WAIT_MS });
    // A string, not a function: tsx would put its __name helper into a function's source.
    await page.waitForFunction('!/(Loading|Reading)[^\\n]*…/.test(document.body.innerText)', null, {
      timeout: WAIT_MS,
    });
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  } catch (e) {
    console.warn(`  (${what}: ${(e as Error).message.split('\n')[0]}; shot as it is)`);
  }
}

/** Runs in the page: each badge's key and its top in page coordinates, in open shadow roots too. */
function badgePositions(tag: string): Array<{ key: string; top: number }> {
  const out: Array<{ key: string; top: number }> = [];
  const visit = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll(tag))
      out.push({
        key: el.getAttribute('data-postlens-key') ?? '',
        top: el.getBoundingClientRect().top + window.scrollY,
      });
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  visit(document);
  return out;
}

/**
 * Opens one badge's card the way a user does (a click on its chip: the pointer over it and the
 * focus on it, components/badge/badge.ts) and shoots the whole page as card-<platform>.png (a
 * long feed: MAX_SHOT_HEIGHT of it around the card). The card opens above the chip and is up to
 * 70% of the viewport tall, so the first badge with that much room above it is chosen, else the
 * lowest one.
 */
export async function shootCard(page: Page, platform: string, dir: string): Promise<boolean> {
  const badges = (await evaluateInPage(page, badgePositions, 'postlens-badge')).filter((b) => b.key);
  const room = PAGE_VIEWPORT.height * 0.7 + 60;
  const chosen =
    badges.find((b) => b.top >= room) ??
    [...badges].sort((a, b) => b.top - a.top || a.key.localeCompare(b.key))[0];
  if (!chosen) return false;
  const badge: Locator = page
    .locator(`postlens-badge[data-postlens-key=${JSON.stringify(chosen.key)}]`)
    .first();
  try {
    const chip = badge.locator('button.chip');
    await chip.scrollIntoViewIfNeeded({ timeout: 5_000 });
    await chip.click({ timeout: 5_000 });
    await badge.locator('.card').waitFor({ state: 'visible', timeout: 5_000 });
    await shoot(page, dir, `card-${platform}.png`, chosen.top - room - 200);
    return true;
  } catch (e) {
    console.warn(`  (card-${platform}.png not made: ${(e as Error).message.split('\n')[0]})`);
    return false;
  }
}

const localDay = (t: number) => {
  const d = new Date(t);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** When a post counts on the Overview: its posted time, else when PostLens first saw it. */
const postTime = (p: DbDump['posts'][number]) => {
  const t = p.publishedAt ? Date.parse(p.publishedAt) : Number.NaN;
  return Number.isFinite(t) ? t : p.firstSeen;
};

/**
 * The Overview opens on the last 30 days. Saved demo pages carry their posts' real dates, mostly
 * older than that: then the period is set in its Custom fields to start on the day of the oldest
 * post but a tenth (so one very old post does not stretch it), to today.
 */
async function choosePeriod(page: Page, db: DbDump): Promise<void> {
  const times = db.posts.map(postTime).sort((a, b) => a - b);
  const now = Date.now();
  const recent = times.filter((t) => t >= now - 30 * 86_400_000).length;
  if (times.length === 0 || recent * 2 >= times.length) return;
  const from = localDay(Math.max(times[Math.floor(times.length / 10)]!, now - 3_600 * 86_400_000));
  await page.locator('.period-chooser').getByLabel('Custom').check();
  const fromField = page.locator('.period-chooser input[type="date"]').first();
  await fromField.fill(from);
  await fromField.blur();
  console.log(`  (Overview period: ${from} to today, where the demo posts' dates fall)`);
}

/** The authors with a follower count who have the most posts (the comparison needs followers). */
function authorsToCompare(db: DbDump, count: number): DbDump['authors'] {
  const posts = new Map<string, number>();
  for (const p of db.posts) if (p.authorKey) posts.set(p.authorKey, (posts.get(p.authorKey) ?? 0) + 1);
  return db.authors
    .filter((a) => a.followers !== null && (posts.get(a.key) ?? 0) > 0)
    .sort((a, b) => (posts.get(b.key) ?? 0) - (posts.get(a.key) ?? 0) || a.key.localeCompare(b.key))
    .slice(0, count);
}

/**
 * The Posts filter the demo campaign is made from: LinkedIn's posts (a brand's feed, a handful of
 * posts), else the platform with the most posts recorded.
 */
function campaignPlatform(db: DbDump): Platform | null {
  if (db.posts.some((p) => p.platform === 'linkedin')) return 'linkedin';
  const n = new Map<Platform, number>();
  for (const p of db.posts) n.set(p.platform, (n.get(p.platform) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

/** A click on the dashboard's nav link `name`: the hash changes, the page (and its Posts filter) stays. */
const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name, exact: true }).click();

/** One screenshot's steps; a step that fails is reported and the next screenshot still taken. */
async function step(name: string, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (e) {
    console.warn(`  (${name} not made: ${(e as Error).message.split('\n')[0]})`);
  }
}

async function dashboardShots(session: E2ESession, db: DbDump, dir: string): Promise<void> {
  const page = await newDemoPage(session);
  try {
    await step('overview.png', async () => {
      await page.goto(`chrome-extension://${session.browser.extensionId}/dashboard.html#/overview`);
      await untilReady(page, 'section.overview', 'Overview');
      await choosePeriod(page, db);
      await untilReady(page, 'section.overview .overview-cards', 'Overview');
      await shoot(page, dir, 'overview.png');
    });

    await step('insights.png', async () => {
      await nav(page, 'Insights');
      await untilReady(page, 'section.insights', 'Insights');
      await shoot(page, dir, 'insights.png');
    });

    // From here on through the nav links, within one page: the Posts filter set here is what
    // Campaigns adds from.
    const platform = campaignPlatform(db);
    await step('posts.png', async () => {
      await nav(page, 'Posts');
      await untilReady(page, 'table.posts-table tbody tr:not(.spacer)', 'Posts');
      await shoot(page, dir, 'posts.png');
      if (platform) await page.locator('form.filters').getByLabel('Platform').selectOption(platform);
    });

    await step('authors.png', async () => {
      await nav(page, 'Authors');
      await untilReady(page, '.author-picker li', 'Authors');
      const authors = authorsToCompare(db, 3);
      for (const a of authors) {
        await page
          .locator('.author-picker li')
          .filter({ hasText: `@${a.handle} · ${PLATFORM_NAMES[a.platform]}` })
          .first()
          .getByRole('checkbox')
          .check({ timeout: 5_000 });
      }
      if (authors.length > 0) {
        await pollUntil(
          () => page.locator('table.comparison tbody tr').count(),
          (n) => n >= authors.length,
          WAIT_MS,
        );
        await untilReady(page, 'figure.chart canvas', 'Authors chart');
      }
      await shoot(page, dir, 'authors.png');
    });

    await step('campaigns.png', async () => {
      await nav(page, 'Campaigns');
      const view = page.locator('section.campaigns-view');
      await untilReady(page, 'section.campaigns-view', 'Campaigns');
      await view.getByRole('button', { name: 'New campaign', exact: true }).click();
      const form = view.locator('form.campaign-form');
      await form.locator('#campaign-name').fill(platform ? `${PLATFORM_NAMES[platform]} launch` : 'Launch');
      await form.locator('#campaign-spend').fill('500');
      await form.locator('#campaign-clicks').fill('120');
      await form.getByRole('button', { name: 'Create campaign', exact: true }).click();
      const detail = view.locator('article.campaign-detail');
      await detail.waitFor({ timeout: WAIT_MS });
      // Saving the campaign makes the dashboard read its posts again: the button counts the
      // filtered posts once they are back.
      const add = detail.locator('.add-posts button:enabled', { hasText: /^Add \d+ filtered posts?$/ });
      await add.waitFor({ timeout: WAIT_MS });
      await add.click();
      const added = detail.locator('.campaign-post-list li, .campaign-posts [role="alert"]').first();
      await added.waitFor({ timeout: WAIT_MS });
      if ((await added.getAttribute('role')) === 'alert')
        console.warn(`  (campaign: adding the filtered posts failed: ${await added.textContent()})`);
      await untilReady(page, 'article.campaign-detail', 'Campaigns');
      await shoot(page, dir, 'campaigns.png');
    });
  } finally {
    await page.close();
  }
}

async function optionsShot(session: E2ESession, dir: string): Promise<void> {
  const page = await newDemoPage(session);
  try {
    await page.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
    await untilReady(page, 'form.options', 'options');
    await shoot(page, dir, 'options.png');
  } finally {
    await page.close();
  }
}

/**
 * The popup on `tab`. First the real one: opened as a click on the toolbar button opens it
 * (chrome.action.openPopup, as tests/harness/journeys-extension.ts openPopupOn does). Playwright
 * makes no Page of an extension popup unless PW_CHROMIUM_ATTACH_TO_OTHER is set when Chromium
 * reports it, so it is set around the opening only. Should that give no page, popup.html is shot
 * in a tab of the popup's size instead, which then shows no posts (a tab's popup has no page tab
 * to read): the console says which one was shot. With Chromium 156 headless it is the real one.
 */
async function popupShot(session: E2ESession, tab: Page, dir: string): Promise<void> {
  const { context } = session.browser;
  const isPopup = (p: Page) => p.url().endsWith('/popup.html');
  const seen: Page[] = [];
  const onPage = (p: Page) => seen.push(p);
  context.on('page', onPage);
  const previous = process.env.PW_CHROMIUM_ATTACH_TO_OTHER;
  process.env.PW_CHROMIUM_ATTACH_TO_OTHER = '1';
  let popup: Page | null = null;
  let lookout: { close(): Promise<void> } | null = null;
  try {
    lookout = await openPopupOn(session, tab);
    popup = await pollUntil(
      async () => [...seen, ...context.pages()].find(isPopup) ?? null,
      (p) => p !== null,
      10_000,
    );
  } catch (e) {
    console.warn(`  (the real popup did not open: ${(e as Error).message.split('\n')[0]})`);
  } finally {
    if (previous === undefined) delete process.env.PW_CHROMIUM_ATTACH_TO_OTHER;
    else process.env.PW_CHROMIUM_ATTACH_TO_OTHER = previous;
    context.off('page', onPage);
  }
  const ready = (p: Page) => untilReady(p, 'main.popup li.post, main.popup p.empty', 'popup');
  try {
    if (popup) {
      try {
        // Its own size, as Chromium drew it (at most 800 × 600): a popup takes no viewport from
        // Playwright ("Target does not support metrics override"), whose shot would be 1280 × 900.
        await ready(popup);
        const [width, height] = (await popup.evaluate('[window.innerWidth, window.innerHeight]')) as [
          number,
          number,
        ];
        await popup.screenshot({
          path: join(dir, 'popup.png'),
          clip: { x: 0, y: 0, width: Math.min(width, 800), height: Math.min(height, 600) },
          animations: 'disabled',
          caret: 'hide',
        });
        console.log(`  (popup.png: the real popup, opened on ${new URL(tab.url()).host})`);
        return;
      } catch (e) {
        console.warn(`  (the real popup could not be shot: ${(e as Error).message.split('\n')[0]})`);
      }
    }
    const page = await context.newPage();
    try {
      await page.setViewportSize(POPUP_VIEWPORT);
      await page.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
      await ready(page);
      const height = Number(await page.evaluate('document.documentElement.scrollHeight'));
      await page.setViewportSize({
        width: POPUP_VIEWPORT.width,
        height: Math.min(POPUP_VIEWPORT.height, height),
      });
      await shoot(page, dir, 'popup.png');
      console.log('  (popup.png: popup.html in a tab of the popup size, so it lists no posts)');
    } finally {
      await page.close();
    }
  } finally {
    await popup?.close().catch(() => {});
    await lookout?.close().catch(() => {});
  }
}

/**
 * The dashboard views, the options page and the popup (opened on `popupTab`, a platform page with
 * badges, left open by the caller), on what the demo's visits stored (`db`).
 */
export async function shootExtensionPages(
  session: E2ESession,
  db: DbDump,
  dir: string,
  popupTab: Page | null,
): Promise<void> {
  await dashboardShots(session, db, dir).catch((e: Error) =>
    console.warn(`  (dashboard screenshots stopped: ${e.message.split('\n')[0]})`),
  );
  await optionsShot(session, dir).catch((e: Error) =>
    console.warn(`  (options.png not made: ${e.message.split('\n')[0]})`),
  );
  if (popupTab)
    await popupShot(session, popupTab, dir).catch((e: Error) =>
      console.warn(`  (popup.png not made: ${e.message.split('\n')[0]})`),
    );
}
