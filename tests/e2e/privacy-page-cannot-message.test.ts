// A web page cannot reach PostLens's background: the manifest declares no externally_connectable
// (so no site may message the extension) and no web-accessible resources (so no site can load or
// fingerprint its files). A page that tries anyway, on a platform PostLens reads, gets no runtime
// to call, cannot forge the messaging library's window messages, and stores nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForBadges } from '../harness/badges';
import { openDbReader } from '../harness/extension-db';
import { DEFAULT_EXTENSION_DIR, FIXTURES_DIR } from '../harness/paths';
import { type E2ESession, startSession } from '../harness/session';

const URL_ = 'https://x.com/TestUser123/status/1981398750557065646';
const FORGED_ID = '1111111111111111111';

let session: E2ESession;

beforeAll(async () => {
  session = await startSession();
  session.server.setPage(URL_, readFileSync(join(FIXTURES_DIR, 'x/x-tweet-sample.html'), 'utf8'));
});

afterAll(async () => {
  await session?.close();
});

/** Runs in the page's own world: every way a page script could try to talk to the extension. */
async function attack(args: { extensionId: string; forgedId: string }) {
  const reading = {
    platform: 'x',
    postId: args.forgedId,
    url: `https://x.com/evil/status/${args.forgedId}`,
    author: { handle: 'evil', name: 'Evil' },
    publishedAt: null,
    text: 'forged by the page',
    likes: 999999,
    comments: null,
    reposts: null,
    saves: null,
    views: null,
  };
  const batch = { batchId: 'forged', pageUrl: location.href, posts: [reading], profile: null };
  const chrome = (globalThis as { chrome?: { runtime?: Record<string, unknown> } }).chrome;
  const runtime = chrome?.runtime as
    | { sendMessage?: (...a: unknown[]) => unknown; connect?: (...a: unknown[]) => unknown; id?: string }
    | undefined;
  const out: Record<string, string> = {
    runtime: runtime ? `present (${Object.keys(runtime).join(',')})` : 'absent',
  };
  if (runtime?.sendMessage) {
    out.sendMessage = await new Promise<string>((resolve) => {
      try {
        runtime.sendMessage!(args.extensionId, { type: 'recordReadings', data: batch }, (answer: unknown) =>
          resolve(`answered ${JSON.stringify(answer)}`),
        );
        setTimeout(() => resolve('no answer'), 2000);
      } catch (e) {
        resolve(`threw ${String(e)}`);
      }
    });
  }
  if (runtime?.connect) {
    try {
      runtime.connect(args.extensionId);
      out.connect = 'connected';
    } catch (e) {
      out.connect = `threw ${String(e)}`;
    }
  }
  // Window messages shaped like the messaging library's, in case a content script listened.
  for (const shape of [
    { type: 'recordReadings', data: batch },
    { id: 1, type: 'recordReadings', data: batch, timestamp: Date.now() },
    { message: { type: 'deleteAll' } },
  ]) {
    window.postMessage(shape, '*');
  }
  // A fetch to the extension's files (web_accessible_resources would let this through).
  out.fetchManifest = await fetch(`chrome-extension://${args.extensionId}/manifest.json`).then(
    (r) => `status ${r.status}`,
    (e) => `failed ${String(e).slice(0, 60)}`,
  );
  return out;
}

describe('a page trying to reach PostLens', () => {
  it('the manifest lets no site connect and exposes no file to pages', () => {
    const manifest = JSON.parse(readFileSync(join(DEFAULT_EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('has no runtime to call, cannot fetch its files, and stores nothing', async () => {
    const page = await session.browser.context.newPage();
    const reader = await openDbReader(session.browser.context, session.browser.extensionId);
    try {
      await page.goto(URL_);
      // PostLens is running on this page: it reads and stores the real post.
      expect(await waitForBadges(page, 1)).toEqual(['x:1981398750557065646']);
      const outcome = await page.evaluate(attack, {
        extensionId: session.browser.extensionId,
        forgedId: FORGED_ID,
      });
      expect(outcome.runtime).toBe('absent');
      expect(outcome.sendMessage).toBeUndefined();
      expect(outcome.fetchManifest).toMatch(/^failed/);

      const dump = await reader.waitFor((d) => d.posts.some((p) => p.key === 'x:1981398750557065646'));
      await page.waitForTimeout(1500);
      const after = await reader.read();
      expect(dump.posts.map((p) => p.key)).toEqual(['x:1981398750557065646']);
      expect(after.posts.map((p) => p.key)).toEqual(['x:1981398750557065646']);
      expect(after.snapshots.some((s) => s.likes === 999999)).toBe(false);
    } finally {
      await reader.close();
      await page.close();
    }
  });
});
