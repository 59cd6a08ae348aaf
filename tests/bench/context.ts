// What every figure gets: the session (fixture server + Chromium with the built PostLens), and
// the feeds of real saved posts, read once.
import type { Page } from 'playwright-core';
import { EXTRA_MASTODON_HOST } from '../harness/mapped-hosts';
import type { E2ESession } from '../harness/session';
import { type Feed, loadFeed } from './feed';
import { BENCH_PLATFORMS, type BenchPlatform } from './lab/platforms';
import { installLab } from './lab-page';

/** A host the fixture server answers for where no PostLens content script runs by default. */
export const NEUTRAL_HOST = EXTRA_MASTODON_HOST;

export interface BenchContext {
  session: E2ESession;
  extensionId: string;
  feeds: Record<BenchPlatform, Feed>;
  log(message: string): void;
}

export async function createContext(session: E2ESession, log: (m: string) => void): Promise<BenchContext> {
  const page: Page = await session.browser.context.newPage();
  try {
    const url = `https://${NEUTRAL_HOST}/bench/lab`;
    session.server.setPage(url, '<!doctype html><html lang="en"><title>lab</title><body></body></html>');
    await page.goto(url);
    await installLab(page);
    const feeds = {} as Record<BenchPlatform, Feed>;
    for (const platform of BENCH_PLATFORMS) feeds[platform] = await loadFeed(page, platform);
    return { session, extensionId: session.browser.extensionId, feeds, log };
  } finally {
    await page.close();
  }
}
