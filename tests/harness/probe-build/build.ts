// `npm run build:probe`: the probe build of PostLens (tests/harness/probe.ts) for Chromium and
// Firefox: the real wxt.config.ts and entrypoints, built in mode "probe" (WXT puts it in
// .output/<browser>-mv<n>-probe, beside the real build, never over it), plus one content script
// of the test's own. Exits non-zero when a build fails or lands elsewhere than the tests look.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Entrypoint } from 'wxt';
import { build } from 'wxt';
import { REPO_ROOT } from '../paths';
import { PROBE_CHROME_DIR, PROBE_FIREFOX_DIR } from '../probe';

const CONTENT_SCRIPT = join(REPO_ROOT, 'tests/harness/probe-build/probe.content.ts');

async function buildProbe(browser: 'chrome' | 'firefox', outDir: string): Promise<void> {
  await build({
    root: REPO_ROOT,
    browser,
    mode: 'probe',
    hooks: {
      'entrypoints:resolved': async (wxt, entrypoints: Entrypoint[]) => {
        entrypoints.push({
          type: 'content-script',
          name: 'postlens-probe',
          inputPath: CONTENT_SCRIPT,
          outputDir: join(wxt.config.outDir, 'content-scripts'),
          options: await wxt.builder.importEntrypoint(CONTENT_SCRIPT),
        } as Entrypoint);
      },
    },
  });
  if (!existsSync(join(outDir, 'manifest.json'))) {
    throw new Error(`the ${browser} probe build is not at ${outDir}`);
  }
}

try {
  await buildProbe('chrome', PROBE_CHROME_DIR);
  await buildProbe('firefox', PROBE_FIREFOX_DIR);
} catch (err) {
  console.error(`build:probe failed: ${(err as Error).message}`);
  process.exit(1);
}
