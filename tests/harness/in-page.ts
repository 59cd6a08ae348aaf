// Runs a function of ours inside a page. It goes over as source text with the `__name` helper
// defined, because tsx (esbuild, keepNames) inserts `__name(...)` calls into functions, which the
// page lacks; under vitest the helper is simply unused.
import type { Page } from 'playwright-core';

export function inPageSource<A>(fn: (arg: A) => unknown, arg: A): string {
  return `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg)}); })()`;
}

export async function evaluateInPage<R, A>(page: Page, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  return (await page.evaluate(inPageSource(fn, arg))) as R;
}
