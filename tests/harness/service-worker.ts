// Puts PostLens's MV3 service worker to sleep on purpose, as Chrome does after 30 idle seconds:
// the DevTools protocol stops it (ServiceWorker.stopAllWorkers from a page of the extension's own
// origin, and closing its target from the browser's session), and we wait until Chrome no longer
// lists it.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

const isOurs = (extensionId: string) => (t: { type: string; url: string }) =>
  t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`);

export interface WorkerControl {
  /** Whether Chrome lists the extension's service worker as running. */
  running(): Promise<boolean>;
  /** Stops the worker and waits until it is gone; throws if it does not stop within timeoutMs. */
  stop(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** A CDP session on a blank page of its own, from which the worker is watched and stopped. */
export async function workerControl(context: BrowserContext, extensionId: string): Promise<WorkerControl> {
  const page: Page = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(page);
  const browser = context.browser();
  const root: CDPSession | null = browser ? await browser.newBrowserCDPSession() : null;
  const targets = root ?? cdp;
  const find = async () => (await targets.send('Target.getTargets')).targetInfos.find(isOurs(extensionId));
  await cdp.send('ServiceWorker.enable').catch(() => {});
  return {
    running: async () => (await find()) !== undefined,
    async stop(timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (let sw = await find(); sw; sw = await find()) {
        if (Date.now() > deadline) throw new Error('the service worker did not stop');
        await cdp.send('ServiceWorker.stopAllWorkers').catch(() => {});
        await targets.send('Target.closeTarget', { targetId: sw.targetId }).catch(() => {});
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async close() {
      await cdp.detach().catch(() => {});
      await root?.detach().catch(() => {});
      await page.close().catch(() => {});
    },
  };
}
