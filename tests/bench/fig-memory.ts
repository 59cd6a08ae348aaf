// Figures 7 and 3 on one page. Memory: a feed that starts empty and is scrolled to 5,000 posts,
// 100 at a time, each batch badged before the next; the page's JS heap (the V8 heap the page
// and PostLens's isolated world share) after a full GC, before and after. Then the page drops
// every post, as feeds do when they recycle nodes: after GC, the DOM node count should be back
// where it started, unless something (PostLens) still holds the posts. The same run without
// PostLens (a host it does not read) is the baseline. Idle (figure 3): the loaded page, traced
// for 10 s while nothing happens, between the two.
import type { CDPSession } from 'playwright-core';
import { PLATFORM_NAMES } from '../../lib/platforms';
import { contentScriptJs } from './attribute';
import { contentScriptUrl, extensionName, waitForBadgeCount, waitQuiet } from './cdp';
import { type BenchContext, NEUTRAL_HOST } from './context';
import { FEED_ID } from './feed';
import { appendPosts, type OpenFeed, openFeed, SETTLE_MS, scrollToEnd } from './feed-page';
import { type IdleResult, idleCallbacks } from './idle';
import type { BenchPlatform } from './lab/platforms';
import { figureOf } from './report';
import { mb } from './stats';
import type { BenchRow } from './table';

const TOTAL = 5000;
const CHUNK = 100;
/** MB as the table prints it (stats.ts `mb`): 1 MB = 1024 × 1024 bytes. */
const MB = 1024 * 1024;
const HEAP_BUDGET = 10 * MB;

interface Sample {
  heap: number;
  nodes: number;
}

async function sample(cdp: CDPSession): Promise<Sample> {
  for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return { heap: heap.usedSize, nodes: dom.nodes };
}

interface MemoryRun {
  start: Sample;
  loaded: Sample;
  dropped: Sample;
  idle: IdleResult | null;
  /** Nodes of the posts on the page (what one post costs, for the leak threshold). */
  postNodes: number;
}

async function run(bench: BenchContext, platform: BenchPlatform, withPostLens: boolean): Promise<MemoryRun> {
  const feed = bench.feeds[platform];
  const url = withPostLens ? feed.source.url : `https://${NEUTRAL_HOST}/bench/memory-${platform}`;
  const open: OpenFeed = await openFeed(bench, feed, 0, { url, badges: false });
  try {
    await open.cdp.send('HeapProfiler.enable');
    const start = await sample(open.cdp);
    while (open.posts < TOTAL) {
      await scrollToEnd(open);
      await appendPosts(open, CHUNK);
      if (withPostLens) {
        const got = await waitForBadgeCount(open.page, open.posts, 60_000, 100);
        if (got < open.posts) throw new Error(`memory: ${got} badges for ${open.posts} posts`);
      }
    }
    await waitQuiet(open.cdp, SETTLE_MS, 180_000);
    const loaded = await sample(open.cdp);
    const who = contentScriptJs(extensionName(), contentScriptUrl(bench.extensionId, platform));
    const idle = withPostLens ? await idleCallbacks(open, who) : null;
    const postNodes = await open.page.evaluate(
      (id) => document.getElementById(id)?.getElementsByTagName('*').length ?? 0,
      FEED_ID,
    );
    await open.page.evaluate((id) => document.getElementById(id)?.replaceChildren(), FEED_ID);
    await waitQuiet(open.cdp, 1000, 60_000);
    const dropped = await sample(open.cdp);
    return { start, loaded, dropped, idle, postNodes: postNodes / TOTAL };
  } finally {
    await open.close();
  }
}

export async function memoryAndIdle(bench: BenchContext, platform: BenchPlatform): Promise<BenchRow[]> {
  const ours = await run(bench, platform, true);
  const bare = await run(bench, platform, false);
  const growth = ours.loaded.heap - ours.start.heap;
  const bareGrowth = bare.loaded.heap - bare.start.heap;
  // Nodes still alive after the page dropped every post, beyond what the bare page keeps.
  const kept = ours.dropped.nodes - ours.start.nodes - (bare.dropped.nodes - bare.start.nodes);
  bench.log(
    `  memory ${platform}: heap ${mb(ours.start.heap)} → ${mb(ours.loaded.heap)} → ${mb(ours.dropped.heap)} (without PostLens ${mb(bare.start.heap)} → ${mb(bare.loaded.heap)}); nodes ${ours.start.nodes} → ${ours.loaded.nodes} → ${ours.dropped.nodes} (without ${bare.start.nodes} → ${bare.loaded.nodes} → ${bare.dropped.nodes}); ${ours.postNodes.toFixed(0)} nodes per post`,
  );
  const name = PLATFORM_NAMES[platform];
  const rows: BenchRow[] = [];
  if (ours.idle) rows.push(ours.idle.row(`${TOTAL.toLocaleString('en')} ${name} posts`));
  const heapLabel = `7. Memory: JS heap growth, ${TOTAL.toLocaleString('en')} ${name} posts scrolled`;
  const keptLabel = '7. Memory: post nodes kept after the page drops them';
  const keptPosts = Math.max(0, kept) / ours.postNodes;
  rows.push(
    {
      figure: heapLabel,
      measured: mb(growth),
      budget: `≤ ${mb(HEAP_BUDGET)}`,
      baseline: `${mb(bareGrowth)} without PostLens`,
      ratio: '—',
      pass: growth <= HEAP_BUDGET,
      json: [
        figureOf(
          {
            id: 'memory.heap.mb',
            label: heapLabel,
            unit: 'MB',
            budget: { op: '<=', limit: HEAP_BUDGET / MB, text: `≤ ${mb(HEAP_BUDGET)}` },
            pass: growth <= HEAP_BUDGET,
          },
          [growth / MB],
        ),
      ],
    },
    {
      figure: keptLabel,
      measured: `${Math.max(0, kept)} nodes (${keptPosts.toFixed(1)} posts)`,
      budget: '0 posts',
      baseline: `${bare.dropped.nodes - bare.start.nodes} nodes left without PostLens`,
      ratio: '—',
      pass: kept < ours.postNodes,
      json: [
        figureOf(
          {
            id: 'memory.leaked.posts',
            label: keptLabel,
            unit: 'posts',
            // Fewer nodes than one post's: nothing holds a post.
            budget: { op: '<', limit: 1, text: '0 posts' },
            pass: kept < ours.postNodes,
          },
          [keptPosts],
        ),
      ],
    },
  );
  return rows;
}
