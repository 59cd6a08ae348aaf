// Built into the probe build only (tests/harness/probe-build/build.ts adds it; the entrypoints
// folder never holds it): on each x.com page, the deliberate requests of a content script.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PROBE_URLS } from './urls';

export default defineContentScript({
  matches: ['https://x.com/*'],
  runAt: 'document_idle',
  main() {
    for (const url of [PROBE_URLS.contentScript, PROBE_URLS.contentScriptToPlatform]) {
      fetch(url).catch(() => {});
    }
  },
});
