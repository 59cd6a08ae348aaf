// Launches the machine's Firefox (headless, WebDriver BiDi through puppeteer-core) in a fresh
// profile with the built PostLens for Firefox installed, every request sent through the guard
// proxy, the extension at a fixed moz-extension://<uuid>/ address, and its errors and its own
// HTTP requests (content scripts' included) collected through Firefox's DevTools server (on a Unix
// socket in the session's own directory).
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { watchRequests } from './firefox-bidi';
import { type ChannelWatcher, watchExtensionChannels } from './firefox-channels';
import {
  collectExtensionErrors,
  type ErrorCollector,
  type ErrorWatch,
  type ExtensionError,
  isUnloadNoise,
  notWatchedMessage,
} from './firefox-console';
import { DEVTOOLS_PREFS, devtoolsArgs } from './firefox-devtools';
import { FirefoxGuard, type FirefoxRequest } from './firefox-guard';
import { readBackgroundRequests } from './firefox-pages';
import { findFirefox } from './firefox-path';
import { EXTENSION_GECKO_ID, FIREFOX_ENV, firefoxPrefs } from './firefox-prefs';
import { mappedHosts } from './mapped-hosts';
import { REPO_ROOT } from './paths';

export const FIREFOX_EXTENSION_DIR = join(REPO_ROOT, '.output/firefox-mv2');

export interface FirefoxLaunchOptions {
  /** Port of the guard proxy (see firefox-session.ts); without one every request fails. */
  proxyPort?: number;
  guard?: FirefoxGuard;
  extraHosts?: string[];
  extensionDir?: string;
  /** What builds extensionDir, for the message when it is missing. */
  buildCommand?: string;
  headless?: boolean;
  /** Bound on Firefox's start and the extension's install. */
  startTimeoutMs?: number;
  /** Starts the error collector (tests of the harness replace it to see a collector that fails). */
  startErrorCollector?: typeof collectExtensionErrors;
  /** Starts the watcher of PostLens's own HTTP requests (replaceable likewise). */
  startChannelWatcher?: typeof watchExtensionChannels;
}

export interface LaunchedFirefox {
  browser: Browser;
  /** moz-extension://<uuid>/ */
  extensionBase: string;
  /** The build of PostLens installed. */
  extensionDir: string;
  extensionUuid: string;
  guard: FirefoxGuard;
  hosts: string[];
  /** Where the extension's downloads (exports) land. */
  downloadDir: string;
  executablePath: string;
  /** What Firefox says it is, e.g. firefox/140.12.0. */
  version: string;
  /** Whether extensionErrors() sees anything: when the collector could not start, the session still
   * runs (having printed what is not watched) and extensionErrors() is always empty. */
  errorWatch: ErrorWatch;
  /** PostLens's uncaught exceptions and console.error calls so far, from all its contexts (the
   * teardown reports of isUnloadNoise left out). */
  extensionErrors(): Promise<ExtensionError[]>;
  /** Whether the requests of PostLens's code (content scripts' above all) are seen; when the
   * watcher could not start, why. The guard then relies on BiDi, the proxy and the background's
   * resource timing, which do not see a content script's request to a platform host. */
  channelWatch: ErrorWatch;
  /** Records into the guard the requests the background page made (its resource timing) and those
   * of PostLens's code Firefox opened since the last call (firefox-channels.ts). */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export function assertFirefoxBuildExists(
  dir: string = FIREFOX_EXTENSION_DIR,
  command = 'npm run build:firefox',
): void {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(
      `PostLens for Firefox is not built (no ${join(dir, 'manifest.json')}): run \`${command}\` first.`,
    );
  }
}

/** Unused port on the loopback proxy address: Firefox then fails every request at once. */
const NO_PROXY_PORT = 9;

export async function launchFirefoxWithExtension(
  options: FirefoxLaunchOptions = {},
): Promise<LaunchedFirefox> {
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  assertFirefoxBuildExists(extensionDir, options.buildCommand);
  const executablePath = findFirefox();
  const hosts = mappedHosts(options.extraHosts);
  const guard = options.guard ?? new FirefoxGuard(new Set(hosts));
  const extensionUuid = randomUUID();
  const extensionBase = `moz-extension://${extensionUuid}/`;
  const workDir = mkdtempSync(join(tmpdir(), 'postlens-firefox-'));
  const profileDir = join(workDir, 'profile');
  const downloadDir = join(workDir, 'downloads');
  const devtoolsSocket = join(workDir, 'devtools.sock');
  const timeout = options.startTimeoutMs ?? 60_000;
  const removeWorkDir = () => rmSync(workDir, { recursive: true, force: true });

  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath,
      headless: options.headless ?? true,
      acceptInsecureCerts: true,
      // Lets BiDi drive moz-extension:// documents (the popup and dashboard in a tab).
      // The DevTools server is what the error collector evaluates its chrome code through.
      args: ['--remote-allow-system-access', '--profile', profileDir, ...devtoolsArgs(devtoolsSocket)],
      env: { ...process.env, ...FIREFOX_ENV },
      extraPrefsFirefox: {
        ...firefoxPrefs({ proxyPort: options.proxyPort ?? NO_PROXY_PORT, hosts, extensionUuid, downloadDir }),
        ...DEVTOOLS_PREFS,
      },
      defaultViewport: { width: 1280, height: 900 },
      timeout,
      // The suite closes the browser itself in afterAll; these stop a Ctrl-C leaving Firefox behind.
      handleSIGINT: true,
      handleSIGTERM: true,
      handleSIGHUP: true,
    });
  } catch (err) {
    removeWorkDir();
    throw new Error(`Firefox (${executablePath}) did not start: ${(err as Error).message}`);
  }

  const byId = new Map<string, FirefoxRequest>();
  const stopWatching = watchRequests(
    browser,
    (r) => {
      // A navigation is what the test (the user) opens; other requests belong to the document in the tab.
      const source = !r.navigation && r.contextUrl.startsWith('moz-extension://') ? 'extension' : 'page';
      byId.set(r.id, guard.record(r.url, 'bidi', source, r.navigation ? 'navigation' : r.contextUrl));
    },
    (id, errorText) => {
      const entry = byId.get(id);
      if (entry) guard.failed(entry, errorText);
    },
  );
  let collector: ErrorCollector | undefined;
  let channels: ChannelWatcher | undefined;
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    stopWatching();
    collector?.close();
    channels?.close();
    // A wedged Firefox must not hold the suite: bounded, then killed.
    await withTimeout(browser.close(), 15_000, 'closing Firefox').catch(() =>
      browser.process()?.kill('SIGKILL'),
    );
    removeWorkDir();
  };

  const version = await browser.version().catch(() => 'firefox (version unknown)');
  // Before the install, so errors of the background page's start are caught too. A collector that
  // cannot start fails no test of PostLens: the session says plainly what it does not watch.
  let errorWatch: ErrorWatch;
  try {
    const start = options.startErrorCollector ?? collectExtensionErrors;
    collector = await start(devtoolsSocket, extensionBase, EXTENSION_GECKO_ID, Math.min(timeout, 15_000));
    errorWatch = { watching: true };
  } catch (err) {
    errorWatch = { watching: false, reason: (err as Error).message };
    console.warn(notWatchedMessage(`${version} (${executablePath})`, errorWatch.reason));
  }
  let channelWatch: ErrorWatch;
  try {
    const start = options.startChannelWatcher ?? watchExtensionChannels;
    channels = await start(devtoolsSocket, extensionBase, Math.min(timeout, 15_000));
    channelWatch = { watching: true };
  } catch (err) {
    channelWatch = { watching: false, reason: (err as Error).message };
    console.warn(
      `NOT WATCHED: the HTTP requests of PostLens's content scripts in ${version} (${executablePath}): ` +
        `${channelWatch.reason}. The zero-request check fails without them.`,
    );
  }

  try {
    const id = await withTimeout(browser.installExtension(extensionDir), timeout, 'installing the extension');
    if (id !== EXTENSION_GECKO_ID)
      throw new Error(`installed add-on id is ${id}, expected ${EXTENSION_GECKO_ID}`);
  } catch (err) {
    await close();
    throw new Error(`PostLens did not install in Firefox (${executablePath}): ${(err as Error).message}`);
  }

  // The background page's resource timing only grows: record what was added since the last look.
  let backgroundSeen = 0;
  const settle = async () => {
    const urls = await readBackgroundRequests(browser, extensionBase);
    for (const url of urls.slice(backgroundSeen)) {
      guard.record(url, 'background', 'background', `${extensionBase}background page`);
    }
    backgroundSeen = urls.length;
    for (const r of channels ? await channels.take() : []) {
      guard.record(r.url, 'channel', r.by, r.principal);
    }
  };

  try {
    // Opens an extension page once (proof the install gave a working address) and widens the
    // background page's resource-timing buffer before any test runs.
    await settle();
  } catch (err) {
    await close();
    throw new Error(`PostLens's pages did not open at ${extensionBase}: ${(err as Error).message}`);
  }

  return {
    browser,
    extensionBase,
    extensionDir,
    extensionUuid,
    guard,
    hosts,
    downloadDir,
    executablePath,
    version,
    errorWatch,
    channelWatch,
    extensionErrors: async () => (collector ? await collector.read() : []).filter((e) => !isUnloadNoise(e)),
    settle,
    close,
  };
}

export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}

export type { Browser, Page };
