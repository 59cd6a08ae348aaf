// The built Firefox extension installs into real Firefox: at its fixed moz-extension:// address,
// running the manifest that was built, with its host permissions granted, and its pages open
// without errors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_EXTENSION_DIR, type LaunchedFirefox } from '../harness/firefox';
import { skipUnlessWatched } from '../harness/firefox-console';
import { openExtensionPage, pollUntil, sleep, waitForApp } from '../harness/firefox-pages';
import { EXTENSION_GECKO_ID } from '../harness/firefox-prefs';
import { type FirefoxSession, startFirefoxSession } from '../harness/firefox-session';
import { REPO_ROOT } from '../harness/paths';

interface BuiltManifest {
  name: string;
  version: string;
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
}

const built = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as BuiltManifest;
const isHostPattern = (p: string) => p.includes('://');
const sorted = (xs: readonly string[] | undefined) => [...(xs ?? [])].sort();

let session: FirefoxSession;
let firefox: LaunchedFirefox;

beforeAll(async () => {
  // With the proxy, so Firefox's own background traffic would be seen too.
  session = await startFirefoxSession();
  firefox = session.firefox;
});

afterAll(async () => {
  await session?.close();
});

/** Opens an extension page and gives it time for the effects after its first render (database
 * reads, messages), which is when errors would be reported. */
async function openRendered(file: string): Promise<Page> {
  const page = await openExtensionPage(firefox.browser, firefox.extensionBase, file);
  expect(await waitForApp(page), `${file} rendered nothing into #app`).toBe(true);
  await sleep(1_500);
  return page;
}

/** Runs in an extension page: what the running extension says about itself. */
async function runtimeFacts() {
  const ext = (
    globalThis as unknown as {
      browser: {
        runtime: { id: string; getManifest(): unknown };
        permissions: { getAll(): Promise<{ permissions: string[]; origins: string[] }> };
      };
    }
  ).browser;
  return {
    origin: location.origin,
    id: ext.runtime.id,
    manifest: ext.runtime.getManifest() as BuiltManifest,
    granted: await ext.permissions.getAll(),
  };
}

type PermissionsApi = {
  request(p: { origins: string[] }): Promise<boolean>;
  contains(p: { origins: string[] }): Promise<boolean>;
};
type Outcome = { granted: boolean; contains: boolean } | { error: string };

/** Runs in an extension page: a button that asks for `origin` when clicked (Firefox grants
 * optional permissions only inside a user-input handler), its outcome kept on window. */
function addRequestButton(origin: string) {
  const ext = (globalThis as unknown as { browser: { permissions: PermissionsApi } }).browser;
  const w = window as unknown as { __outcome?: Promise<Outcome> };
  const button = document.createElement('button');
  button.id = 'test-request-origin';
  button.textContent = 'request';
  button.addEventListener('click', () => {
    w.__outcome = ext.permissions.request({ origins: [origin] }).then(
      async (granted) => ({ granted, contains: await ext.permissions.contains({ origins: [origin] }) }),
      (e: unknown) => ({ error: e instanceof Error ? e.message : String(e) }),
    );
  });
  document.body.prepend(button);
}

describe('PostLens in Firefox', () => {
  it('installs as postlens@postlens.app at the fixed moz-extension:// address, running the built manifest', async () => {
    const page = await openExtensionPage(firefox.browser, firefox.extensionBase, 'popup.html');
    try {
      const facts = await page.evaluate(runtimeFacts);
      const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
      expect(facts.origin).toBe(`moz-extension://${firefox.extensionUuid}`);
      expect(facts.id).toBe(EXTENSION_GECKO_ID);
      expect(facts.manifest).toMatchObject({ name: 'PostLens', manifest_version: 2, version: pkg.version });
    } finally {
      await page.close();
    }
  });

  it('Firefox granted exactly the built host permissions and API permissions at install', async () => {
    const page = await openExtensionPage(firefox.browser, firefox.extensionBase, 'popup.html');
    try {
      const { granted } = await page.evaluate(runtimeFacts);
      const perms = built.permissions ?? [];
      expect(sorted(granted.origins)).toEqual(sorted(perms.filter(isHostPattern)));
      expect(sorted(granted.permissions)).toEqual(sorted(perms.filter((p) => !isHostPattern(p))));
    } finally {
      await page.close();
    }
  });

  it('can be granted a Mastodon instance outside the built-in list at run time', async () => {
    // What "Enable on this site" in the popup asks Firefox for. The manifest must declare
    // https://*/* as optional (MV2 has no optional_host_permissions), or Firefox refuses.
    const page = await openExtensionPage(firefox.browser, firefox.extensionBase, 'popup.html');
    try {
      await page.evaluate(addRequestButton, 'https://social.example.org/*');
      await page.click('#test-request-origin');
      const outcome = await page.evaluate(
        () => (window as unknown as { __outcome?: Promise<Outcome> }).__outcome ?? { error: 'no click' },
      );
      expect(outcome).toEqual({ granted: true, contains: true });
    } finally {
      await page.close();
    }
  });

  it.for(['popup.html', 'dashboard.html'])('opens %s without errors', async (file, ctx) => {
    const before = (await firefox.extensionErrors()).length;
    const page = await openRendered(file);
    try {
      expect(await page.title()).toMatch(/PostLens/);
      // It rendered; whether it raised an error is known only when errors are watched.
      skipUnlessWatched(ctx, firefox.errorWatch);
      expect((await firefox.extensionErrors()).slice(before)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("the error collector sees an extension page's console.error and uncaught error (control)", async (ctx) => {
    skipUnlessWatched(ctx, firefox.errorWatch);
    const before = (await firefox.extensionErrors()).length;
    const page = await openRendered('popup.html');
    try {
      await page.evaluate(() => {
        console.error('control: console.error');
        setTimeout(() => {
          throw new Error('control: uncaught');
        }, 0);
      });
      const found = await pollUntil(
        async () => (await firefox.extensionErrors()).slice(before).map((e) => `${e.kind}: ${e.message}`),
        (msgs) => msgs.length >= 2,
        5_000,
      );
      expect(found.sort()).toEqual(['console: control: console.error', 'uncaught: Error: control: uncaught']);
    } finally {
      await page.close();
    }
  });

  it('made no request off this machine while installing and opening its pages', async () => {
    await firefox.settle();
    expect(firefox.guard.outside(), firefox.guard.report()).toEqual([]);
  });
});
