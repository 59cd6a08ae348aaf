// The fixture server answers at the real hostnames (inside the test browser only), with saved
// pages whose own scripts cannot run, and pages a test can change between visits.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureRoute, routeUrl } from '../harness/routes';
import { FIXTURE_CSP, findRoute } from '../harness/server';
import { type E2ESession, startSession } from '../harness/session';

const TEST_ROUTES: FixtureRoute[] = [
  {
    platform: 'x',
    host: 'x.com',
    path: '/TestUser123/status/1981398750557065646',
    file: 'x/saved.html',
    posts: 1,
    counted: 'test route',
  },
  {
    platform: 'mastodon',
    host: 'social.example.org',
    path: '/@nobody/1',
    file: 'mastodon/does-not-exist.html',
    posts: 0,
    counted: 'test route with a missing file',
  },
];

// The server is under test here, not the saved pages: it reads from a folder of its own.
const fixturesDir = mkdtempSync(join(tmpdir(), 'postlens-fixtures-'));
mkdirSync(join(fixturesDir, 'x'));
writeFileSync(
  join(fixturesDir, 'x/saved.html'),
  '<div><article role="article" data-testid="tweet"><div role="group" aria-label="3 likes"></div></article></div>',
);

let session: E2ESession;

beforeAll(async () => {
  session = await startSession({ server: { routes: TEST_ROUTES, fixturesDir } });
});

afterAll(async () => {
  await session?.close();
  rmSync(fixturesDir, { recursive: true, force: true });
});

/** A request straight to the server (no browser), as if to `host`. */
function get(host: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: session.server.port,
          path,
          servername: host,
          rejectUnauthorized: false,
          headers: { host, ...headers },
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => {
            body += c;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on('error', reject);
      req.end();
    },
  );
}

describe('fixture server', () => {
  it('routes by Host header and path', async () => {
    session.server.setPage('https://x.com/a', '<p>on x</p>');
    session.server.setPage('https://www.reddit.com/a', '<p>on reddit</p>');
    expect((await get('x.com', '/a')).body).toBe('<p>on x</p>');
    expect((await get('www.reddit.com', '/a')).body).toBe('<p>on reddit</p>');
    session.server.clearPages();
  });

  it.each([
    ['/home', 'plain.html'],
    ['/home?tab=2', 'plain.html'],
    ['/home?variant=b', 'variant.html'],
    ['/other', undefined],
  ])('routes x.com%s to %s, a query-naming route first', (path, file) => {
    const routes: FixtureRoute[] = [
      { platform: 'x', host: 'x.com', path: '/home', file: 'plain.html', posts: 1, counted: '' },
      { platform: 'x', host: 'x.com', path: '/home?variant=b', file: 'variant.html', posts: 1, counted: '' },
      { platform: 'x', host: 'twitter.com', path: '/other', file: 'elsewhere.html', posts: 1, counted: '' },
    ];
    expect(findRoute(routes, 'x.com', path)?.file).toBe(file);
  });

  it('names the missing fixture file, and says where to add a route', async () => {
    const missing = await get('social.example.org', '/@nobody/1', { 'sec-fetch-dest': 'document' });
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('tests/fixtures/mastodon/does-not-exist.html');
    const noRoute = await get('x.com', '/nobody/status/1', { 'sec-fetch-dest': 'document' });
    expect(noRoute.status).toBe(404);
    expect(noRoute.body).toContain('tests/harness/routes.ts');
  });

  it('answers other requests on a mapped host with an empty 204', async () => {
    const asset = await get('x.com', '/some/image.png', { 'sec-fetch-dest': 'image' });
    expect(asset).toMatchObject({ status: 204, body: '' });
  });
});

describe('in the browser', () => {
  it('serves a saved page at its real hostname, from 127.0.0.1, with a script-blocking CSP', async () => {
    const page = await session.browser.context.newPage();
    try {
      const route = TEST_ROUTES[0]!;
      const response = await page.goto(routeUrl(route));
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-security-policy']).toBe(FIXTURE_CSP);
      expect((await response?.serverAddr())?.ipAddress).toBe('127.0.0.1');
      expect(page.url()).toBe(routeUrl(route));
      expect(await page.locator('article[data-testid="tweet"]').count()).toBe(1);
      expect(session.server.served).toContainEqual({
        host: 'x.com',
        path: route.path,
        status: 200,
        kind: 'fixture',
      });
    } finally {
      await page.close();
    }
  });

  it("keeps a saved page's own scripts from running", async () => {
    const url = 'https://www.youtube.com/watch?v=inert';
    const html = '<title>before</title><script>document.title = "ran"</script>';
    const page = await session.browser.context.newPage();
    try {
      // Control: the same page under a permissive policy does run its script.
      session.server.setPage(url, { html, csp: "script-src 'unsafe-inline'" });
      await page.goto(url);
      expect(await page.title()).toBe('ran');
      session.server.setPage(url, html);
      await page.goto(url);
      expect(await page.title()).toBe('before');
    } finally {
      await page.close();
      session.server.clearPages();
    }
  });

  it('serves a changed page on the next visit', async () => {
    const url = 'https://bsky.app/profile/someone.bsky.social/post/3kabc';
    const page = await session.browser.context.newPage();
    try {
      session.server.setPage(url, '<p id="n">12 likes</p>');
      await page.goto(url);
      expect(await page.textContent('#n')).toBe('12 likes');
      session.server.setPage(url, '<p id="n">15 likes</p>');
      await page.reload();
      expect(await page.textContent('#n')).toBe('15 likes');
    } finally {
      await page.close();
      session.server.clearPages();
    }
  });

  it('answers for a Mastodon host outside the default list too', async () => {
    session.server.setPage('https://social.example.org/@someone', '<p id="m">mastodon</p>');
    const page = await session.browser.context.newPage();
    try {
      const response = await page.goto('https://social.example.org/@someone');
      expect((await response?.serverAddr())?.ipAddress).toBe('127.0.0.1');
      expect(await page.textContent('#m')).toBe('mastodon');
    } finally {
      await page.close();
      session.server.clearPages();
    }
  });
});
