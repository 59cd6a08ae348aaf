// The end-to-end session both suites use: the fixture server, a real browser with the built
// PostLens, and the network guard, behind one browser-neutral interface. session.ts implements it
// for Chromium (Playwright), firefox-session.ts for Firefox (Puppeteer over WebDriver BiDi); the
// test bodies of tests/harness/suites/ are written once against it and run by both projects.
import type { DbReader } from './extension-db';
import type { ExtensionError } from './firefox-console';
import type { Evaluates } from './in-page';
import { isPostLens, type Verdict } from './network-guard';
import type { FixtureServer, ServerOptions } from './server';

export type BrowserName = 'chromium' | 'firefox';

/** Whether something is watched in this browser, and if not, why. */
export type Watch = { watching: true } | { watching: false; reason: string };

/** What both browsers' responses say (Playwright's and Puppeteer's share these names). */
export interface SessionResponse {
  status(): number;
  headers(): Record<string, string>;
}

/** A tab: what Playwright's and Puppeteer's pages both do, under the same names. */
export interface SessionPage extends Evaluates {
  goto(url: string, options?: { waitUntil?: 'load' | 'domcontentloaded' }): Promise<SessionResponse | null>;
  reload(): Promise<unknown>;
  title(): Promise<string>;
  url(): string;
  close(): Promise<void>;
}

/** One request as a guard recorded it. `source` says who asked (network-guard.ts, firefox-guard.ts). */
export interface GuardRecord {
  url: string;
  source: string;
  verdict: Verdict;
  reason: string;
}

export interface SessionGuard {
  readonly records: readonly GuardRecord[];
  /** Brings in what is recorded late (server addresses; Firefox's background and channel records). */
  settle(): Promise<void>;
  outside(): GuardRecord[];
  report(records?: GuardRecord[]): string;
  clear(): void;
}

export interface Download {
  fileName: string;
  text: string;
}

export interface BrowserSession {
  readonly browserName: BrowserName;
  readonly server: FixtureServer;
  readonly guard: SessionGuard;
  /** The build of PostLens this browser runs. */
  readonly extensionDir: string;
  /** A new tab, watched for content scripts' requests where the browser needs a tab to watch. */
  newPage(): Promise<SessionPage>;
  /** One of PostLens's pages (`dashboard.html#/posts`, `popup.html`…) in a new tab, loaded. */
  openExtensionPage(path: string): Promise<SessionPage>;
  /** Fetches each URL from PostLens's background (service worker, background page): how each went. */
  backgroundFetch(urls: readonly string[]): Promise<string[]>;
  /** A reader of PostLens's database, on a dashboard tab of its own. */
  openDbReader(): Promise<DbReader>;
  /** Clicks the button named `name` on one of PostLens's pages; the file that click saved. */
  download(page: SessionPage, name: string): Promise<Download>;
  /** PostLens's errors, where this browser's harness collects them (null: not collected here). */
  readonly errors: { watch: Watch; read(): Promise<ExtensionError[]> } | null;
  /** Whether content scripts' requests are told apart from the page's own. */
  readonly contentScriptWatch: Watch;
  /** The real toolbar popup opened on `tab`, where the browser lets a test open it (Chromium);
   * undefined where it does not (Firefox: popup.html then opens in a tab of its own). */
  openPopupOn?(tab: SessionPage): Promise<{ text(): Promise<string>; close(): Promise<void> }>;
  close(): Promise<void>;
}

export interface SessionOptions {
  server?: ServerOptions;
  /** Another build of PostLens (the probe build): defaults to the real one. */
  extensionDir?: string;
  /** What makes extensionDir, named when it is missing. */
  buildCommand?: string;
}

export type StartSession = (options?: SessionOptions) => Promise<BrowserSession>;

/** A browser the shared suites run in: its name, how a session starts, what its harness collects. */
export interface E2EBrowser {
  name: BrowserName;
  start: StartSession;
  /** The real build of PostLens for this browser, and the probe build (tests/harness/probe.ts). */
  builds: { real: string; probe: string };
  /** Whether sessions collect PostLens's errors (`errors` is then set; whether they are watched in
   * a given run is `errors.watch`). */
  collectsErrors: boolean;
}

/** What a browser's own session start takes (session.ts, firefox-session.ts). */
type NativeStart = (options: {
  server?: ServerOptions;
  launch: { extensionDir?: string; buildCommand?: string };
}) => Promise<BrowserSession>;

export function e2eBrowser(
  name: BrowserName,
  startWith: NativeStart,
  builds: E2EBrowser['builds'],
  collectsErrors: boolean,
): E2EBrowser {
  const start: StartSession = (o = {}) =>
    startWith({ server: o.server, launch: { extensionDir: o.extensionDir, buildCommand: o.buildCommand } });
  return { name, start, builds, collectsErrors };
}

/** How a fetch went, as a string a test can compare: `reached <status>` or `failed`. Runs anywhere. */
export const FETCH_OUTCOME = `(u) => fetch(u).then((r) => 'reached ' + r.status, () => 'failed')`;

/** Every web request PostLens's own code made (background, pages, content scripts). */
export function postLensWebRequests(guard: SessionGuard): GuardRecord[] {
  return guard.records.filter(
    (r) => isPostLens(r.source) && !/^(chrome-extension|moz-extension|blob|data|about):/.test(r.url),
  );
}

export interface ZeroRequestFindings {
  /** Requests that tried to reach a machine other than this one, whoever made them. */
  outside: GuardRecord[];
  /** Web requests PostLens made at all, to any host (loopback and the platforms included). */
  byPostLens: GuardRecord[];
  /** Why the check cannot see everything PostLens does in this browser, or null. */
  blind: string | null;
}

/**
 * The zero-request check, one for both browsers: PostLens's promise holds when every list is empty.
 * The positive control (suites/zero-requests.ts) runs the very same function on the probe build.
 */
export async function zeroRequestFindings(session: BrowserSession): Promise<ZeroRequestFindings> {
  await session.guard.settle();
  const watch = session.contentScriptWatch;
  return {
    outside: session.guard.outside(),
    byPostLens: postLensWebRequests(session.guard),
    blind: watch.watching ? null : `content scripts' requests are not watched: ${watch.reason}`,
  };
}

/** One line per finding, for failure messages. */
export const describeFindings = (f: ZeroRequestFindings, guard: SessionGuard): string =>
  [f.blind ?? '', guard.report(f.outside), ...f.byPostLens.map((r) => `by PostLens: ${r.url} (${r.source})`)]
    .filter(Boolean)
    .join('\n');
