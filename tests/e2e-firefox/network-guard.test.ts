// Nothing leaves the machine in the Firefox suite either: every request goes to the guard proxy,
// which tunnels only the platform hostnames to the local fixture server, and the guard records
// every attempt, from pages, from extension pages, from the background page and from content
// scripts. The rules first, then the shared suite (tests/harness/suites/network-guard.ts) with the
// proxy's own tests on the same session.
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { judge, parseAuthority } from '../harness/firefox-guard';
import { FIREFOX, type FirefoxSession } from '../harness/firefox-session';
import { describeNetworkGuard } from '../harness/suites/network-guard';

const MAPPED = new Set(['x.com', 'www.reddit.com']);

describe('judge', () => {
  it.each([
    ['moz-extension://abc/dashboard.html', 'extension', 'local'],
    ['resource://gre/modules/x.mjs', 'unknown', 'local'],
    ['https://x.com/NASA/status/1', 'page', 'local'],
    ['https://x.com:443/', 'unknown', 'local'],
    ['https://127.0.0.1:9000/', 'background', 'local'],
    ['https://example.com/', 'page', 'outside'],
    ['https://example.com:443/', 'unknown', 'outside'],
    ['https://x.com/i/api/graphql', 'extension', 'outside'],
    ['https://x.com/i/api/graphql', 'background', 'outside'],
    ['https://x.com/i/api/graphql', 'content-script', 'outside'],
    ['https://firefox.settings.services.mozilla.com/', 'unknown', 'outside'],
  ] as const)('%s from %s is %s', (url, source, verdict) => {
    expect(judge(url, source, MAPPED).verdict).toBe(verdict);
  });

  it.each([
    // A saved page's ad frame its CSP stopped inside Firefox: it never reached the proxy.
    ['https://i.redd.it/thumb.jpg', 'page', 'NS_BINDING_ABORTED', 'blocked-by-page'],
    // The proxy refused it: it was on its way out.
    ['https://example.com/track', 'page', 'NS_ERROR_PROXY_FORBIDDEN', 'outside'],
    // The extension must not even try, whatever stopped it.
    ['https://example.com/beacon', 'extension', 'NS_BINDING_ABORTED', 'outside'],
    ['https://x.com/a', 'page', 'NS_BINDING_ABORTED', 'local'],
  ] as const)('%s from %s failing with %s is %s', (url, source, failure, verdict) => {
    expect(judge(url, source, MAPPED, failure).verdict).toBe(verdict);
  });
});

describe('parseAuthority', () => {
  it.each([
    ['x.com:443', { host: 'x.com', port: 443 }],
    ['X.COM:443', { host: 'x.com', port: 443 }],
    ['[::1]:8443', { host: '::1', port: 8443 }],
    ['x.com', null],
    ['', null],
  ])('%j', (authority, expected) => {
    expect(parseAuthority(authority)).toEqual(expected);
  });
});

/** A request straight to the guard proxy (no browser): plain HTTP, or CONNECT host:port. */
function viaProxy(port: number, method: 'GET' | 'CONNECT', target: string) {
  return new Promise<number>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path: target });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('connect', (res, socket) => {
      socket.destroy();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describeNetworkGuard(FIREFOX, (session) => {
  describe('guard proxy', () => {
    it.each([
      ['CONNECT', 'x.com:443', 200, 'local'],
      ['CONNECT', 'example.com:443', 403, 'outside'],
      ['CONNECT', 'x.com:8443', 403, 'local'],
      ['GET', 'http://example.com/track', 403, 'outside'],
      ['GET', 'http://x.com/', 403, 'local'],
    ] as const)('%s %s is answered %i and recorded as %s', async (method, target, status, verdict) => {
      const { firefox, proxy } = session() as FirefoxSession;
      firefox.guard.clear();
      expect(await viaProxy(proxy.port, method, target)).toBe(status);
      expect(firefox.guard.records.map((r) => [r.seenBy, r.verdict])).toEqual([['proxy', verdict]]);
      firefox.guard.clear();
    });
  });
});
