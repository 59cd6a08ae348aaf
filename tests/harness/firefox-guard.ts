// The test Firefox's only way out: an HTTP proxy on 127.0.0.1 that tunnels the platform hostnames
// (https, port 443) to the local fixture server and refuses every other host, recording each
// attempt. Firefox keeps the real hostname in the URL (content-script matches, cookies, origins),
// and with `network.proxy.failover_direct` off a refused request fails instead of going direct.
// Requests are judged by the Chromium suite's rule (network-guard.ts `classify`); the proxy cannot
// tell who asked, so it judges by host only, and the BiDi, background and channel records say who
// asked (firefox-channels.ts: the only witness of a content script's requests).
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { isLoopbackHost } from './mapped-hosts';
import { classify, type RequestSource, type Verdict } from './network-guard';

export type FirefoxRequestSource = RequestSource | 'background';

export interface FirefoxRequest {
  url: string;
  /** proxy: seen by the proxy (who asked is unknown); page/extension: seen by WebDriver BiDi;
   * background: in the background page's own resource timing; channel: an HTTP request Firefox
   * opened for PostLens's code (its background, its pages, its content scripts). */
  seenBy: 'proxy' | 'bidi' | 'background' | 'channel';
  /** Firefox's error, when the request failed (BiDi records only). */
  failure?: string;
  source: FirefoxRequestSource;
  sourceUrl: string;
  verdict: Verdict;
  reason: string;
}

/** Schemes that never touch the network, Firefox's own included. */
const LOCAL_SCHEMES = new Set(['moz-extension:', 'data:', 'blob:', 'about:', 'resource:', 'chrome:']);

export const isLocalScheme = (url: string): boolean => {
  try {
    return LOCAL_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
};

/**
 * Judges one request; the background page is the extension for the rule. A page's request that
 * Firefox itself stopped (its CSP, an aborted frame) with an error other than the proxy's refusal
 * never reached the proxy, the only way out, so it never left; had it reached the proxy, the
 * proxy's own record of it judges. The extension must not even try.
 */
export function judge(
  url: string,
  source: FirefoxRequestSource,
  mapped: ReadonlySet<string>,
  failure?: string,
): { verdict: Verdict; reason: string } {
  if (isLocalScheme(url)) return { verdict: 'local', reason: `${new URL(url).protocol} URL` };
  const rule = classify({ url, source: source === 'background' ? 'extension' : source }, mapped);
  if (rule.verdict === 'outside' && source === 'page' && failure && !/PROXY/.test(failure)) {
    return { verdict: 'blocked-by-page', reason: `stopped inside Firefox (${failure}) before the proxy` };
  }
  return rule;
}

export class FirefoxGuard {
  readonly records: FirefoxRequest[] = [];

  constructor(readonly mapped: ReadonlySet<string>) {}

  record(url: string, seenBy: FirefoxRequest['seenBy'], source: FirefoxRequestSource, sourceUrl: string) {
    const entry: FirefoxRequest = { url, seenBy, source, sourceUrl, ...judge(url, source, this.mapped) };
    this.records.push(entry);
    return entry;
  }

  /** Notes that a recorded request failed, and judges it again. */
  failed(entry: FirefoxRequest, failure: string): void {
    entry.failure = failure;
    Object.assign(entry, judge(entry.url, entry.source, this.mapped, failure));
  }

  outside(): FirefoxRequest[] {
    return this.records.filter((r) => r.verdict === 'outside');
  }

  clear(): void {
    this.records.length = 0;
  }

  /** One line per outside request, for failure messages. */
  report(records: FirefoxRequest[] = this.outside()): string {
    if (records.length === 0) return 'no request left the machine';
    return records
      .map(
        (r) =>
          `${r.url} (${r.reason}; seen by ${r.seenBy}, from ${r.source} ${r.sourceUrl || '?'}${r.failure ? `; ${r.failure}` : ''})`,
      )
      .join('\n');
  }
}

export interface GuardProxy {
  port: number;
  close(): Promise<void>;
}

/** "host:port" of a CONNECT line, IPv6 literals in brackets included. */
export function parseAuthority(authority: string): { host: string; port: number } | null {
  const m = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(authority.trim());
  if (!m) return null;
  return { host: m[1]!.toLowerCase().replace(/^\[|\]$/g, ''), port: Number(m[2]) };
}

/**
 * Starts the proxy. CONNECT to a mapped host on 443 is piped to 127.0.0.1:`upstreamPort`; to a
 * loopback address, to that address; anything else is answered 403 and never leaves. Plain-HTTP
 * requests are never forwarded (the fixture server speaks HTTPS only).
 */
export async function startGuardProxy(guard: FirefoxGuard, upstreamPort: number): Promise<GuardProxy> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((req: IncomingMessage, res) => {
    const url = req.url ?? '';
    guard.record(url, 'proxy', 'unknown', `${req.method} (plain HTTP)`);
    res.writeHead(403, { 'content-type': 'text/plain' });
    res.end('PostLens test proxy: plain HTTP is not served; nothing leaves this machine.');
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const target = parseAuthority(req.url ?? '');
    const url = target
      ? `https://${target.host.includes(':') ? `[${target.host}]` : target.host}:${target.port}/`
      : '';
    const entry = guard.record(url || `https://${req.url}/`, 'proxy', 'unknown', 'CONNECT');
    client.on('error', () => {});
    const loopback = target !== null && isLoopbackHost(target.host);
    const toFixture = target !== null && target.port === 443 && guard.mapped.has(target.host);
    if (entry.verdict === 'outside' || !target || (!loopback && !toFixture)) {
      client.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    const upstream = toFixture ? connect(upstreamPort, '127.0.0.1') : connect(target.port, target.host);
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.once('connect', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('guard proxy has no port');
  return {
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
