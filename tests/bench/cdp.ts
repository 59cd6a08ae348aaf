// DevTools-protocol helpers the page figures share: the page's performance counters, waiting for
// a page to go quiet, the frame id and the names the content script runs under.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { DEFAULT_EXTENSION_DIR } from '../harness/paths';

export async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits until no script has run in the page for `quietMs` (Performance.enable first). Reading the
 * counters runs no script in the page, so the wait does not disturb what it waits for.
 */
export async function waitQuiet(cdp: CDPSession, quietMs = 700, maxMs = 30_000): Promise<boolean> {
  const deadline = Date.now() + maxMs;
  let last = (await metrics(cdp)).ScriptDuration ?? 0;
  let since = Date.now();
  while (Date.now() - since < quietMs) {
    if (Date.now() > deadline) return false;
    await sleep(50);
    const now = (await metrics(cdp)).ScriptDuration ?? 0;
    if (now !== last) since = Date.now();
    last = now;
  }
  return true;
}

export async function mainFrameId(cdp: CDPSession): Promise<string> {
  return (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
}

/** The built extension's name: Chromium names the content scripts' isolated world after it. */
export function extensionName(dir: string = DEFAULT_EXTENSION_DIR): string {
  return (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { name: string }).name;
}

export const contentScriptUrl = (extensionId: string, platform: string) =>
  `chrome-extension://${extensionId}/content-scripts/${platform}.js`;

export const badgeCount = (page: Page): Promise<number> =>
  page.evaluate(() => document.querySelectorAll('postlens-badge').length);

/** Waits (polling slowly, to leave the page alone) until at least `n` badges are on the page. */
export async function waitForBadgeCount(
  page: Page,
  n: number,
  timeoutMs = 240_000,
  pollMs = 500,
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let count = await badgeCount(page);
  while (count < n && Date.now() < deadline) {
    await sleep(pollMs);
    count = await badgeCount(page);
  }
  return count;
}

interface ContextDescription {
  id: number;
  name: string;
  auxData?: { type?: string; isDefault?: boolean; frameId?: string };
}

/** The id of the content script's isolated world in the page's main frame (named after the extension). */
export async function isolatedWorld(cdp: CDPSession, worldName: string, timeoutMs = 30_000): Promise<number> {
  const frameId = await mainFrameId(cdp);
  return new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      cdp.off('Runtime.executionContextCreated', onContext);
      reject(new Error(`no "${worldName}" isolated world in the page after ${timeoutMs} ms`));
    }, timeoutMs);
    const onContext = ({ context }: { context: ContextDescription }) => {
      if (context.name !== worldName || context.auxData?.type !== 'isolated') return;
      if (context.auxData.frameId !== frameId) return;
      clearTimeout(timer);
      cdp.off('Runtime.executionContextCreated', onContext);
      resolve(context.id);
    };
    cdp.on('Runtime.executionContextCreated', onContext);
    // Enabling reports every context that already exists.
    cdp.send('Runtime.enable').catch(reject);
  });
}

/** Evaluates `expression` (awaiting a promise) in an execution context; returns its JSON value. */
export async function evaluateIn<T>(cdp: CDPSession, contextId: number, expression: string): Promise<T> {
  const r = await cdp.send('Runtime.evaluate', {
    expression,
    contextId,
    awaitPromise: true,
    returnByValue: true,
  });
  if (r.exceptionDetails) {
    throw new Error(
      `evaluation failed: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`,
    );
  }
  return r.result.value as T;
}
