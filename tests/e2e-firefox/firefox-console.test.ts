// The Firefox error collector checked on its own: with a stub extension (./stub-extension) that
// raises known errors in its background page, an extension page and a content script, it sees
// every one of them and nothing of the web page's own; and a collector that cannot start leaves the
// session running, saying what it does not watch. Which reports are teardown noise is checked last.
import { join } from 'node:path';
import type { TestContext } from 'vitest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type LaunchedFirefox, launchFirefoxWithExtension } from '../harness/firefox';
import {
  type ExtensionError,
  isUnloadNoise,
  notWatchedMessage,
  skipUnlessWatched,
} from '../harness/firefox-console';
import { openExtensionPage, pollUntil, sleep } from '../harness/firefox-pages';
import { type FirefoxSession, startFirefoxSession } from '../harness/firefox-session';
import { REPO_ROOT } from '../harness/paths';

const STUB_DIR = join(REPO_ROOT, 'tests/e2e-firefox/stub-extension');

/** A page of the stub's content script's host that raises errors of its own. */
const WEB_PAGE = 'https://x.com/stub-errors';
const WEB_PAGE_HTML = `<!doctype html><title>web page</title><script>
  console.error('web page: console.error');
  setTimeout(() => { throw new Error('web page: uncaught'); }, 0);
</script>`;

describe('the error collector, on a stub extension in real Firefox', () => {
  let session: FirefoxSession;
  let firefox: LaunchedFirefox;

  beforeAll(async () => {
    session = await startFirefoxSession({ launch: { extensionDir: STUB_DIR } });
    session.server.setPage(WEB_PAGE, WEB_PAGE_HTML);
    firefox = session.firefox;
  });

  afterAll(async () => {
    await session?.close();
  });

  const summary = (errors: ExtensionError[]) => errors.map((e) => `${e.kind}: ${e.message}`).sort();

  it('starts (this Firefox lets it evaluate in the parent process)', () => {
    // Unlike the suites of PostLens, which skip their error checks when it does not start, this
    // test fails: a collector lost for good must not go unnoticed.
    expect(firefox.errorWatch, `${firefox.version} at ${firefox.executablePath}`).toEqual({ watching: true });
  });

  it("sees the background page's errors from its start, before any test opened anything", async () => {
    const errors = await pollUntil(
      () => firefox.extensionErrors(),
      (e) => e.length >= 2,
      10_000,
    );
    expect(summary(errors)).toEqual([
      'console: stub background: console.error at start {"step":1}',
      'uncaught: Error: stub background: uncaught at start',
    ]);
    for (const e of errors) expect(e.source).toMatch(new RegExp(`^${firefox.extensionBase}background\\.js`));
  });

  it("sees an extension page's and a content script's errors, and none of the web page's own", async () => {
    const before = (await firefox.extensionErrors()).length;
    const web = await firefox.browser.newPage();
    const extensionPage = await openExtensionPage(firefox.browser, firefox.extensionBase, 'errors.html');
    try {
      await web.goto(WEB_PAGE);
      const errors = await pollUntil(
        async () => (await firefox.extensionErrors()).slice(before),
        (e) => e.length >= 4,
        10_000,
      );
      expect(summary(errors)).toEqual([
        'console: stub content script: console.error',
        'console: stub page: console.error 42',
        'uncaught: Error: stub content script: uncaught',
        'uncaught: TypeError: stub page: uncaught',
      ]);
      for (const e of errors) expect(e.source.startsWith(firefox.extensionBase), e.source).toBe(true);
      // The web page raised its two as early as the content script did; give stragglers a moment.
      await sleep(1_000);
      expect((await firefox.extensionErrors()).slice(before)).toHaveLength(4);
    } finally {
      await web.close();
      await extensionPage.close();
    }
  });
});

describe('a collector that cannot start', () => {
  it('leaves the session running and says plainly what it does not watch', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let firefox: LaunchedFirefox | undefined;
    try {
      firefox = await launchFirefoxWithExtension({
        extensionDir: STUB_DIR,
        startErrorCollector: () => Promise.reject(new Error('stub: no DevTools server here')),
      });
      expect(firefox.errorWatch).toEqual({ watching: false, reason: 'stub: no DevTools server here' });
      expect(await firefox.extensionErrors()).toEqual([]);
      const lines = warn.mock.calls.map((args) => String(args[0]));
      expect(lines).toEqual([
        notWatchedMessage(`${firefox.version} (${firefox.executablePath})`, 'stub: no DevTools server here'),
      ]);
      expect(lines[0]).toMatch(
        /^NOT WATCHED: PostLens's uncaught exceptions and console\.error calls in firefox\//,
      );
      // The extension installed and its pages open all the same.
      const page = await openExtensionPage(firefox.browser, firefox.extensionBase, 'popup.html');
      expect(await page.title()).toBe('stub popup');
      await page.close();
    } finally {
      warn.mockRestore();
      await firefox?.close();
    }
  });
});

describe('skipUnlessWatched', () => {
  const fakeContext = () => {
    const skip = vi.fn();
    return { ctx: { task: { meta: {} }, skip } as unknown as TestContext, skip };
  };

  it('lets the test go on when errors are watched', () => {
    const { ctx, skip } = fakeContext();
    skipUnlessWatched(ctx, { watching: true });
    expect(skip).not.toHaveBeenCalled();
    expect(ctx.task.meta).toEqual({});
  });

  it('skips with the reason, kept in the meta the CI summary prints, when they are not', () => {
    const { ctx, skip } = fakeContext();
    skipUnlessWatched(ctx, { watching: false, reason: 'no socket' });
    const reason = "PostLens's errors were not watched in this Firefox: no socket";
    expect(skip).toHaveBeenCalledWith(reason);
    expect(ctx.task.meta).toEqual({ skipReason: reason });
  });
});

const uncaught = (message: string): ExtensionError => ({ kind: 'uncaught', message, source: 'x.js:1' });

describe('isUnloadNoise', () => {
  it.each([
    [uncaught('Promise resolved after context unloaded\n'), true],
    [uncaught('Promise resolved while context is inactive\n'), true],
    [uncaught('Promise rejected while context is inactive\n'), true],
    [uncaught('Error: Promise resolved while context is inactive'), false],
    [
      uncaught(
        "Promise rejected after context unloaded: Actor 'Conduits' destroyed before query 'RuntimeMessage' was resolved",
      ),
      true,
    ],
    [uncaught('TypeError: e is undefined'), false],
    [uncaught('Error: Promise rejected after context unloaded'), false],
    [{ kind: 'console', message: 'Promise resolved after context unloaded', source: 'x.js' } as const, false],
  ])('%o → %s', (error, noise) => {
    expect(isUnloadNoise(error)).toBe(noise);
  });
});
