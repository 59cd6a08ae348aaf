// Nothing leaves the machine: every hostname but the platforms' (sent to the local server) fails
// to resolve, and the guard records every attempt, from pages and from the extension.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classify, type RequestFacts } from '../harness/network-guard';
import { type E2ESession, startSession } from '../harness/session';

const MAPPED = new Set(['x.com', 'www.reddit.com']);

describe('classify', () => {
  it.each<[RequestFacts, string]>([
    [{ url: 'chrome-extension://abc/dashboard.html', source: 'extension' }, 'local'],
    [{ url: 'data:image/png;base64,AAAA', source: 'page' }, 'local'],
    [{ url: 'blob:https://x.com/1234', source: 'page' }, 'local'],
    [{ url: 'https://x.com/NASA/status/1', source: 'page' }, 'local'],
    [{ url: 'https://x.com/NASA/status/1', source: 'page', serverIp: '127.0.0.1' }, 'local'],
    [{ url: 'https://127.0.0.1:9000/', source: 'extension' }, 'local'],
    [{ url: 'https://example.com/', source: 'page' }, 'outside'],
    [{ url: 'https://example.com/', source: 'page', failure: 'net::ERR_NAME_NOT_RESOLVED' }, 'outside'],
    [{ url: 'https://pbs.twimg.com/a.jpg', source: 'page', failure: 'csp' }, 'blocked-by-page'],
    [{ url: 'https://x.com/i/api/graphql', source: 'extension' }, 'outside'],
    [{ url: 'https://analytics.example/collect', source: 'unknown' }, 'outside'],
    [{ url: 'https://x.com/', source: 'page', serverIp: '93.184.216.34' }, 'outside'],
    [{ url: 'not a url', source: 'page' }, 'outside'],
  ])('%o is %s', (facts, verdict) => {
    expect(classify(facts, MAPPED).verdict).toBe(verdict);
  });
});

let session: E2ESession;

beforeAll(async () => {
  session = await startSession();
});

afterAll(async () => {
  await session?.close();
});

describe('in the browser', () => {
  it('records and stops a page that fetches an outside host', async () => {
    const guard = session.browser.guard;
    guard.clear();
    // No connect-src restriction here, so the fetch reaches the resolver and fails there.
    session.server.setPage('https://x.com/leaky', { html: '<p>leaky</p>', csp: "script-src 'none'" });
    const page = await session.browser.context.newPage();
    try {
      await page.goto('https://x.com/leaky');
      const outcome = await page.evaluate(() =>
        fetch('https://example.com/track?x=1').then(
          () => 'reached',
          () => 'failed',
        ),
      );
      expect(outcome).toBe('failed');
      await guard.settle();
      const outside = guard.outside();
      expect(outside.map((r) => r.url)).toEqual(['https://example.com/track?x=1']);
      expect(outside[0]).toMatchObject({ source: 'page', failure: 'net::ERR_NAME_NOT_RESOLVED' });
    } finally {
      await page.close();
      session.server.clearPages();
      guard.clear();
    }
  });

  it("records the extension's service worker reaching for any web host, a platform's included", async () => {
    const guard = session.browser.guard;
    guard.clear();
    const worker = await session.browser.serviceWorker();
    const outcomes = await worker.evaluate(async () => {
      const attempt = (u: string) =>
        fetch(u).then(
          () => 'reached',
          () => 'failed',
        );
      return [await attempt('https://example.com/beacon'), await attempt('https://x.com/i/api/1.1/x.json')];
    });
    // example.com cannot resolve; x.com reaches the local server, but the extension has no business there.
    expect(outcomes).toEqual(['failed', 'reached']);
    await guard.settle();
    expect(
      guard
        .outside()
        .map((r) => [r.url, r.source])
        .sort(),
    ).toEqual([
      ['https://example.com/beacon', 'extension'],
      ['https://x.com/i/api/1.1/x.json', 'extension'],
    ]);
    guard.clear();
  });

  it("lets a saved page's loads from other hosts be stopped by its CSP, not counted as leaks", async () => {
    const guard = session.browser.guard;
    guard.clear();
    session.server.setPage(
      'https://x.com/with-images',
      '<img src="https://pbs.twimg.com/media/a.jpg"><img src="/local.png">',
    );
    const page = await session.browser.context.newPage();
    try {
      await page.goto('https://x.com/with-images', { waitUntil: 'load' });
      await guard.settle();
      expect(guard.outside(), guard.report()).toEqual([]);
      const blocked = guard.records.filter((r) => r.verdict === 'blocked-by-page').map((r) => r.url);
      expect(blocked).toEqual(['https://pbs.twimg.com/media/a.jpg']);
      expect(guard.records.some((r) => r.url === 'https://x.com/local.png' && r.verdict === 'local')).toBe(
        true,
      );
    } finally {
      await page.close();
      session.server.clearPages();
      guard.clear();
    }
  });
});
