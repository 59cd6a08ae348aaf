// The positive control of the zero-request check: a test build of PostLens (mode "probe", built
// by `npm run build:probe` into its own folders, never over the real build) that makes deliberate
// requests. Its background makes one at start (the probe block of entrypoints/background.ts); a
// content script only this build has (probe-build/probe.content.ts) makes two on every x.com page: one
// to a host nothing maps, one to the platform itself, which only a check that knows who asked
// can tell from the page's own loads. The same check that passes the real build must flag them.
import { join } from 'node:path';
import { REPO_ROOT } from './paths';

export { PROBE_HOST, PROBE_URLS } from './probe-build/urls';

export const PROBE_CHROME_DIR = join(REPO_ROOT, '.output/chrome-mv3-probe');
export const PROBE_FIREFOX_DIR = join(REPO_ROOT, '.output/firefox-mv2-probe');
