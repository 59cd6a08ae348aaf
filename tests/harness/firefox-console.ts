// Collects PostLens's errors in Firefox from every process: uncaught exceptions (Firefox's console
// service, fed by all processes) and console.error calls (each process's console-API storage,
// reached with a process script). WebDriver BiDi reports neither for extension documents, nor
// anything for the background page, so this runs as browser chrome code in the parent process,
// evaluated through Firefox's DevTools server (firefox-devtools.ts explains why not through BiDi).
import type { TestContext } from 'vitest';
import type { Watch } from './e2e-session';
import { ParentProcessConsole } from './firefox-devtools';

export interface ExtensionError {
  kind: 'uncaught' | 'console';
  message: string;
  source: string;
}

const MESSAGE = 'postlens-test:console';
const STORE = '__postlensTestErrors';

/** Runs in every child process: forwards console.error calls made by `addonId`'s code. Extension
 * pages and the background page carry the add-on's id; a content script's calls carry none (its
 * principal is the page's and the add-on's together), only its moz-extension:// file name. */
const childScript = (extensionBase: string, addonId: string) => `
  const storage = Cc['@mozilla.org/consoleAPI-storage;1'].getService(Ci.nsIConsoleAPIStorage);
  storage.addLogEventListener((m) => {
    if (m.level !== 'error') return;
    if (m.addonId !== ${JSON.stringify(addonId)} && !String(m.filename).startsWith(${JSON.stringify(extensionBase)})) return;
    const text = (m.arguments || []).map((a) => {
      if (typeof a === 'string') return a;
      try { return a instanceof Error ? String(a) : JSON.stringify(a); } catch (e) { return String(a); }
    }).join(' ');
    sendAsyncMessage(${JSON.stringify(MESSAGE)}, { kind: 'console', message: text, source: String(m.filename) });
  }, Services.scriptSecurityManager.getSystemPrincipal());
`;

/** Runs in the browser window (parent process). Never throws into Firefox: failures are stored. */
const parentScript = (extensionBase: string, addonId: string) => `(() => {
  const store = (globalThis[${JSON.stringify(STORE)}] = []);
  Services.console.registerListener({
    observe(m) {
      if (!(m instanceof Ci.nsIScriptError) || (m.flags & (Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag))) return;
      if (!String(m.sourceName).startsWith(${JSON.stringify(extensionBase)})) return;
      store.push({ kind: 'uncaught', message: m.errorMessage, source: m.sourceName + ':' + m.lineNumber });
    },
  });
  Services.ppmm.addMessageListener(${JSON.stringify(MESSAGE)}, { receiveMessage: (m) => store.push(m.data) });
  // Child processes, now and later. (The parent refuses a data: process script; it has none of ours.)
  Services.ppmm.loadProcessScript('data:,' + encodeURIComponent(${JSON.stringify(childScript(extensionBase, addonId))}), true);
  return 'ok';
})()`;

/**
 * Firefox reports an extension API call still pending when its document goes away (a tab the test
 * closes while the content script awaits the background's answer) as "Promise resolved (or
 * rejected) after context unloaded", and one answered while its document sits in the back-forward
 * cache (the test navigated on; the content script sent what it held on `pagehide`) as "Promise
 * resolved while context is inactive". Nothing of PostLens's is running to see the answer, and
 * the batch it answers is stored (the background answers after its commit, and removes the
 * batch's copy kept in storage.local): the error is the browser's report, not PostLens's.
 */
export const isUnloadNoise = (e: ExtensionError): boolean =>
  e.kind === 'uncaught' &&
  /^Promise (resolved|rejected) (after context unloaded|while context is inactive)\b/.test(e.message);

export interface ErrorCollector {
  /** Every error so far, oldest first. */
  read(): Promise<ExtensionError[]>;
  close(): void;
}

/** Starts collecting errors whose source is moz-extension://<uuid>/ or whose console call was the
 * add-on's, through the DevTools server Firefox was started with (see devtoolsArgs). */
export async function collectExtensionErrors(
  devtoolsSocket: string,
  extensionBase: string,
  addonId: string,
  timeoutMs = 15_000,
): Promise<ErrorCollector> {
  const script = parentScript(extensionBase, addonId);
  const parent = await ParentProcessConsole.start(devtoolsSocket, script, 'the collector', timeoutMs);
  return {
    read: async () =>
      JSON.parse(await parent.evaluate(`JSON.stringify(globalThis.${STORE})`, timeoutMs)) as ExtensionError[],
    close: () => parent.close(),
  };
}

/** Whether PostLens's errors are watched in a Firefox session, and if not, why. */
export type ErrorWatch = Watch;

/** The line a session prints when it cannot watch PostLens's errors. */
export const notWatchedMessage = (firefox: string, reason: string): string =>
  `NOT WATCHED: PostLens's uncaught exceptions and console.error calls in ${firefox} ` +
  `(the error collector did not start: ${reason}). The tests still run; the checks that PostLens ` +
  'raised no error are skipped, each saying so.';

/**
 * In a test that checks PostLens raised no error: skips the rest of it when the errors were not
 * watched, with the reason (also kept in the test's meta, which tests/harness/summary.mjs prints).
 */
export function skipUnlessWatched(ctx: TestContext, watch: ErrorWatch): void {
  if (watch.watching) return;
  const reason = `PostLens's errors were not watched in this Firefox: ${watch.reason}`;
  (ctx.task.meta as Record<string, unknown>).skipReason = reason;
  ctx.skip(reason);
}
