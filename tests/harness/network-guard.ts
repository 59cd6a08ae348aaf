// Records every request the test browser's pages and the extension (its pages and its service
// worker) make, and says which ones tried to reach a machine other than this one. PostLens
// promises that everything stays on the user's machine: the suite asserts `outside()` is empty.
import type { BrowserContext, Request } from 'playwright-core';
import { isLoopbackAddress, isLoopbackHost } from './mapped-hosts';

export type RequestSource = 'page' | 'extension' | 'unknown';
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

/**
 * The rule, kept pure so it can be tested on its own:
 * - local schemes are local;
 * - the extension must not contact any web host at all (the real sites included: it only reads
 *   pages the user opens), loopback aside;
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
  if (facts.source === 'extension') {
    return { verdict: 'outside', reason: `the extension requested web host ${host}` };
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
