// Figure 2, scroll cost: 20 posts appended at the end of feed pages of 100, 1,000 and 5,000 posts,
// with the reader at the end of the feed. Each append is traced until the page is quiet again;
// PostLens's part (attribute.ts) is its JavaScript plus the frames its badges cause. Medians of
// APPENDS appends per size, after one warm-up append.
import { PLATFORM_NAMES } from '../../lib/platforms';
import { type Attribution, appendTimes, attribute, contentScriptJs, type Work } from './attribute';
import { badgeCount, contentScriptUrl, extensionName, waitQuiet } from './cdp';
import type { BenchContext } from './context';
import { appendPosts, openFeed, scrollToEnd } from './feed-page';
import type { BenchPlatform } from './lab/platforms';
import { figureOf } from './report';
import { median, ms, ratio } from './stats';
import type { BenchRow } from './table';
import { rendererMain, tasksOf, traceDuring } from './trace';

export const SCROLL_SIZES = [100, 1000, 5000] as const;
const APPEND = 20;
const APPENDS = 7;
const FRAME_MS = 16;
const FLAT = 0.2;

export interface ScrollResult {
  size: number;
  runs: Work[];
  total: number;
  script: number;
  render: number;
}

async function measureSize(
  bench: BenchContext,
  platform: BenchPlatform,
  size: number,
  who: Attribution,
): Promise<ScrollResult> {
  const open = await openFeed(bench, bench.feeds[platform], size);
  try {
    const runs: Work[] = [];
    for (let i = -1; i < APPENDS; i++) {
      await scrollToEnd(open);
      await waitQuiet(open.cdp, 300);
      const events = await traceDuring(open.cdp, async () => {
        await appendPosts(open, APPEND);
        await waitQuiet(open.cdp, 1000);
      });
      const badges = await badgeCount(open.page);
      if (badges !== open.posts) {
        throw new Error(
          `after appending to ${size} ${platform} posts: ${badges} badges for ${open.posts} posts`,
        );
      }
      if (i >= 0) runs.push(attribute(tasksOf(rendererMain(events, open.frameId)), who, appendTimes(events)));
    }
    const total = median(runs.map((r) => r.scriptMs + r.renderMs));
    const script = median(runs.map((r) => r.scriptMs));
    const render = median(runs.map((r) => r.renderMs));
    bench.log(
      `  scroll ${platform} ${size}: ${ms(total)} per append (script ${ms(script)}, badge frames ${ms(render)}); runs ${runs.map((r) => (r.scriptMs + r.renderMs).toFixed(1)).join(' ')}`,
    );
    return { size, runs, total, script, render };
  } finally {
    await open.close();
  }
}

export async function scrollCost(bench: BenchContext, platform: BenchPlatform): Promise<BenchRow[]> {
  const who = contentScriptJs(extensionName(), contentScriptUrl(bench.extensionId, platform));
  const results: ScrollResult[] = [];
  for (const size of SCROLL_SIZES) results.push(await measureSize(bench, platform, size, who));
  const base = results[0]!;
  return results.map((r) => {
    const rel = r.total / base.total;
    const flat = r === base || Math.abs(rel - 1) <= FLAT;
    const budget = r === base ? `< ${FRAME_MS} ms` : `< ${FRAME_MS} ms, ±${FLAT * 100}% of ${base.size}`;
    const label = `2. Scroll: +${APPEND} posts on ${r.size} ${PLATFORM_NAMES[platform]} posts`;
    const pass = r.total < FRAME_MS && flat;
    return {
      figure: label,
      measured: `${ms(r.total)} (JS ${ms(r.script)} + badge frames ${ms(r.render)})`,
      budget,
      baseline: r === base ? '—' : `${ms(base.total)} at ${base.size}`,
      ratio: r === base ? '—' : ratio(rel),
      pass,
      json: [
        figureOf(
          {
            id: `scroll.${r.size}.ms`,
            label,
            unit: 'ms',
            budget: {
              op: '<',
              limit: FRAME_MS,
              text: r === base ? budget : `${budget} (scroll.${base.size}.ms)`,
            },
            pass,
          },
          r.runs.map((w) => w.scriptMs + w.renderMs),
        ),
      ],
    };
  });
}
