// The in-page half of the bench (lab/entry.ts), bundled once and installed in any page, and a
// typed way to call it there.
import type { Page } from 'playwright-core';
import { bundleForPage } from './bundle';
import type { LabApi } from './lab/entry';

let code: Promise<string> | null = null;

/** The lab bundle's source, built once per run. */
export function labCode(): Promise<string> {
  code ??= bundleForPage('tests/bench/lab/entry.ts');
  return code;
}

/** Runs the lab bundle in the page's main world (page.evaluate runs whatever the page's CSP). */
export async function installLab(page: Page): Promise<void> {
  await page.evaluate(await labCode());
}

type Api = LabApi;

/** Calls one lab function in the page (installLab first). Arguments and result are JSON. */
export function lab<K extends keyof Api>(
  page: Page,
  name: K,
  ...args: Parameters<Api[K]>
): Promise<ReturnType<Api[K]>> {
  return page.evaluate(
    ([n, a]) => {
      const api = (globalThis as unknown as { __postlensBench: Record<string, (...x: unknown[]) => unknown> })
        .__postlensBench;
      return api[n as string]!(...(a as unknown[]));
    },
    [name, args] as const,
  ) as Promise<ReturnType<Api[K]>>;
}
