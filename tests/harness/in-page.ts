// Runs a function of ours inside a page, in Chromium (Playwright) and Firefox (Puppeteer) alike:
// both evaluate a string as an expression. It goes over as source text with the `__name` helper
// defined, because tsx (esbuild, keepNames) inserts `__name(...)` calls into functions, which the
// page lacks; under vitest the helper is simply unused.

/** What both browsers' pages have: evaluation of an expression given as text. */
export interface Evaluates {
  evaluate(expression: string): Promise<unknown>;
}

export function inPageSource<A>(fn: (arg: A) => unknown, arg: A): string {
  return `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg)}); })()`;
}

export async function evaluateInPage<R, A>(
  page: Evaluates,
  fn: (arg: A) => R | Promise<R>,
  arg: A,
): Promise<R> {
  return (await page.evaluate(inPageSource(fn, arg))) as R;
}
