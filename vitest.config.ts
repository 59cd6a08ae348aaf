import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import LongFilesFirstSequencer from './tests/harness/long-files-first';

// Three projects: unit tests (happy-dom, fake browser, fake-indexeddb) and the end-to-end suites,
// which load the built extension into real Chromium / real Firefox and so run one file at a time.
// The groups run one after another (sequence.groupOrder), so a browser suite never shares the two
// CI cores with unit files; the unit files take both cores (vitest's default is cores − 1, one
// worker on CI's two) in worker threads, which start faster than forks: on a 2-core machine the
// unit project took 215 s instead of 339 s. The browser suites share one module graph
// (isolate: false): each of their 35 files imported playwright-core or puppeteer-core afresh, about
// 2 s a file on one core; every file starts and closes its own browser, and none mocks a module.
// Each browser suite runs two files at a time: a file mostly waits on its browser (one at a time,
// the two suites kept 35% of the two cores busy), and two at a time they took 362 s instead of 457.
// No two files share a port, a profile or a download folder (each asks for its own).
// Every test runs in UTC, whatever the machine's zone: expectations such as the inspect golden
// file's dates ("Yesterday" is a day in the runtime's zone) are written for one zone. Set here, in
// the main process, before any worker starts: a worker thread keeps the zone it started with, so
// a test file cannot pin it. Tests of other zones pass a timeZone, or run a child process with TZ.
process.env.TZ = 'UTC';

// WxtVitest points `wxt/browser` at WXT's mock module, which takes `fakeBrowser` from `wxt/testing`:
// an index that also exports the vitest plugin, and with it WXT's whole build core (Vite's
// builders, magicast, unimport…). WXT is inlined in tests (not loaded from Node's cache), so every
// unit file whose code reaches `wxt/browser` compiled and ran that core again: about 0.9 s a file.
// Nothing in the tests imports `wxt/testing` itself (they take `wxt/testing/fake-browser`), so the
// bare name is sent to the fake browser alone: the same `fakeBrowser`, without the build core.
const fakeBrowserOnly = {
  find: /^wxt\/testing$/,
  replacement: fileURLToPath(new URL('node_modules/wxt/dist/testing/fake-browser.mjs', import.meta.url)),
};

export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
    // Each group starts with its longest files, so that no long file runs alone at its end.
    sequence: { sequencer: LongFilesFirstSequencer },
    projects: [
      {
        plugins: [WxtVitest()],
        resolve: { alias: [fakeBrowserOnly] },
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          pool: 'threads',
          maxWorkers: 2,
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          globalSetup: ['tests/unit/global-setup.ts'],
          setupFiles: ['tests/unit/setup.ts'],
          globals: true,
          // Two files at a time on two cores: a render-heavy test can pass 5 s (testing-library.ts).
          testTimeout: 15_000,
        },
      },
      {
        plugins: [WxtVitest()],
        test: {
          name: 'e2e',
          sequence: { groupOrder: 1 },
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globals: true,
          testTimeout: 120_000,
          hookTimeout: 120_000,
          maxWorkers: 2,
          isolate: false,
        },
      },
      {
        plugins: [WxtVitest()],
        test: {
          name: 'e2e-firefox',
          sequence: { groupOrder: 2 },
          include: ['tests/e2e-firefox/**/*.test.ts'],
          environment: 'node',
          globals: true,
          testTimeout: 120_000,
          hookTimeout: 120_000,
          maxWorkers: 2,
          isolate: false,
        },
      },
    ],
  },
});
