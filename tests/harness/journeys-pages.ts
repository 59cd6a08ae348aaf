// What the journeys do to a platform page: saved pages edited as the platform would change them
// (counts that grew), posts the feed appends as the reader scrolls, and a single-page navigation
// that swaps the feed for another page's posts. The page's own scripts never run (the fixture
// server's policy is script-src 'none'); these edits go in over DevTools, as the platform's
// scripts would make them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { evaluateInPage } from './in-page';
import { FIXTURES_DIR } from './paths';

export const fixtureHtml = (file: string): string => readFileSync(join(FIXTURES_DIR, file), 'utf8');

/** Applies each replacement, which must hit exactly once: a fixture that changed fails loudly. */
export function editOnce(html: string, edits: readonly (readonly [string, string])[], what: string): string {
  return edits.reduce((out, [from, to]) => {
    if (out.split(from).length !== 2) throw new Error(`${what}: "${from}" is not there exactly once`);
    return out.replace(from, to);
  }, html);
}

/**
 * Runs in the page: appends copies of X's timeline cell that holds the post `fromId`, one per id
 * in `ids`, with the post's links pointing at the new id (as X's infinite scroll appends cells).
 * The copy leaves out PostLens's own badge: the page never had it. Returns how many were added.
 */
function appendTweetCells(args: { fromId: string; ids: string[] }): number {
  const link = document.querySelector(`article[data-testid="tweet"] a[href*="/status/${args.fromId}"]`);
  const cell = link?.closest('[data-testid="cellInnerDiv"]');
  if (!cell?.parentNode) return 0;
  let added = 0;
  for (const id of args.ids) {
    const copy = cell.cloneNode(true) as Element;
    for (const badge of copy.querySelectorAll('postlens-badge')) badge.remove();
    for (const a of copy.querySelectorAll(`a[href*="/status/${args.fromId}"]`)) {
      a.setAttribute('href', (a.getAttribute('href') ?? '').replace(args.fromId, id));
    }
    cell.parentNode.appendChild(copy);
    added++;
  }
  window.scrollTo(0, document.documentElement.scrollHeight);
  return added;
}

export const appendTweets = (page: Page, fromId: string, ids: string[]): Promise<number> =>
  evaluateInPage(page, appendTweetCells, { fromId, ids });

/**
 * Runs in the page: what a single-page app does on a link click: push the new address, then
 * render the new page's content in place of the old. No load, no event of ours.
 */
function pushAndRender(args: { path: string; bodyHtml: string }): string {
  history.pushState({}, '', args.path);
  document.body.innerHTML = args.bodyHtml;
  return location.href;
}

export const spaNavigate = (page: Page, path: string, bodyHtml: string): Promise<string> =>
  evaluateInPage(page, pushAndRender, { path, bodyHtml });

/** Runs in the page: the accessible name of each badge's chip, by post key. */
function chipLabels(_: null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const host of document.querySelectorAll('postlens-badge')) {
    const chip = host.shadowRoot?.querySelector('button.chip');
    out[host.getAttribute('data-postlens-key') ?? ''] = chip?.getAttribute('aria-label') ?? '';
  }
  return out;
}

export const badgeLabels = (page: Page): Promise<Record<string, string>> =>
  evaluateInPage(page, chipLabels, null);

/** The id of the post in x/x-tweet-sample.html, which timelines copy under other ids. */
export const X_SAMPLE_ID = '1981398750557065646';

/**
 * An X home timeline of copies of x/x-tweet-sample.html, one cell per id (X's own nesting: main,
 * primaryColumn, a region section, cellInnerDiv), and its post keys. `extra` goes after the main
 * element (a template the page can copy from, say).
 */
export function xTimeline(ids: readonly string[], extra = ''): { html: string; keys: string[] } {
  const article = fixtureHtml('x/x-tweet-sample.html');
  const cells = ids
    .map(
      (id) =>
        `<div class="css-175oi2r" data-testid="cellInnerDiv">${article.replaceAll(X_SAMPLE_ID, id)}</div>`,
    )
    .join('');
  const html =
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Home / X</title></head><body>` +
    `<main role="main"><div data-testid="primaryColumn"><section role="region">${cells}` +
    `</section></div></main>${extra}</body></html>`;
  return { html, keys: ids.map((id) => `x:${id}`) };
}

/** `count` ids of posts no fixture has, after the sample's, distinct for each `run`. */
export const newXIds = (run: number, count: number): string[] =>
  Array.from({ length: count }, (_, i) => String(BigInt(X_SAMPLE_ID) + BigInt(run * 1000 + i)));

/**
 * An X home timeline of the given tweet articles (each an <article> as in x/x-tweet-sample.html,
 * already edited to its own id and counts), in X's own nesting as xTimeline builds it.
 */
export function xTimelineOf(articles: readonly string[]): string {
  const cells = articles
    .map((a) => `<div class="css-175oi2r" data-testid="cellInnerDiv">${a}</div>`)
    .join('');
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Home / X</title></head><body>` +
    `<main role="main"><div data-testid="primaryColumn"><section role="region">${cells}` +
    `</section></div></main></body></html>`
  );
}
