// Launches the machine's Chromium with the built PostLens extension, in a fresh profile, with
// the platform hostnames sent to the local fixture server and every other name unresolvable.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { findChromium } from './chromium-path';
import { hostResolverRules, mappedHosts } from './mapped-hosts';
import { NetworkGuard } from './network-guard';
import { DEFAULT_EXTENSION_DIR } from './paths';

export interface LaunchOptions {
  /** New headless mode (extensions work in it). Default true. */
  headless?: boolean;
  /** Port of the fixture server; without it no host is mapped and every name fails to resolve. */
  serverPort?: number;
  /** More hostnames to send to the fixture server (a non-default Mastodon host is always there). */
  extraHosts?: string[];
  /** Raw host-resolver rules placed before the final `MAP * ~NOTFOUND`. */
  extraHostRules?: string[];
  extraArgs?: string[];
  extensionDir?: string;
  /** What builds extensionDir, for the message when it is missing. */
  buildCommand?: string;
  /** Let Playwright kill the browser on Ctrl-C / SIGTERM (default). Off when the caller handles them. */
  handleSignals?: boolean;
  /** How long to wait for the extension's service worker. */
  startTimeoutMs?: number;
  /**
   * The browser's language, as a user's browser set to it (e.g. 'de-DE'): `--lang` picks the
   * extension's _locales, Playwright's locale gives pages (and their content scripts) that
   * navigator.language and Intl default. Default: Chromium's own (en-US here).
   */
  locale?: string;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  extensionId: string;
  guard: NetworkGuard;
  hosts: string[];
  userDataDir: string;
  /** The build of PostLens loaded. */
  extensionDir: string;
  /** The extension's service worker, started again by Chromium when it was stopped. */
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
}

export function assertExtensionBuilt(dir: string = DEFAULT_EXTENSION_DIR, command = 'npm run build'): void {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`PostLens is not built (no ${join(dir, 'manifest.json')}): run \`${command}\` first.`);
  }
}

/**
 * Chromium's UI locales are languages ("de") and a few regional ones ("en-GB", "pt-BR"); given
 * one it does not have ("de-DE") it falls back to en-US, and so would the extension's messages.
 */
function chromeUiLocale(locale: string): string {
  const regional = ['en-GB', 'en-US', 'es-419', 'fr-CA', 'pt-BR', 'pt-PT', 'zh-CN', 'zh-TW'];
  return regional.includes(locale) ? locale : (locale.split('-')[0] ?? locale);
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const extensionDir = options.extensionDir ?? DEFAULT_EXTENSION_DIR;
  assertExtensionBuilt(extensionDir, options.buildCommand);
  const executablePath = findChromium();
  const hosts = mappedHosts(options.extraHosts);
  const rules = hostResolverRules(options.serverPort ?? null, hosts, options.extraHostRules);
  const userDataDir = mkdtempSync(join(tmpdir(), 'postlens-e2e-'));
  const args = [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    `--host-resolver-rules=${rules}`,
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-domain-reliability',
    '--ignore-certificate-errors',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ...(options.locale ? [`--lang=${chromeUiLocale(options.locale)}`] : []),
    ...(options.extraArgs ?? []),
  ];
  const guard = new NetworkGuard(new Set(hosts));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: options.headless ?? true,
      ignoreHTTPSErrors: true,
      // Playwright adds --disable-extensions by default, which would stop PostLens loading.
      ignoreDefaultArgs: ['--disable-extensions'],
      viewport: { width: 1280, height: 900 },
      ...(options.locale ? { locale: options.locale } : {}),
      args,
      timeout: 60_000,
      handleSIGINT: options.handleSignals ?? true,
      handleSIGTERM: options.handleSignals ?? true,
      handleSIGHUP: options.handleSignals ?? true,
    });
  } catch (err) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw err;
  }
  guard.attach(context);

  const close = async () => {
    await context.close().catch(() => {});
    // The profile is throwaway; a straggling Chromium helper writing into it must not fail a test.
    try {
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch (err) {
      console.warn(`could not remove the test profile ${userDataDir}: ${(err as Error).message}`);
    }
  };

  const serviceWorker = async (): Promise<Worker> => {
    const running = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (running) return running;
    try {
      return await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: options.startTimeoutMs ?? 30_000,
      });
    } catch (err) {
      throw new Error(`${(err as Error).message}\n${await describeTargets(context)}`);
    }
  };

  let extensionId: string;
  try {
    const worker = await serviceWorker();
    extensionId = new URL(worker.url()).host;
  } catch (err) {
    await close();
    throw new Error(
      `PostLens's service worker did not start in Chromium (${executablePath}): ${(err as Error).message}`,
    );
  }
  return { context, extensionId, guard, hosts, userDataDir, extensionDir, serviceWorker, close };
}

/** What Chrome itself lists (targets, attached or not), for a failure message: whether a worker
 * Playwright never reported is running, paused or gone. */
async function describeTargets(context: BrowserContext): Promise<string> {
  const browser = context.browser();
  if (!browser) return 'no browser session to list targets from';
  const root = await browser.newBrowserCDPSession().catch(() => null);
  if (!root) return 'no browser session to list targets from';
  try {
    const { targetInfos } = await root.send('Target.getTargets');
    return `Chrome lists: ${targetInfos
      .map((t) => `${t.type} ${t.url} attached=${t.attached}`)
      .join('; ')}; Playwright lists workers: ${
      context
        .serviceWorkers()
        .map((w) => w.url())
        .join(', ') || 'none'
    }`;
  } catch (err) {
    return `could not list targets: ${(err as Error).message}`;
  } finally {
    await root.detach().catch(() => {});
  }
}
