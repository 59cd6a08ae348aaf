// Nothing leaves the machine in the Firefox suite either: every request goes to the guard proxy,
// which tunnels only the platform hostnames to the local fixture server, and the guard records
// every attempt, from pages, from extension pages and from the background page.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judge, parseAuthority } from '../harness/firefox-guard';
import { openExtensionPage } from '../harness/firefox-pages';
import { type FirefoxSession, startFirefoxSession } from '../harness/firefox-session';

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

let session: FirefoxSession;

beforeAll(async () => {
  session = await startFirefoxSession();
});

afterAll(async () => {
  await session?.close();
});

const attempt = (u: string) =>
  fetch(u).then(
    (r) => `reached ${r.status}`,
    () => 'failed',
  );

/** A request straight to the guard proxy (no browser): plain HTTP, or CONNECT host:port. */
function viaProxy(method: 'GET' | 'CONNECT', target: string) {
  return new Promise<number>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: session.proxy.port, method, path: target });
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

describe('in Firefox', () => {
  it('Firefox itself made no request off the machine while starting', async () => {
    await session.firefox.settle();
    expect(session.firefox.guard.outside(), session.firefox.guard.report()).toEqual([]);
  });

  it('records and stops a page that fetches an outside host', async () => {
    const { guard, browser } = session.firefox;
    guard.clear();
    // No connect-src restriction here, so the fetch reaches the proxy and is refused there.
    session.server.setPage('https://x.com/leaky', { html: '<p>leaky</p>', csp: "script-src 'none'" });
    const page = await browser.newPage();
    try {
      await page.goto('https://x.com/leaky');
      expect(await page.evaluate(`(${attempt})('https://example.com/track?x=1')`)).toBe('failed');
      const outside = guard.outside();
      expect(outside.map((r) => [r.seenBy, r.url, r.source]).sort()).toEqual([
        ['bidi', 'https://example.com/track?x=1', 'page'],
        ['proxy', 'https://example.com:443/', 'unknown'],
      ]);
    } finally {
      await page.close();
      session.server.clearPages();
      guard.clear();
    }
  });

  it('records an extension page reaching for any web host, a platform included', async () => {
    const { guard, browser, extensionBase } = session.firefox;
    guard.clear();
    const page = await openExtensionPage(browser, extensionBase, 'dashboard.html');
    try {
      const outcomes = [
        await page.evaluate(`(${attempt})('https://example.com/beacon')`),
        await page.evaluate(`(${attempt})('https://x.com/i/api/1.1/x.json')`),
      ];
      // example.com is refused by the proxy; x.com reaches the local server, but the extension
      // has no business there.
      expect(outcomes).toEqual(['failed', 'reached 204']);
      const bySource = guard
        .outside()
        .filter((r) => r.seenBy === 'bidi')
        .map((r) => [r.url, r.source]);
      expect(bySource.sort()).toEqual([
        ['https://example.com/beacon', 'extension'],
        ['https://x.com/i/api/1.1/x.json', 'extension'],
      ]);
    } finally {
      await page.close();
      guard.clear();
    }
  });

  it("records the background page's requests, to a platform or anywhere else", async () => {
    const { guard, browser, extensionBase } = session.firefox;
    guard.clear();
    const page = await openExtensionPage(browser, extensionBase, 'popup.html');
    try {
      const outcomes = await page.evaluate(`(async () => {
        const bg = await browser.runtime.getBackgroundPage();
        const go = (u) => bg.fetch(u).then((r) => 'reached ' + r.status, () => 'failed');
        return [await go('https://x.com/i/api/bg.json'), await go('https://example.org/bg')];
      })()`);
      expect(outcomes).toEqual(['reached 204', 'failed']);
      await session.firefox.settle();
      expect(
        guard
          .outside()
          .map((r) => [r.seenBy, r.url])
          .sort(),
      ).toEqual([
        ['background', 'https://example.org/bg'],
        ['background', 'https://x.com/i/api/bg.json'],
        ['proxy', 'https://example.org:443/'],
      ]);
    } finally {
      await page.close();
      guard.clear();
    }
  });

  it("lets a saved page's loads from other hosts be stopped by its CSP, never reaching the proxy", async () => {
    const { guard, browser } = session.firefox;
    guard.clear();
    session.server.setPage(
      'https://x.com/with-images',
      '<img src="https://pbs.twimg.com/media/a.jpg"><img src="/local.png">',
    );
    const page = await browser.newPage();
    try {
      await page.goto('https://x.com/with-images', { waitUntil: 'load' });
      expect(guard.outside(), guard.report()).toEqual([]);
      expect(guard.records.some((r) => r.url.includes('pbs.twimg.com'))).toBe(false);
      expect(session.server.served).toContainEqual({
        host: 'x.com',
        path: '/local.png',
        status: 204,
        kind: 'asset',
      });
    } finally {
      await page.close();
      session.server.clearPages();
      guard.clear();
    }
  });
});

describe('guard proxy', () => {
  it.each([
    ['CONNECT', 'x.com:443', 200, 'local'],
    ['CONNECT', 'example.com:443', 403, 'outside'],
    ['CONNECT', 'x.com:8443', 403, 'local'],
    ['GET', 'http://example.com/track', 403, 'outside'],
    ['GET', 'http://x.com/', 403, 'local'],
  ] as const)('%s %s is answered %i and recorded as %s', async (method, target, status, verdict) => {
    const { guard } = session.firefox;
    guard.clear();
    expect(await viaProxy(method, target)).toBe(status);
    expect(guard.records.map((r) => [r.seenBy, r.verdict])).toEqual([['proxy', verdict]]);
    guard.clear();
  });
});
