// `npm run demo`: PostLens in Chromium on the bundled demo pages of every platform, served
// locally at the real hostnames. Headed (default): one tab per platform, until the browser is
// closed. `npm run demo -- --headless`: visits each page, writes a screenshot per platform and
// one of the dashboard to demo-output/ (or --out DIR), the full-page screenshots of the README's
// kind to demo-output/screenshots/ (or --shots DIR; `--shots docs/screenshots` renews the README's
// own, see shots.ts), and prints what PostLens found. A newcomer's run leaves the tree as it was.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { PLATFORMS } from '../../lib/types';
import { waitForBadgesToSettle } from '../harness/badges';
import { assertExtensionBuilt } from '../harness/browser';
import { ChromiumNotFoundError, findChromium } from '../harness/chromium-path';
import { readDbViaExtensionPage } from '../harness/extension-db';
import { REPO_ROOT } from '../harness/paths';
import { type FixtureRoute, ROUTES, routeUrl } from '../harness/routes';
import { type E2ESession, startSession } from '../harness/session';
import { type DemoRow, formatTable, summarize } from './demo-table';
import { newDemoPage, shootCard, shootExtensionPages } from './shots';

const USAGE = `usage: npm run demo [-- --headless] [-- --out DIR] [-- --shots DIR]
  (no flag)    open Chromium with PostLens on every platform's demo page; close the browser to stop
               (with no display, the same as --headless)
  --headless   visit each page, save DIR/<platform>.png and DIR/dashboard.png, print a summary,
               and save the README's full-page screenshots (overview, insights, posts, authors, campaigns,
               options, popup, card-<platform>) into the --shots folder
  --out DIR    where the per-platform screenshots go (default demo-output/)
  --shots DIR  where the full-page screenshots go (default demo-output/screenshots/;
               --shots docs/screenshots renews the ones the README shows)`;

function fail(message: string): never {
  console.error(`\nPostLens demo: ${message}\n`);
  process.exit(1);
}

function demoRoutes(): FixtureRoute[] {
  const routes: FixtureRoute[] = [];
  for (const platform of PLATFORMS) {
    const route = ROUTES.find((r) => r.platform === platform && r.demo);
    if (route) routes.push(route);
    else
      console.warn(
        `  (no demo page for ${platform} yet: mark one route demo: true in tests/harness/routes.ts)`,
      );
  }
  return routes;
}

async function runHeaded(session: E2ESession, routes: FixtureRoute[]): Promise<void> {
  const { context } = session.browser;
  const blank = context.pages()[0];
  for (const [i, route] of routes.entries()) {
    const page = i === 0 && blank ? blank : await context.newPage();
    await page.goto(routeUrl(route), { waitUntil: 'domcontentloaded' }).catch((e: Error) => {
      console.warn(`  could not open ${routeUrl(route)}: ${e.message}`);
    });
    console.log(`  ${route.platform.padEnd(10)} ${routeUrl(route)}`);
  }
  const dashboard = await context.newPage();
  await dashboard.goto(`chrome-extension://${session.browser.extensionId}/dashboard.html`);
  await context.pages()[0]?.bringToFront();
  console.log('\nPostLens is running on these pages (served from this machine). Close the browser to stop.');
  await new Promise<void>((done) => {
    context.on('close', () => done());
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
  });
}

async function runHeadless(
  session: E2ESession,
  routes: FixtureRoute[],
  outDir: string,
  shotsDir: string,
): Promise<DemoRow[]> {
  const { browser } = session;
  mkdirSync(outDir, { recursive: true });
  mkdirSync(shotsDir, { recursive: true });
  const found: Array<{ route: FixtureRoute; keys: string[]; note?: string }> = [];
  // The platform page with the most badges stays open for the popup to be opened on.
  let popupTab: { page: Page; badges: number } | null = null;
  for (const route of routes) {
    const page = await newDemoPage(session);
    let keep = false;
    try {
      const response = await page.goto(routeUrl(route), { waitUntil: 'domcontentloaded' });
      if (!response?.ok()) {
        console.warn(`  ${route.platform.padEnd(10)} ${(await response?.text()) ?? 'no response'}`);
        found.push({ route, keys: [], note: `HTTP ${response?.status() ?? '-'}` });
        continue;
      }
      const keys = await waitForBadgesToSettle(page);
      await page
        .locator('postlens-badge')
        .first()
        .scrollIntoViewIfNeeded({ timeout: 2_000 })
        .catch(() => {});
      await page.screenshot({ path: join(outDir, `${route.platform}.png`) });
      found.push({ route, keys, note: keys.length === 0 ? 'no badges' : undefined });
      console.log(`  ${route.platform.padEnd(10)} ${keys.length} badge(s)`);
      if (keys.length > 0) await shootCard(page, route.platform, shotsDir);
      if (keys.length > (popupTab?.badges ?? 0)) {
        await popupTab?.page.close();
        popupTab = { page, badges: keys.length };
        keep = true;
      }
    } finally {
      if (!keep) await page.close();
    }
  }
  const dashboard = await newDemoPage(session);
  await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
  await dashboard
    // A string, not a function: tsx would put its __name helper into a function's source.
    .waitForFunction("(document.getElementById('app')?.childElementCount ?? 0) > 0", null, {
      timeout: 15_000,
    })
    .catch(() => {});
  await dashboard.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
  await dashboard.screenshot({ path: join(outDir, 'dashboard.png'), fullPage: true });
  await dashboard.close();

  // What the visits stored, read before the dashboard shots add a campaign (the table counts
  // snapshots, which a campaign does not touch).
  const db = await readDbViaExtensionPage(browser.context, browser.extensionId);
  console.log(`\nScreenshots of PostLens's pages, into ${shotsDir}:`);
  await shootExtensionPages(session, db, shotsDir, popupTab?.page ?? null);
  await popupTab?.page.close();
  return found.map(({ route, keys, note }) => ({
    ...summarize(route.platform, routeUrl(route), keys, db.snapshots),
    note,
  }));
}

async function main(): Promise<void> {
  let args: { headless?: boolean; out?: string; shots?: string; help?: boolean };
  try {
    args = parseArgs({
      options: {
        headless: { type: 'boolean' },
        out: { type: 'string' },
        shots: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`);
  }
  if (args.help) {
    console.log(USAGE);
    return;
  }
  try {
    findChromium();
    assertExtensionBuilt();
  } catch (e) {
    fail(e instanceof ChromiumNotFoundError ? e.message : (e as Error).message);
  }
  // With no display to open a window on (a server, CI), the demo runs headless rather than
  // failing, so `npm run demo` shows PostLens working on any machine.
  const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const headless = args.headless ?? noDisplay;
  if (noDisplay && args.headless === undefined) {
    console.log(
      'PostLens demo: no display to open a browser window on, so headless: screenshots and a table (`xvfb-run npm run demo` for a window).',
    );
  }
  const outDir = resolve(REPO_ROOT, args.out ?? 'demo-output');
  // The README's pictures are tracked files: renewed only when asked (--shots docs/screenshots).
  const shotsDir = resolve(REPO_ROOT, args.shots ?? join('demo-output', 'screenshots'));
  const routes = demoRoutes();
  if (routes.length === 0) fail('no demo pages in tests/harness/routes.ts');

  console.log(
    `PostLens demo: ${routes.length} platform page(s), ${headless ? 'headless' : 'in a browser window'}`,
  );
  // The demo stops the browser itself on Ctrl-C, so the profile folder is removed too.
  const session = await startSession({ launch: { headless, handleSignals: false } });
  let exitCode = 0;
  try {
    if (!headless) {
      await runHeaded(session, routes);
    } else {
      const rows = await runHeadless(session, routes, outDir, shotsDir);
      console.log(`\n${formatTable(rows)}\n`);
      console.log(`Screenshots: ${outDir} (per platform), ${shotsDir} (full pages)`);
      const empty = rows.filter((r) => r.postsFound === 0).map((r) => r.platform);
      if (empty.length > 0) {
        console.error(`No badges on: ${empty.join(', ')}`);
        exitCode = 1;
      }
    }
    await session.browser.guard.settle();
    const outside = session.browser.guard.outside();
    if (outside.length > 0) {
      console.error(
        `Requests that tried to leave this machine (all blocked):\n${session.browser.guard.report()}`,
      );
      exitCode = 1;
    } else {
      console.log('Network: no request left this machine.');
    }
  } finally {
    await session.close();
  }
  process.exit(exitCode);
}

main().catch((e: unknown) => fail(e instanceof Error ? (e.stack ?? e.message) : String(e)));
