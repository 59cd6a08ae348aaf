// Where the probe build's deliberate requests go (see tests/harness/probe.ts). Plain constants:
// the probe's content script bundles this file.

/** The host the probe's requests go to: `.invalid` never resolves anywhere. */
export const PROBE_HOST = 'probe.postlens.invalid';

export const PROBE_URLS = {
  /** Written out in entrypoints/background.ts too (production code does not import tests). */
  background: `https://${PROBE_HOST}/background`,
  contentScript: `https://${PROBE_HOST}/content-script`,
  /** To the platform the page is on: the guard's host rule lets it through as the page's own. */
  contentScriptToPlatform: 'https://x.com/i/api/postlens-probe',
} as const;
