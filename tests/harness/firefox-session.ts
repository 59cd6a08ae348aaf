// One Firefox end-to-end session: the fixture server (the Chromium suite's, unchanged), the guard
// proxy in front of it, and Firefox with PostLens, closed together and always all three.
import { type FirefoxLaunchOptions, type LaunchedFirefox, launchFirefoxWithExtension } from './firefox';
import { FirefoxGuard, type GuardProxy, startGuardProxy } from './firefox-guard';
import { mappedHosts } from './mapped-hosts';
import { type FixtureServer, type ServerOptions, startFixtureServer } from './server';

export interface FirefoxSession {
  server: FixtureServer;
  proxy: GuardProxy;
  firefox: LaunchedFirefox;
  close(): Promise<void>;
}

export async function startFirefoxSession(
  options: { launch?: Omit<FirefoxLaunchOptions, 'proxyPort' | 'guard'>; server?: ServerOptions } = {},
): Promise<FirefoxSession> {
  const server = await startFixtureServer(options.server);
  // Every host the route table names reaches the server, Mastodon servers outside the default list too.
  const extraHosts = [
    ...new Set([...server.routes.map((r) => r.host), ...(options.launch?.extraHosts ?? [])]),
  ];
  const guard = new FirefoxGuard(new Set(mappedHosts(extraHosts)));
  let proxy: GuardProxy | undefined;
  try {
    proxy = await startGuardProxy(guard, server.port);
    const firefox = await launchFirefoxWithExtension({
      ...options.launch,
      extraHosts,
      proxyPort: proxy.port,
      guard,
    });
    const started = proxy;
    return {
      server,
      proxy: started,
      firefox,
      async close() {
        await firefox.close();
        await started.close();
        await server.close();
      },
    };
  } catch (err) {
    await proxy?.close();
    await server.close();
    throw err;
  }
}
