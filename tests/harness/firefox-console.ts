// Collects PostLens's errors in Firefox from every process: uncaught exceptions (Firefox's console
// service, fed by all processes) and console.error calls (each process's console-API storage,
// reached with a process script). WebDriver BiDi reports neither for extension documents, nor
// anything for the background page, so this runs as browser chrome code, which
// --remote-allow-system-access lets BiDi evaluate in the browser window.
import type { Browser } from 'puppeteer-core';
import { bidiConnection } from './firefox-bidi';

export interface ExtensionError {
  kind: 'uncaught' | 'console';
  message: string;
  source: string;
}

const MESSAGE = 'postlens-test:console';
const STORE = '__postlensTestErrors';

/** Runs in every child process: forwards console.error calls made by `addonId`'s code. */
const childScript = (addonId: string) => `
  const storage = Cc['@mozilla.org/consoleAPI-storage;1'].getService(Ci.nsIConsoleAPIStorage);
  storage.addLogEventListener((m) => {
    if (m.level !== 'error' || m.addonId !== ${JSON.stringify(addonId)}) return;
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
  Services.ppmm.loadProcessScript('data:,' + encodeURIComponent(${JSON.stringify(childScript(addonId))}), true);
  return 'ok';
})()`;

async function chromeContext(browser: Browser): Promise<string> {
  const { result } = await bidiConnection(browser).send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = (result as { contexts?: { context?: string; url?: string }[] }).contexts?.find((c) =>
    c.url?.startsWith('chrome://browser/'),
  )?.context;
  if (!context)
    throw new Error(
      'no browser window to collect extension errors in (is --remote-allow-system-access set?)',
    );
  return context;
}

async function evaluateInChrome(browser: Browser, context: string, expression: string): Promise<string> {
  const { result } = await bidiConnection(browser).send('script.evaluate', {
    expression,
    target: { context },
    awaitPromise: false,
  });
  const r = result as { type: string; result?: { value?: unknown }; exceptionDetails?: { text?: string } };
  if (r.type !== 'success' || typeof r.result?.value !== 'string') {
    throw new Error(`chrome-scope evaluation failed: ${r.exceptionDetails?.text ?? JSON.stringify(r)}`);
  }
  return r.result.value;
}

/**
 * Firefox reports an extension API call still pending when its document goes away (a tab the test
 * closes while the content script awaits the background's answer) as "Promise resolved (or
 * rejected) after context unloaded". Nothing of PostLens's is left to see the answer: it is no
 * error of PostLens's.
 */
export const isUnloadNoise = (e: ExtensionError): boolean =>
  e.kind === 'uncaught' && /^Promise (resolved|rejected) after context unloaded\b/.test(e.message);

export interface ErrorCollector {
  /** Every error so far, oldest first. */
  read(): Promise<ExtensionError[]>;
}

/** Starts collecting errors whose source is moz-extension://<uuid>/ or whose console call was the add-on's. */
export async function collectExtensionErrors(
  browser: Browser,
  extensionBase: string,
  addonId: string,
): Promise<ErrorCollector> {
  const context = await chromeContext(browser);
  await evaluateInChrome(browser, context, parentScript(extensionBase, addonId));
  return {
    read: async () =>
      JSON.parse(
        await evaluateInChrome(browser, context, `JSON.stringify(globalThis.${STORE})`),
      ) as ExtensionError[],
  };
}
