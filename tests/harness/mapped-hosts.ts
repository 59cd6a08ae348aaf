// Which hostnames the test browser sends to the local fixture server, and the Chromium
// host-resolver rules that make every other hostname fail to resolve, so nothing a page or the
// extension asks for can leave the machine.
import { CONTENT_MATCHES } from '../../lib/platforms';

/** A Mastodon instance that is not in the default list: the user grants it at run time. */
export const EXTRA_MASTODON_HOST = 'social.example.org';

/** Hosts of CONTENT_MATCHES (lib/platforms/registry.ts, from the descriptors) ("https://x.com/*" → "x.com"), in order, once each. */
export function platformHosts(matches: readonly string[] = CONTENT_MATCHES): string[] {
  const hosts = matches.map((m) => {
    const host = /^https:\/\/([^/*]+)\/\*$/.exec(m)?.[1];
    if (!host) throw new Error(`Unexpected content match pattern "${m}": expected https://<host>/*`);
    return host;
  });
  return [...new Set(hosts)];
}

/** Every host the fixture server answers for. */
export function mappedHosts(extra: readonly string[] = []): string[] {
  return [...new Set([...platformHosts(), EXTRA_MASTODON_HOST, ...extra])];
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export const isLoopbackHost = (host: string): boolean =>
  LOOPBACK_HOSTS.has(host.toLowerCase()) || /^127(\.\d{1,3}){3}$/.test(host);

export const isLoopbackAddress = (ip: string): boolean =>
  ip === '::1' || /^127(\.\d{1,3}){3}$/.test(ip) || /^::ffff:127(\.\d{1,3}){3}$/.test(ip);

/**
 * `--host-resolver-rules` value: mapped hosts go to 127.0.0.1:<port>, every other name resolves
 * to nothing (`~NOTFOUND`), loopback names stay as they are. Rules are tried in order.
 */
export function hostResolverRules(
  port: number | null,
  hosts: readonly string[],
  extraRules: readonly string[] = [],
) {
  const maps = port === null ? [] : hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`);
  return [...maps, ...extraRules, 'MAP * ~NOTFOUND', 'EXCLUDE localhost', 'EXCLUDE 127.0.0.1'].join(', ');
}
