// Figure 4, storage: 100,000 snapshots (10,000 posts read 10 times, counts changing each time)
// sent from a content script through the background's real path, against one bulk transaction
// writing the very records that path stored, in the same browser.
import { DB_NAME } from '../../lib/store/schema';
import { evaluateIn, extensionName, isolatedWorld } from './cdp';
import type { BenchContext } from './context';
import { extensionPage } from './extension-pages';
import type { OpenFeed } from './feed-page';
import type { RecordPlan } from './lab/storage';
import { lab, labCode } from './lab-page';
import { figureOf } from './report';
import { ms, ratio } from './stats';
import type { BenchRow } from './table';

export const STORAGE_PLAN: RecordPlan = { posts: 10_000, rounds: 10, batchSize: 100, authors: 500 };
/** `--quick`: a tenth of it, for trying the bench out (the figure then says 10,000). */
export const QUICK_STORAGE_PLAN: RecordPlan = { ...STORAGE_PLAN, posts: 1_000 };
const BUDGET = 2;

interface Recorded {
  ms: number;
  batches: number;
  stored: number;
  failures: string[];
}

export async function storageCost(
  bench: BenchContext,
  feedTab: OpenFeed,
  plan: RecordPlan = STORAGE_PLAN,
): Promise<BenchRow[]> {
  const world = await isolatedWorld(feedTab.cdp, extensionName());
  await evaluateIn(feedTab.cdp, world, await labCode());
  const real = await evaluateIn<Recorded>(
    feedTab.cdp,
    world,
    `globalThis.__postlensBench.recordThroughBackground(${JSON.stringify({ postedBefore: Date.now(), ...plan })})`,
  );
  const expected = plan.posts * plan.rounds;
  if (real.failures.length > 0 || real.stored !== expected) {
    throw new Error(`storage: ${real.stored} of ${expected} readings stored; ${real.failures.join('; ')}`);
  }
  const page = await extensionPage(bench, 'dashboard.html');
  try {
    const bulk = await lab(page, 'bulkCopy', DB_NAME, 'postlens-bench-bulk');
    const snapshots = bulk.counts.snapshots ?? 0;
    if (snapshots < expected)
      throw new Error(`storage: the database holds ${snapshots} snapshots, not ${expected}`);
    bench.log(
      `  storage: ${real.batches} messages in ${ms(real.ms)}; bulk copy of ${JSON.stringify(bulk.counts)} in ${ms(bulk.ms)}`,
    );
    const label = `4. Storage: ${expected.toLocaleString('en')} snapshots via the background`;
    const rel = real.ms / bulk.ms;
    const budget = `≤ ${BUDGET}× bulk`;
    const info = (id: string, what: string, v: number) =>
      figureOf({ id, label: `${label}: ${what}`, unit: 'ms', budget: null, pass: null }, [v]);
    return [
      {
        figure: label,
        measured: `${ms(real.ms)} (${(real.ms / real.batches).toFixed(1)} ms per ${plan.batchSize}-post batch)`,
        budget,
        baseline: `${ms(bulk.ms)} (one transaction)`,
        ratio: ratio(rel),
        pass: rel <= BUDGET,
        json: [
          figureOf(
            {
              id: 'storage.ratio',
              label,
              unit: 'ratio',
              budget: { op: '<=', limit: BUDGET, text: budget },
              pass: rel <= BUDGET,
            },
            [rel],
          ),
          info('storage.ms', 'through the background', real.ms),
          info('storage.bulk.ms', 'bulk transaction', bulk.ms),
        ],
      },
    ];
  } finally {
    await page.close();
  }
}
