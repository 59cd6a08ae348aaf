// One end-to-end session: the fixture server plus Chromium with PostLens, closed together.
import { type LaunchedBrowser, type LaunchOptions, launchWithExtension } from './browser';
import { type FixtureServer, type ServerOptions, startFixtureServer } from './server';

export interface E2ESession {
  server: FixtureServer;
  browser: LaunchedBrowser;
  close(): Promise<void>;
}

export async function startSession(
  options: { launch?: Omit<LaunchOptions, 'serverPort'>; server?: ServerOptions } = {},
): Promise<E2ESession> {
  const server = await startFixtureServer(options.server);
  // Every host the route table names reaches the server, Mastodon servers outside the default list too.
  const extraHosts = [
    ...new Set([...server.routes.map((r) => r.host), ...(options.launch?.extraHosts ?? [])]),
  ];
  let browser: LaunchedBrowser;
  try {
    browser = await launchWithExtension({ ...options.launch, extraHosts, serverPort: server.port });
  } catch (err) {
    await server.close();
    throw err;
  }
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
