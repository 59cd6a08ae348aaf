// Bundles a TypeScript entry (and the lib/ code it imports) into one IIFE string for a page, with
// esbuild (Vite's own bundler, already in node_modules). The page runs it with page.evaluate,
// which the DevTools protocol runs whatever the page's CSP says.
import { join } from 'node:path';
import { build } from 'esbuild';
import { REPO_ROOT } from '../harness/paths';

export async function bundleForPage(entry: string): Promise<string> {
  const out = await build({
    entryPoints: [join(REPO_ROOT, entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    minify: false,
    alias: { '@': REPO_ROOT, '#imports': join(REPO_ROOT, 'tests/bench/lab/wxt-imports.ts') },
    logLevel: 'silent',
  });
  const file = out.outputFiles[0];
  if (!file) throw new Error(`esbuild gave no output for ${entry}`);
  return file.text;
}
