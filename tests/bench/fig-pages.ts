// Figure 5, PostLens's own pages: how long the dashboard takes to show a usable table, and the
// popup its post list, from navigation start to the first frame after the first row is in the
// document (then a task later, so the page can take input). The popup is opened in a background
// tab while the feed tab is the active one, so it reads that tab's posts as it does when clicked.
import type { Page } from 'playwright-core';
import type { BenchContext } from './context';
import { extensionUrl } from './extension-pages';
import type { OpenFeed } from './feed-page';
import { median } from './stats';

export const DASHBOARD_READY = 'table.posts-table tbody tr[aria-rowindex]';
export const POPUP_READY = 'ol.post-list > li';
/** The Overview's cards and its top posts (follower cards follow when their readings arrive). */
export const OVERVIEW_READY = ['section.overview .overview-card', 'section.overview .overview-top-list'];
/** Insights: the weekday × hour heatmap, and the hashtag table's rows (or its "none yet" line). */
export const INSIGHTS_READY = [
  'table.heatmap tbody td',
  'table.topics-table tbody tr, section.topics .insights-empty',
];
const RUNS = 5;

/** What the probe logs when the page is usable, followed by the time (ms since navigation start). */
const READY_LOG = 'postlens-bench-ready ';

/**
 * Runs in the extension page before its own scripts: notes when every selector first matches,
 * and says so on the console. The bench listens for that message rather than asking the page
 * (Playwright's `waitForFunction` compiles its own helper script in the page on its first poll:
 * 30–40 ms of the page's main thread in the middle of the load it would be timing).
 */
const probe = (selector: string | string[]) => `(() => {
  const sels = ${JSON.stringify([selector].flat())};
  const observer = new MutationObserver(() => {
    if (!sels.every((sel) => document.querySelector(sel))) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => console.debug(${JSON.stringify(READY_LOG)} + performance.now()), 0));
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

export interface PageLoads {
  /** Navigation start to usable, ms, one per load. */
  usable: number[];
  median: number;
}

async function loadsOf(
  page: Page,
  url: (run: number) => string,
  before: () => Promise<void>,
): Promise<PageLoads> {
  const usable: number[] = [];
  // One load first, not counted: the first load of a page compiles its code, later ones use V8's
  // code cache, as a page opened every day does.
  for (let i = -1; i < RUNS; i++) {
    await before();
    const ready = page.waitForEvent('console', {
      predicate: (m) => m.text().startsWith(READY_LOG),
      timeout: 60_000,
    });
    ready.catch(() => {}); // a failed navigation throws below; this wait is then not awaited
    await page.goto(url(i), { waitUntil: 'commit' });
    const ms = Number((await ready).text().slice(READY_LOG.length));
    if (i >= 0) usable.push(ms);
  }
  return { usable, median: median(usable) };
}

export async function dashboardLoads(
  bench: BenchContext,
  view: '#/posts' | '#/overview' | '#/insights' = '#/posts',
): Promise<PageLoads> {
  const ready = { '#/posts': DASHBOARD_READY, '#/overview': OVERVIEW_READY, '#/insights': INSIGHTS_READY }[
    view
  ];
  const page = await bench.session.browser.context.newPage();
  try {
    await page.addInitScript(probe(ready));
    // A new query each time: the same URL again would only change the hash, not load the page.
    return await loadsOf(
      page,
      (i) => extensionUrl(bench, `dashboard.html?run=${i}${view}`),
      async () => {},
    );
  } finally {
    await page.close();
  }
}

/**
 * The popup's page with its script and style sheet refused (the DevTools protocol blocks them):
 * navigation to the first frame after <body> exists, the part of popup.ms no code of PostLens
 * can shorten. The same tab, probe and runs as popupLoads.
 */
export async function popupFloorLoads(bench: BenchContext): Promise<PageLoads> {
  const page = await bench.session.browser.context.newPage();
  try {
    const cdp = await bench.session.browser.context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setBlockedURLs', { urls: ['*.js', '*.css'] });
    await page.addInitScript(probe('body'));
    return await loadsOf(
      page,
      (i) => extensionUrl(bench, `popup.html?run=${i}`),
      async () => {},
    );
  } finally {
    await page.close();
  }
}

export async function popupLoads(bench: BenchContext, feedTab: OpenFeed): Promise<PageLoads> {
  const page = await bench.session.browser.context.newPage();
  try {
    await page.addInitScript(probe(POPUP_READY));
    return await loadsOf(
      page,
      (i) => extensionUrl(bench, `popup.html?run=${i}`),
      () => feedTab.page.bringToFront(),
    );
  } finally {
    await page.close();
  }
}
