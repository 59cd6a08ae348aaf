// A shared suite's session, from its start to the checks that close it, in both browsers:
// PostLens raised no error (where the browser's harness collects its errors) and nothing left
// the machine.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserSession, E2EBrowser, SessionOptions } from '../e2e-session';
import type { DbReader } from '../extension-db';
import { skipUnlessWatched } from '../firefox-console';

/** Starts a session (and a database reader when asked) before the file's tests, closes them after.
 * The functions give them to the tests, once started. */
export function useSession(browser: E2EBrowser, options: SessionOptions & { reader?: boolean } = {}) {
  let session: BrowserSession | undefined;
  let reader: DbReader | undefined;
  beforeAll(async () => {
    session = await browser.start(options);
    if (options.reader) reader = await session.openDbReader();
  });
  afterAll(async () => {
    await reader?.close().catch(() => {});
    await session?.close();
  });
  return {
    session: (): BrowserSession => {
      if (!session) throw new Error(`the ${browser.name} session did not start`);
      return session;
    },
    reader: (): DbReader => {
      if (!reader) throw new Error('no database reader: start the session with { reader: true }');
      return reader;
    },
  };
}

/** Defines the closing tests; `session` is read when they run. */
export function itLeftNoTrace(browser: E2EBrowser, session: () => BrowserSession, where = 'PostLens'): void {
  if (browser.collectsErrors) {
    it(`raised no error in ${where}`, async (ctx) => {
      const errors = session().errors;
      expect(errors, `${browser.name} sessions collect errors`).not.toBeNull();
      skipUnlessWatched(ctx, errors!.watch);
      const found = await errors!.read();
      expect(found, found.map((e) => `${e.kind}: ${e.message} (${e.source})`).join('\n')).toEqual([]);
    });
  }

  it('made no request off this machine', async () => {
    const { guard } = session();
    await guard.settle();
    expect(guard.outside(), guard.report()).toEqual([]);
  });
}
