// Puts PostLens's MV3 service worker to sleep on purpose, as Chrome does after 30 idle seconds:
// the DevTools protocol stops it (ServiceWorker.stopAllWorkers, and closing its target from the
// browser's session), and we wait until Chrome no longer lists it.
//
// Never before its registration is activated: a worker stopped while Chrome is still installing
// or activating it (right after the extension loads, sooner under load) is never started again in
// that profile, by no message and no event (2 of 8 tries on a 2-core machine). Chrome itself stops
// a worker only after 30 idle seconds, so a user never meets that; a test must not either.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

const isOurs = (extensionId: string) => (t: { type: string; url: string }) =>
  t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`);

export interface WorkerControl {
  /** Whether Chrome lists the extension's service worker as running. */
  running(): Promise<boolean>;
  /** Waits until the worker's registration is activated; throws if it is not within timeoutMs. */
  activated(timeoutMs?: number): Promise<void>;
  /** Waits until the worker's registration is activated, stops the worker and waits until it is
   * gone; throws if either does not happen within timeoutMs. */
  stop(timeoutMs?: number): Promise<void>;
  /**
   * Stops the worker running now and waits until Chrome reports it stopped; throws if it does not
   * within timeoutMs. Unlike stop(), never stops a worker started after it: while a page keeps sending,
   * its retry starts a new worker within ~100 ms, and stopping that one again while it starts can
   * leave the page's message unanswered, so nothing wakes a worker for a minute (one CI run).
   */
  stopCurrent(timeoutMs?: number): Promise<void>;
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
  // The latest status Chrome reported of each version of the extension's worker.
  const versions = new Map<string, string>();
  // How many times Chrome reported a version of it stopped (its running status).
  let stops = 0;
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) {
      if (!v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) continue;
      versions.set(v.versionId, v.status);
      if (v.runningStatus === 'stopped') stops++;
    }
  });
  await cdp.send('ServiceWorker.enable');
  const activated = async (deadline: number) => {
    while (![...versions.values()].includes('activated')) {
      if (Date.now() > deadline) {
        throw new Error(
          `the service worker was not activated (its versions: ${[...versions.values()].join(', ') || 'none reported'})`,
        );
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return {
    running: async () => (await find()) !== undefined,
    activated: (timeoutMs = 10_000) => activated(Date.now() + timeoutMs),
    async stop(timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      await activated(deadline);
      for (let sw = await find(); sw; sw = await find()) {
        if (Date.now() > deadline) throw new Error('the service worker did not stop');
        await cdp.send('ServiceWorker.stopAllWorkers').catch(() => {});
        await targets.send('Target.closeTarget', { targetId: sw.targetId }).catch(() => {});
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async stopCurrent(timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      await activated(deadline);
      const before = stops;
      // Until Chrome reports this worker stopped no other instance of it runs, so asking again is
      // safe; once it has, nothing more is asked.
      while (stops === before) {
        if (Date.now() > deadline) throw new Error('the service worker did not stop');
        const sw = await find();
        if (stops !== before) break;
        await cdp.send('ServiceWorker.stopAllWorkers').catch(() => {});
        if (sw && stops === before)
          await targets.send('Target.closeTarget', { targetId: sw.targetId }).catch(() => {});
        for (let i = 0; i < 10 && stops === before; i++) await new Promise((r) => setTimeout(r, 50));
      }
    },
    async close() {
      await cdp.detach().catch(() => {});
      await root?.detach().catch(() => {});
      await page.close().catch(() => {});
    },
  };
}
