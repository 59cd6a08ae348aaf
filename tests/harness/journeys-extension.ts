// PostLens's own pages as the journeys use them: the real popup opened on a tab, the dashboard,
// and the files its buttons download.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { waitForBadges } from './badges';
import { openDbReader } from './extension-db';
import { evaluateInPage } from './in-page';
import { newXIds, xTimeline } from './journeys-pages';
import type { E2ESession } from './session';

/** The extension APIs used inside the browser (no @types/chrome in the project). */
declare const chrome: { extension: { getViews(o: { type: 'popup' }): Window[] } };

export interface PopupView {
  open: boolean;
  text: string;
  /**
   * One entry per post row: its author line, its text and its Open link, and whether the browser
   * draws it now (false while it is far out of view: content-visibility: auto skips it).
   */
  rows: Array<{ author: string; text: string; href: string | null; drawn: boolean }>;
}

/** Runs in an extension page: what the popup (not a tab, so reached through getViews) shows. */
function readPopup(_: null): PopupView {
  const view = chrome.extension.getViews({ type: 'popup' })[0];
  const app = view?.document.getElementById('app');
  if (!app) return { open: false, text: '', rows: [] };
  const rows = Array.from(app.querySelectorAll('li.post')).map((li) => ({
    author: li.querySelector('.post-author')?.textContent ?? '',
    text: li.querySelector('.post-text')?.textContent ?? '',
    href: li.querySelector('a.post-open')?.getAttribute('href') ?? null,
    // content-visibility: auto skips what is inside the post, not the post's own box.
    drawn: li.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }) ?? false,
  }));
  return { open: true, text: app.textContent ?? '', rows };
}

export interface PopupHandle {
  read(): Promise<PopupView>;
  /** Scrolls the popup's last post into view, as a user does, and waits for the next frame. */
  scrollToLastPost(): Promise<void>;
  close(): Promise<void>;
}

/** Runs in an extension page: scrolls the popup to its last post, resolves after a frame. */
function scrollPopupToLast(_: null): Promise<void> {
  const view = chrome.extension.getViews({ type: 'popup' })[0];
  const last = view?.document.querySelector('li.post:last-child');
  if (!view || !last) return Promise.reject(new Error('no popup, or no post in it'));
  last.scrollIntoView();
  return new Promise((resolve) => view.requestAnimationFrame(() => view.setTimeout(resolve, 0)));
}

/**
 * Opens the real popup on `tab`, the way a click on the toolbar button does. An extension page
 * stays open beside it as a lookout to read the popup from: opening a new tab later would close it.
 */
export async function openPopupOn(session: E2ESession, tab: Page): Promise<PopupHandle> {
  const lookout = await session.browser.context.newPage();
  await lookout.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
  await tab.bringToFront();
  const worker = await session.browser.serviceWorker();
  await worker.evaluate('chrome.action.openPopup()');
  return {
    read: () => evaluateInPage(lookout, readPopup, null),
    scrollToLastPost: () => evaluateInPage(lookout, scrollPopupToLast, null),
    close: () => lookout.close(),
  };
}

export async function openDashboard(session: E2ESession, hash = '#/posts'): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(`chrome-extension://${session.browser.extensionId}/dashboard.html${hash}`);
  return page;
}

/** Clicks the button named `name` and returns the file it downloads: name and text. */
export async function downloadBy(page: Page, name: string): Promise<{ fileName: string; text: string }> {
  const button = page.getByRole('button', { name, exact: true }).first();
  await button.waitFor({ timeout: 15_000 });
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), button.click()]);
  const path = await download.path();
  return { fileName: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** Clicks "Export campaigns CSV" and parses the file it saves (its BOM dropped): one object a row. */
export async function downloadCampaignsCsv(
  page: Page,
): Promise<{ fileName: string; rows: Record<string, string>[] }> {
  const file = await downloadBy(page, 'Export campaigns CSV');
  const parsed = Papa.parse<Record<string, string>>(file.text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  return { fileName: file.fileName, rows: parsed.data };
}

/**
 * Serves an X timeline of `count` new posts (run `run`, see newXIds) at `url`, opens it so the
 * content script reads it, and waits until every post has a badge and a stored snapshot: a
 * database filled through the real recording path. Returns the posts' keys.
 */
export async function recordXTimeline(session: E2ESession, url: string, run: number, count: number) {
  const timeline = xTimeline(newXIds(run, count));
  session.server.setPage(url, timeline.html);
  const page = await session.browser.context.newPage();
  try {
    await page.goto(url);
    const badges = (await waitForBadges(page, timeline.keys.length)).sort();
    if (badges.join() !== [...timeline.keys].sort().join())
      throw new Error(`badges on ${badges.join(', ')}, not on the ${count} posts served`);
    const reader = await openDbReader(session.browser.context, session.browser.extensionId);
    await reader.waitFor((d) => timeline.keys.every((k) => d.snapshots.some((s) => s.postKey === k)), 15_000);
    await reader.close();
  } finally {
    await page.close();
  }
  return timeline.keys;
}
