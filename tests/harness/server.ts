// A local HTTPS server that answers as the real platforms would, from saved pages: the browser
// sends the platform hostnames here (host-resolver rules), and the server routes by Host header
// and path to files under tests/fixtures/. Its certificate is made at start and kept in memory.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { generate } from 'selfsigned';
import { mappedHosts } from './mapped-hosts';
import { FIXTURES_DIR } from './paths';
import { type FixtureRoute, ROUTES } from './routes';

/**
 * Saved pages' own scripts stay inert (the extension's content script is not subject to the
 * page's CSP); loads from hosts other than the page's own are stopped before they leave.
 */
export const FIXTURE_CSP =
  "script-src 'none'; default-src 'self' data: blob:; style-src 'self' 'unsafe-inline' data:; object-src 'none'";

export type ServedKind = 'fixture' | 'dynamic' | 'asset' | 'no-route' | 'missing-file';

export interface ServedRequest {
  host: string;
  path: string;
  status: number;
  kind: ServedKind;
}

export interface DynamicPage {
  html: string;
  /** Defaults to FIXTURE_CSP. */
  csp?: string;
  status?: number;
}

export interface FixtureServer {
  port: number;
  routes: readonly FixtureRoute[];
  /** Log of every request answered, oldest first. */
  served: ServedRequest[];
  /** Serve `html` at https://host/path until changed or cleared; wins over the route table. */
  setPage(url: string, page: DynamicPage | string): void;
  clearPages(): void;
  close(): Promise<void>;
}

export interface ServerOptions {
  routes?: readonly FixtureRoute[];
  fixturesDir?: string;
}

const keyOf = (host: string, path: string) => `${host.toLowerCase()}${path}`;

/**
 * The route for a request: one naming this exact path and query first, else one naming the path
 * without a query (which then answers whatever the query is).
 */
export function findRoute(routes: readonly FixtureRoute[], host: string, pathAndQuery: string) {
  const url = new URL(pathAndQuery, `https://${host}`);
  const onHost = routes.filter((r) => r.host === url.hostname);
  return (
    onHost.find((r) => r.path.includes('?') && r.path === url.pathname + url.search) ??
    onHost.find((r) => !r.path.includes('?') && r.path === url.pathname)
  );
}

const wantsDocument = (headers: Record<string, string | string[] | undefined>) =>
  headers['sec-fetch-dest'] === 'document' ||
  headers['sec-fetch-dest'] === 'iframe' ||
  (headers['sec-fetch-dest'] === undefined && String(headers.accept ?? '').includes('text/html'));

export async function startFixtureServer(options: ServerOptions = {}): Promise<FixtureServer> {
  const routes = options.routes ?? ROUTES;
  const fixturesDir = options.fixturesDir ?? FIXTURES_DIR;
  const pages = new Map<string, DynamicPage>();
  const served: ServedRequest[] = [];
  const pems = await generate([{ name: 'commonName', value: 'postlens-fixtures.test' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    extensions: [
      { name: 'subjectAltName', altNames: mappedHosts().map((value) => ({ type: 2 as const, value })) },
    ],
  });

  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const pathAndQuery = req.url ?? '/';
    const path = new URL(pathAndQuery, 'https://h').pathname;
    const send = (status: number, kind: ServedKind, body: string, headers: Record<string, string> = {}) => {
      served.push({ host, path: pathAndQuery, status, kind });
      res.writeHead(status, { 'cache-control': 'no-store', ...headers });
      res.end(body);
    };
    const html = (csp: string) => ({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': csp,
    });

    const dynamic = pages.get(keyOf(host, pathAndQuery)) ?? pages.get(keyOf(host, path));
    if (dynamic) {
      send(dynamic.status ?? 200, 'dynamic', dynamic.html, html(dynamic.csp ?? FIXTURE_CSP));
      return;
    }
    const route = findRoute(routes, host, pathAndQuery);
    if (route) {
      readFile(join(fixturesDir, route.file), 'utf8').then(
        (body) => send(200, 'fixture', body, html(FIXTURE_CSP)),
        () =>
          send(
            404,
            'missing-file',
            `PostLens test server: the route https://${host}${route.path} names tests/fixtures/${route.file}, which does not exist.`,
            { 'content-type': 'text/plain; charset=utf-8' },
          ),
      );
      return;
    }
    if (req.method === 'GET' && wantsDocument(req.headers)) {
      send(
        404,
        'no-route',
        `PostLens test server: no fixture route for https://${host}${pathAndQuery}. Add one to tests/harness/routes.ts.`,
        { 'content-type': 'text/plain; charset=utf-8' },
      );
      return;
    }
    // Images, styles, fonts, XHR of a saved page: nothing to give, and nothing to wait for.
    send(204, 'asset', '');
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    port,
    routes,
    served,
    setPage(url, page) {
      const u = new URL(url);
      pages.set(keyOf(u.hostname, u.pathname + u.search), typeof page === 'string' ? { html: page } : page);
    },
    clearPages: () => pages.clear(),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
