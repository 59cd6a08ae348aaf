// PostLens's own pages (dashboard, popup) opened in a tab, with the lab bundle installed, and
// messages sent from them to the background exactly as the pages' own code sends them.
import type { Page } from 'playwright-core';
import type { BenchContext } from './context';
import { installLab } from './lab-page';

export const extensionUrl = (bench: BenchContext, file: string) =>
  `chrome-extension://${bench.extensionId}/${file}`;

export async function extensionPage(bench: BenchContext, file: string): Promise<Page> {
  const page = await bench.session.browser.context.newPage();
  await page.goto(extensionUrl(bench, file));
  await installLab(page);
  return page;
}

/** The message @webext-core/messaging builds for sendMessage(type, data); returns the answer. */
export function sendFromPage(page: Page, type: string, data: unknown): Promise<unknown> {
  return page.evaluate(
    ([t, d]) =>
      new Promise((resolve, reject) => {
        type Answer = { res?: unknown; err?: unknown } | undefined;
        type Runtime = { sendMessage(m: unknown, cb: (r: Answer) => void): void; lastError?: Error };
        const c = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome;
        c.runtime.sendMessage({ id: 1, type: t, data: d, timestamp: Date.now() }, (r) => {
          if (c.runtime.lastError) reject(new Error(String(c.runtime.lastError.message)));
          else if (r && 'res' in r) resolve(r.res);
          else reject(new Error(`no answer to ${t}: ${JSON.stringify(r)}`));
        });
      }),
    [type, data] as const,
  );
}
