// Page helpers for both browsers (a Playwright or a Puppeteer page): what PostLens's own pages
// show, read and clicked through the DOM.
import { type Evaluates, evaluateInPage } from './in-page';
import { pollUntil } from './wait';

/** Runs in the page: whether Preact has rendered something into #app. */
function appRendered(_: null): boolean {
  return (document.getElementById('app')?.childElementCount ?? 0) > 0;
}

/** Waits (bounded) until Preact has rendered something into #app; false when it never did. */
export async function waitForApp(page: Evaluates, timeoutMs = 15_000): Promise<boolean> {
  return pollUntil(() => evaluateInPage(page, appRendered, null), Boolean, timeoutMs);
}

/** Runs in the page: the text of the first element `selector` finds, or null. */
function textAt(selector: string): string | null {
  return document.querySelector(selector)?.textContent ?? null;
}

export const textOf = (page: Evaluates, selector: string): Promise<string | null> =>
  evaluateInPage(page, textAt, selector);
