// The fixture server answers at the real hostnames (inside the test browser only), with saved
// pages whose own scripts cannot run, and pages a test can change between visits: first the
// server alone, then in Chromium (the shared suite tests/harness/suites/fixture-server.ts, which
// Firefox runs too).
import { rmSync } from 'node:fs';
import { request } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FixtureRoute } from '../harness/routes';
import { type FixtureServer, findRoute, startFixtureServer } from '../harness/server';
import { CHROMIUM } from '../harness/session';
import { describeFixtureServer, TEST_ROUTES, testFixturesDir } from '../harness/suites/fixture-server';

const fixturesDir = testFixturesDir();
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer({ routes: TEST_ROUTES, fixturesDir });
});

afterAll(async () => {
  await server?.close();
  rmSync(fixturesDir, { recursive: true, force: true });
});

/** A request straight to the server (no browser), as if to `host`. */
function get(host: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
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
    server.setPage('https://x.com/a', '<p>on x</p>');
    server.setPage('https://www.reddit.com/a', '<p>on reddit</p>');
    expect((await get('x.com', '/a')).body).toBe('<p>on x</p>');
    expect((await get('www.reddit.com', '/a')).body).toBe('<p>on reddit</p>');
    server.clearPages();
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

describeFixtureServer(CHROMIUM);
