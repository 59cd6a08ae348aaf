// Records every request the test browser's pages and the extension (its pages, its service
// worker and, on the pages the session watches, its content scripts) make, and says which ones
// tried to reach a machine other than this one. PostLens promises that everything stays on the
// user's machine: the suite asserts `outside()` is empty.
import type { BrowserContext, CDPSession, Page, Request } from 'playwright-core';
import { isLoopbackAddress, isLoopbackHost } from './mapped-hosts';

/** Who asked. A content script's request is made in the page (same origin, same frame), so only
 * the code that made it tells it apart: see watchContentScripts. */
export type RequestSource = 'page' | 'extension' | 'content-script' | 'unknown';
export type Verdict = 'local' | 'outside' | 'blocked-by-page';

export interface RecordedRequest {
  url: string;
  method: string;
  /** Who asked: a web page frame, the extension (its pages or its service worker), or unknown. */
  source: RequestSource;
  /** URL of the frame or worker that made the request. */
  sourceUrl: string;
  verdict: Verdict;
  reason: string;
  failure?: string;
  serverIp?: string;
}

/** Schemes that never touch the network. */
const LOCAL_SCHEMES = new Set(['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:']);

export interface RequestFacts {
  url: string;
  source: RequestSource;
  failure?: string;
  serverIp?: string;
}

/** Requests PostLens itself made: its background, its pages, its content scripts. */
export const isPostLens = (source: string): boolean =>
  source === 'extension' || source === 'content-script' || source === 'background';

/**
 * The rule, kept pure so it can be tested on its own:
 * - local schemes are local;
 * - the extension (content scripts included) must not contact any web host at all (the real
 *   sites included: it only reads pages the user opens), loopback aside;
 * - a web page may load from the hosts mapped to the fixture server and from loopback;
 *   a load the page's own Content-Security-Policy stopped never left the browser;
 * - whatever answered must have been on a loopback address.
 */
export function classify(
  facts: RequestFacts,
  mapped: ReadonlySet<string>,
): { verdict: Verdict; reason: string } {
  let url: URL;
  try {
    url = new URL(facts.url);
  } catch {
    return { verdict: 'outside', reason: 'unparseable URL' };
  }
  if (LOCAL_SCHEMES.has(url.protocol)) return { verdict: 'local', reason: `${url.protocol} URL` };
  const host = url.hostname.toLowerCase();
  if (facts.serverIp && !isLoopbackAddress(facts.serverIp)) {
    return { verdict: 'outside', reason: `answered from ${facts.serverIp}, not loopback` };
  }
  if (isLoopbackHost(host)) return { verdict: 'local', reason: 'loopback host' };
  if (isPostLens(facts.source)) {
    const who = facts.source === 'content-script' ? 'a content script' : 'the extension';
    return { verdict: 'outside', reason: `${who} requested web host ${host}` };
  }
  if (mapped.has(host)) return { verdict: 'local', reason: 'mapped to the fixture server' };
  if (facts.failure === 'csp') {
    return { verdict: 'blocked-by-page', reason: `page CSP stopped a load from ${host}` };
  }
  return { verdict: 'outside', reason: `${facts.source} requested unmapped host ${host}` };
}

const sourceOf = (req: Request): { source: RequestSource; sourceUrl: string } => {
  // Top-level and frame navigations are what the test (the user) opens, not the extension's doing.
  if (req.isNavigationRequest()) return { source: 'page', sourceUrl: 'navigation' };
  const worker = req.serviceWorker();
  if (worker) {
    const u = worker.url();
    return { source: u.startsWith('chrome-extension://') ? 'extension' : 'page', sourceUrl: u };
  }
  try {
    const u = req.frame().url();
    // A navigation's frame may still show the previous document (about:blank for a new tab).
    if (u.startsWith('chrome-extension://')) return { source: 'extension', sourceUrl: u };
    return { source: 'page', sourceUrl: u };
  } catch {
    return { source: 'unknown', sourceUrl: '' };
  }
};

export class NetworkGuard {
  readonly records: RecordedRequest[] = [];
  private readonly byRequest = new Map<Request, RecordedRequest>();
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly mapped: ReadonlySet<string>) {}

  attach(context: BrowserContext): void {
    context.on('request', (req) => this.onRequest(req));
    context.on('requestfailed', (req) => this.update(req, { failure: req.failure()?.errorText ?? 'failed' }));
    context.on('requestfinished', (req) => {
      const task = req
        .response()
        .then((res) => res?.serverAddr())
        .then((addr) => {
          if (addr?.ipAddress) this.update(req, { serverIp: addr.ipAddress });
        })
        .catch(() => {})
        .finally(() => this.pending.delete(task));
      this.pending.add(task);
    });
  }

  private onRequest(req: Request): void {
    const { source, sourceUrl } = sourceOf(req);
    const record: RecordedRequest = {
      url: req.url(),
      method: req.method(),
      source,
      sourceUrl,
      ...classify({ url: req.url(), source }, this.mapped),
    };
    this.records.push(record);
    this.byRequest.set(req, record);
  }

  private update(req: Request, facts: { failure?: string; serverIp?: string }): void {
    const record = this.byRequest.get(req);
    if (!record) return;
    Object.assign(record, facts);
    Object.assign(record, classify(record, this.mapped));
  }

  /** Records a request the page's CDP session showed to come from a content script's code. */
  recordContentScript(url: string, pageUrl: string): void {
    const record: RecordedRequest = {
      url,
      method: 'GET',
      source: 'content-script',
      sourceUrl: pageUrl,
      ...classify({ url, source: 'content-script' }, this.mapped),
    };
    this.records.push(record);
  }

  /** Waits for the server-address look-ups still in flight. */
  async settle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  outside(): RecordedRequest[] {
    return this.records.filter((r) => r.verdict === 'outside');
  }

  /** Resets the record, e.g. after a test that made outside requests on purpose. */
  clear(): void {
    this.records.length = 0;
    this.byRequest.clear();
  }

  /** One line per outside request, for failure messages. */
  report(records: RecordedRequest[] = this.outside()): string {
    if (records.length === 0) return 'no request left the machine';
    return records
      .map(
        (r) =>
          `${r.method} ${r.url} (${r.reason}; from ${r.source} ${r.sourceUrl || '?'}${r.failure ? `; ${r.failure}` : ''})`,
      )
      .join('\n');
  }
}

interface CdpInitiator {
  type: string;
  url?: string;
  stack?: CdpStack;
}
interface CdpStack {
  callFrames: Array<{ url: string }>;
  parent?: CdpStack;
}

/** Whether the code that started a request is the extension's (its file in a stack frame, the
 * async parents included). A test's own page.evaluate has no file; a saved page runs no script. */
export function startedBy(initiator: CdpInitiator, extensionOrigin: string): boolean {
  if ((initiator.url ?? '').startsWith(extensionOrigin)) return true;
  for (let s = initiator.stack; s; s = s.parent) {
    if (s.callFrames.some((f) => f.url.startsWith(extensionOrigin))) return true;
  }
  return false;
}

/**
 * Watches one web page over its own DevTools session, from before its first navigation: every
 * request the extension's code started there (a content script's fetch, an element it inserted)
 * goes into the guard as the content script's. Returns the function that stops watching.
 */
export async function watchContentScripts(
  context: BrowserContext,
  page: Page,
  guard: NetworkGuard,
  extensionId: string,
): Promise<() => Promise<void>> {
  const origin = `chrome-extension://${extensionId}/`;
  const cdp: CDPSession = await context.newCDPSession(page);
  cdp.on('Network.requestWillBeSent', (event) => {
    const e = event as unknown as { request: { url: string }; initiator: CdpInitiator; documentURL?: string };
    if (startedBy(e.initiator, origin)) guard.recordContentScript(e.request.url, e.documentURL ?? page.url());
  });
  await cdp.send('Network.enable');
  return () => cdp.detach().catch(() => {});
}
