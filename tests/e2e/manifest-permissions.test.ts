// PostLens asks for exactly these permissions. The lists are written out here on purpose: a new
// permission (or host) must be a deliberate change to this file, never a side effect of a build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LaunchedBrowser, launchWithExtension } from '../harness/browser';
import { DEFAULT_EXTENSION_DIR } from '../harness/paths';

const PINNED_PERMISSIONS = ['activeTab', 'scripting', 'storage', 'unlimitedStorage'];
const PINNED_OPTIONAL_HOSTS = ['https://*/*'];
/** Asked for only when the user turns watchlist alerts on (options). */
const PINNED_OPTIONAL = ['notifications'];
const PINNED_HOSTS = [
  'https://bsky.app/*',
  'https://fosstodon.org/*',
  'https://hachyderm.io/*',
  'https://infosec.exchange/*',
  'https://mas.to/*',
  'https://mastodon.art/*',
  'https://mastodon.online/*',
  'https://mastodon.social/*',
  'https://mastodon.world/*',
  'https://mobile.x.com/*',
  'https://mstdn.social/*',
  'https://old.reddit.com/*',
  'https://techhub.social/*',
  'https://twitter.com/*',
  'https://web.facebook.com/*',
  'https://www.facebook.com/*',
  'https://www.instagram.com/*',
  'https://www.linkedin.com/*',
  'https://www.reddit.com/*',
  'https://www.threads.com/*',
  'https://www.threads.net/*',
  'https://www.tiktok.com/*',
  'https://www.youtube.com/*',
  'https://x.com/*',
];

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: { matches: string[] }[];
}

const sorted = (xs: readonly string[] | undefined) => [...(xs ?? [])].sort();

let browser: LaunchedBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({ headless: true });
});

afterAll(async () => {
  await browser?.close();
});

describe('permissions', () => {
  it('the built manifest.json asks for the pinned permissions and hosts, nothing more', () => {
    const manifest = JSON.parse(
      readFileSync(join(DEFAULT_EXTENSION_DIR, 'manifest.json'), 'utf8'),
    ) as Manifest;
    expect(sorted(manifest.permissions)).toEqual(PINNED_PERMISSIONS);
    expect(sorted(manifest.host_permissions)).toEqual(PINNED_HOSTS);
    expect(sorted(manifest.optional_host_permissions)).toEqual(PINNED_OPTIONAL_HOSTS);
    expect(sorted(manifest.optional_permissions)).toEqual(PINNED_OPTIONAL);
  });

  it('content scripts run only on the pinned hosts', () => {
    const manifest = JSON.parse(
      readFileSync(join(DEFAULT_EXTENSION_DIR, 'manifest.json'), 'utf8'),
    ) as Manifest;
    const matches = (manifest.content_scripts ?? []).flatMap((c) => c.matches);
    expect(sorted([...new Set(matches)])).toEqual(PINNED_HOSTS);
  });

  it('Chromium granted exactly the pinned permissions and hosts at install', async () => {
    const worker = await browser.serviceWorker();
    const granted = (await worker.evaluate('chrome.permissions.getAll()')) as {
      permissions: string[];
      origins: string[];
    };
    expect(sorted(granted.permissions)).toEqual(PINNED_PERMISSIONS);
    expect(sorted(granted.origins)).toEqual(PINNED_HOSTS);
  });
});
