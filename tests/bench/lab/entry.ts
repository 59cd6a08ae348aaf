// Bundled into one script and run in a bench page (tests/bench/bundle.ts): the adapters and the
// bare baseline, callable from the bench through `globalThis.__postlensBench`.
import type { AdapterContext, PostReading } from '../../../lib/types';
import { BASELINES, type BareReading, disagreements } from './baselines';
import { dashboardQuery, knowledgeQuery } from './dashboard-query';
import { insightsCompute } from './insights-compute';
import { ADAPTERS, type BenchPlatform } from './platforms';
import { bulkCopy, recordThroughBackground } from './storage';

export interface Template {
  html: string;
  postId: string;
  /** The author's handle as the adapter read it, or null. */
  handle: string | null;
}

/**
 * The posts of a saved page as HTML snippets: for each post the adapter reads, the feed item that
 * holds it (`itemSelector`, e.g. X's timeline cell), else its outermost wrapper that holds no
 * other post (Reddit's <article>, LinkedIn's card).
 */
function templates(
  fixtureHtml: string,
  platform: BenchPlatform,
  ctx: { url: string; locale: string; itemSelector?: string },
) {
  const doc = new DOMParser().parseFromString(fixtureHtml, 'text/html');
  const adapter = ADAPTERS[platform];
  const context: AdapterContext = { url: new URL(ctx.url), locale: ctx.locale };
  const items: Template[] = [];
  for (const post of adapter.findPosts(doc)) {
    const reading = adapter.readPost(post, context);
    if (!reading) continue;
    let item: Element = (ctx.itemSelector ? post.closest(ctx.itemSelector) : null) ?? post;
    while (
      !ctx.itemSelector &&
      item.parentElement &&
      item.parentElement !== doc.body &&
      adapter.findPosts(item.parentElement).length === 1
    ) {
      item = item.parentElement;
    }
    items.push({ html: item.outerHTML, postId: reading.postId, handle: reading.author.handle });
  }
  const styles = Array.from(doc.querySelectorAll('style'), (s) => s.outerHTML).join('\n');
  return { items, styles };
}

function adapterPass(platform: BenchPlatform, context: AdapterContext): PostReading[] {
  const adapter = ADAPTERS[platform];
  const out: PostReading[] = [];
  for (const el of adapter.findPosts(document)) {
    const r = adapter.readPost(el, context);
    if (r) out.push(r);
  }
  return out;
}

/** Times both readers over the whole document, alternating, `rounds` times each (after warm-up). */
function timeReads(platform: BenchPlatform, ctx: { url: string; locale: string }, rounds: number) {
  const context: AdapterContext = { url: new URL(ctx.url), locale: ctx.locale };
  const bareRead = BASELINES[platform];
  const adapterRuns: number[] = [];
  const bareRuns: number[] = [];
  let lastAdapter: PostReading[] = [];
  let lastBare: BareReading[] = [];
  for (let i = -3; i < rounds; i++) {
    const t0 = performance.now();
    lastAdapter = adapterPass(platform, context);
    const t1 = performance.now();
    lastBare = bareRead(document);
    const t2 = performance.now();
    if (i >= 0) {
      adapterRuns.push(t1 - t0);
      bareRuns.push(t2 - t1);
    }
  }
  return {
    adapterRuns,
    bareRuns,
    posts: lastAdapter.length,
    distinct: new Set(lastAdapter.map((r) => r.postId)).size,
    authors: new Set(lastAdapter.map((r) => r.author.handle)).size,
    disagreements: disagreements(lastAdapter, lastBare).slice(0, 10),
  };
}

export const api = {
  templates,
  timeReads,
  recordThroughBackground,
  bulkCopy,
  dashboardQuery,
  knowledgeQuery,
  insightsCompute,
};
export type LabApi = typeof api;

(globalThis as unknown as { __postlensBench: LabApi }).__postlensBench = api;
