// The harness checked on its own, with a stub extension (tests/harness/stub-extension) that
// badges marked elements and stores a record per badge: so a failing platform test points at
// PostLens, not at the way the suite finds badges or reads the database.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeKeys, waitForBadges } from '../harness/badges';
import { openDbReader, readDbViaExtensionPage } from '../harness/extension-db';
import { REPO_ROOT } from '../harness/paths';
import { type E2ESession, startSession } from '../harness/session';

let session: E2ESession;

beforeAll(async () => {
  session = await startSession({ launch: { extensionDir: join(REPO_ROOT, 'tests/harness/stub-extension') } });
});

afterAll(async () => {
  await session?.close();
});

describe('harness with a stub extension', () => {
  it('finds badges in the document and in open shadow roots, and reads what the worker stored', async () => {
    const dbBefore = await readDbViaExtensionPage(session.browser.context, session.browser.extensionId);
    expect(dbBefore).toMatchObject({ exists: false, posts: [], snapshots: [] });

    session.server.setPage(
      'https://x.com/stub',
      '<div data-stub-post="1"></div><div data-stub-post="2"></div><div data-stub-shadow-host></div>',
    );
    const page = await session.browser.context.newPage();
    try {
      await page.goto('https://x.com/stub');
      const keys = await waitForBadges(page, 3, 15_000);
      expect(keys.sort()).toEqual(['x:1', 'x:2', 'x:in-shadow']);
      // Asking for more than there are returns what is there once the bounded wait ends.
      expect(await waitForBadges(page, 4, 1_000)).toHaveLength(3);
      expect(await badgeKeys(page)).toHaveLength(3);
    } finally {
      await page.close();
      session.server.clearPages();
    }

    const reader = await openDbReader(session.browser.context, session.browser.extensionId);
    const db = await reader.waitFor((d) => d.snapshots.length >= 3, 15_000).finally(() => reader.close());
    expect(db.exists).toBe(true);
    expect(db.posts.map((p) => p.key).sort()).toEqual(['x:1', 'x:2', 'x:in-shadow']);
    expect(db.snapshots.map((s) => s.postKey).sort()).toEqual(['x:1', 'x:2', 'x:in-shadow']);
  });

  it('saw no request leave the machine', async () => {
    await session.browser.guard.settle();
    expect(session.browser.guard.outside(), session.browser.guard.report()).toEqual([]);
  });
});
