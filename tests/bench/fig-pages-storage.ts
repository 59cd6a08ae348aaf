// Figures 4 and 5 share one database: it is emptied, a small feed tab is opened (the popup's
// active tab; its content script records its posts), the dashboard and popup are timed over that
// small database (the baselines), the storage figure fills it with 100,000 snapshots of 10,000
// posts, and the dashboard and popup are timed again.
import { PLATFORM_NAMES } from '../../lib/platforms';
import { waitBrowserIdle } from './browser-cpu';
import type { BenchContext } from './context';
import { extensionPage, sendFromPage } from './extension-pages';
import { openFeed } from './feed-page';
import { dashboardLoads, popupFloorLoads, popupLoads } from './fig-pages';
import { STORAGE_PLAN, storageCost } from './fig-storage';
import type { RecordPlan } from './lab/storage';
import { lab } from './lab-page';
import { figureOf } from './report';
import { median, ms, ratio } from './stats';
import type { BenchRow } from './table';

const TAB_POSTS = 20;
const DASHBOARD_BUDGET = 150;
const POPUP_BUDGET = 100;

/** The dashboard's query alone (medians of 3), and the bare read of the records it needs. */
async function queryBreakdown(bench: BenchContext) {
  const page = await extensionPage(bench, 'dashboard.html');
  try {
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await lab(page, 'dashboardQuery'));
    return {
      readMs: median(runs.map((r) => r.readMs)),
      loadAllRowsMs: median(runs.map((r) => r.loadAllRowsMs)),
      loadAllRowsRuns: runs.map((r) => r.loadAllRowsMs),
      snapshots: runs[0]?.snapshots ?? 0,
      source: runs.map((r) => `${r.source} (${r.changed ?? 'over the cap of'} changed)`).join(', '),
    };
  } finally {
    await page.close();
  }
}

/** The background's answer to a 20-post tab asking what it knows (knownPosts), 9 runs. */
async function knowledgeBreakdown(bench: BenchContext) {
  const page = await extensionPage(bench, 'dashboard.html');
  try {
    const r = await lab(page, 'knowledgeQuery');
    if (r.known !== r.keys) throw new Error(`knowledge: ${r.known} of ${r.keys} posts known`);
    return r;
  } finally {
    await page.close();
  }
}

type Loads = Awaited<ReturnType<typeof dashboardLoads>>;

/**
 * A page's load over the full database against its budget, with the small database's load as the
 * baseline: `<page>.10k.ms` / `popup.ms` with budget, `<page>.20.ms` without (ids in report.ts).
 */
const LOAD_IDS = {
  dashboard: ['dashboard.10k.ms', 'dashboard.20.ms', 'usable table'],
  overview: ['overview.10k.ms', 'overview.20.ms', 'Overview (cards and top posts)'],
  insights: ['insights.10k.ms', 'insights.20.ms', 'Insights (heatmap and hashtag table)'],
  popup: ['popup.ms', 'popup.20.ms', 'post list'],
} as const;

function loadRow(
  label: string,
  page: keyof typeof LOAD_IDS,
  budget: number,
  full: Loads,
  smallDb: Loads,
  small: string,
): BenchRow {
  const pass = full.median <= budget;
  const [fullId, smallId, what] = LOAD_IDS[page];
  const smallLabel = `5. ${page === 'popup' ? 'Popup' : 'Dashboard'}: ${what}, ${small}`;
  return {
    figure: label,
    measured: ms(full.median),
    budget: `≤ ${budget} ms`,
    baseline: `${ms(smallDb.median)} (${TAB_POSTS} posts)`,
    ratio: ratio(full.median / smallDb.median),
    pass,
    json: [
      figureOf(
        {
          // "10k" names the full plan; with --quick the database holds a tenth (see `quick`).
          id: fullId,
          label,
          unit: 'ms',
          budget: { op: '<=', limit: budget, text: `≤ ${budget} ms` },
          pass,
        },
        full.usable,
      ),
      figureOf(
        {
          id: smallId,
          label: smallLabel,
          unit: 'ms',
          budget: null,
          pass: null,
        },
        smallDb.usable,
      ),
    ],
  };
}

/** A load reported without a budget, beside the load it is read against. */
function infoLoadRow(id: string, label: string, loads: Loads, against: Loads, what: string): BenchRow {
  return {
    figure: label,
    measured: ms(loads.median),
    budget: '—',
    baseline: `${ms(against.median)} (${what})`,
    ratio: ratio(loads.median / against.median),
    pass: null,
    json: [figureOf({ id, label, unit: 'ms', budget: null, pass: null }, loads.usable)],
  };
}

type Compute = Awaited<ReturnType<typeof insightsBreakdown>>;

/** The three builders behind the Overview and Insights, timed in an extension page (lab). */
async function insightsBreakdown(bench: BenchContext) {
  const page = await extensionPage(bench, 'dashboard.html');
  try {
    return (await lab(page, 'insightsCompute')) as {
      rows: number;
      postsInPeriod: number;
      gridPosts: number;
      topics: number;
      overviewMs: number[];
      heatmapMs: number[];
      hashtagsMs: number[];
    };
  } finally {
    await page.close();
  }
}

/** Reported only (no budget of their own): where the Overview's and Insights' loads go. */
function computeRows(c: Compute): BenchRow[] {
  const row = (id: string, what: string, runs: number[]): BenchRow => {
    const label = `5. Dashboard: of which ${what} over ${c.rows.toLocaleString('en')} rows`;
    const f = figureOf({ id, label, unit: 'ms', budget: null, pass: null }, runs);
    return {
      figure: label,
      measured: ms(f.value ?? Number.NaN),
      budget: '—',
      baseline: '—',
      ratio: '—',
      pass: null,
      json: [f],
    };
  };
  return [
    row('overview.compute.ms', 'the Overview (buildOverview, 30 days)', c.overviewMs),
    row('heatmap.compute.ms', 'the heatmap (buildTimingGrid)', c.heatmapMs),
    row('hashtags.compute.ms', 'the hashtag table (buildTopicReport)', c.hashtagsMs),
  ];
}

async function emptyDatabase(bench: BenchContext): Promise<void> {
  const page = await extensionPage(bench, 'dashboard.html');
  try {
    const r = (await sendFromPage(page, 'deleteAll', undefined)) as { ok: boolean; error?: string };
    if (!r.ok) throw new Error(`could not empty the database: ${r.error}`);
  } finally {
    await page.close();
  }
}

export async function pagesAndStorage(
  bench: BenchContext,
  plan: RecordPlan = STORAGE_PLAN,
): Promise<BenchRow[]> {
  await emptyDatabase(bench);
  const feed = bench.feeds.x;
  const tab = await openFeed(bench, feed, TAB_POSTS);
  try {
    const dashboardSmall = await dashboardLoads(bench);
    const overviewSmall = await dashboardLoads(bench, '#/overview');
    const insightsSmall = await dashboardLoads(bench, '#/insights');
    const popupSmall = await popupLoads(bench, tab);
    const popupFloor = await popupFloorLoads(bench);
    const storage = await storageCost(bench, tab, plan);
    // Right after the write burst, then at rest (browser-cpu.ts says why).
    const dashboardBurst = await dashboardLoads(bench);
    const settled = await waitBrowserIdle(bench.session.browser.userDataDir);
    bench.log(
      `  after the write burst the browser was ${settled.idle ? 'idle' : 'still busy'} after ${(settled.waitedMs / 1000).toFixed(1)} s; the page figures below are taken then`,
    );
    const dashboardFull = await dashboardLoads(bench);
    const overviewFull = await dashboardLoads(bench, '#/overview');
    const insightsFull = await dashboardLoads(bench, '#/insights');
    const popupFull = await popupLoads(bench, tab);
    const query = await queryBreakdown(bench);
    const compute = await insightsBreakdown(bench);
    const knowledge = await knowledgeBreakdown(bench);
    bench.log(`  the dashboard's posts were read from: ${query.source}`);
    const posts = plan.posts + TAB_POSTS;
    const snapshots = plan.posts * plan.rounds + TAB_POSTS;
    bench.log(
      `  dashboard loads (ms): ${dashboardSmall.usable.map((v) => v.toFixed(0)).join(' ')} (${TAB_POSTS} posts), ${dashboardFull.usable.map((v) => v.toFixed(0)).join(' ')} (${posts} posts)`,
    );
    bench.log(
      `  dashboard loads right after the write burst (ms): ${dashboardBurst.usable.map((v) => v.toFixed(0)).join(' ')}`,
    );
    bench.log(
      `  popup loads (ms): ${popupSmall.usable.map((v) => v.toFixed(0)).join(' ')} (small db), ${popupFull.usable.map((v) => v.toFixed(0)).join(' ')} (full db), ${popupFloor.usable.map((v) => v.toFixed(0)).join(' ')} (its page alone, script and style sheet refused)`,
    );
    const sizeText = `${posts.toLocaleString('en')} posts / ${snapshots.toLocaleString('en')} snapshots`;
    const dashboardLabel = `5. Dashboard: usable table, ${sizeText}`;
    bench.log(
      `  overview loads (ms): ${overviewSmall.usable.map((v) => v.toFixed(0)).join(' ')} (small db), ${overviewFull.usable.map((v) => v.toFixed(0)).join(' ')} (full db)`,
    );
    bench.log(
      `  insights loads (ms): ${insightsSmall.usable.map((v) => v.toFixed(0)).join(' ')} (small db), ${insightsFull.usable.map((v) => v.toFixed(0)).join(' ')} (full db)`,
    );
    bench.log(
      `  insights compute over ${compute.rows} rows: ${compute.postsInPeriod} posts in the 30-day Overview, ${compute.gridPosts} on the heatmap, ${compute.topics} hashtags and mentions`,
    );
    const queryLabel = '5. Dashboard: of which its query (loadAllRows)';
    const knowledgeLabel = `5. Badges: what the background knows of ${knowledge.keys} posts, ${sizeText}`;
    const popupLabel = `5. Popup: post list of a ${TAB_POSTS}-post ${PLATFORM_NAMES[feed.platform]} tab, same database`;
    const small = `with only the ${TAB_POSTS}-post tab's posts in the database`;
    return [
      ...storage,
      loadRow(dashboardLabel, 'dashboard', DASHBOARD_BUDGET, dashboardFull, dashboardSmall, small),
      // The dashboard timed before the browser came to rest after the storage figure.
      infoLoadRow(
        'dashboard.10k.burst.ms',
        `5. Dashboard: usable table right after the write burst, ${sizeText}`,
        dashboardBurst,
        dashboardFull,
        'at rest',
      ),
      {
        figure: queryLabel,
        measured: ms(query.loadAllRowsMs),
        budget: '—',
        baseline: `${ms(query.readMs)} (raw read: ${query.snapshots.toLocaleString('en')} snapshots, posts, authors)`,
        ratio: ratio(query.loadAllRowsMs / query.readMs),
        pass: null,
        json: [
          figureOf(
            { id: 'dashboard.query.ms', label: queryLabel, unit: 'ms', budget: null, pass: null },
            query.loadAllRowsRuns,
          ),
        ],
      },
      {
        figure: knowledgeLabel,
        measured: ms(median(knowledge.runs)),
        budget: '—',
        baseline: '—',
        ratio: '—',
        pass: null,
        json: [
          figureOf(
            { id: 'knowledge.20.ms', label: knowledgeLabel, unit: 'ms', budget: null, pass: null },
            knowledge.runs,
          ),
        ],
      },
      loadRow(popupLabel, 'popup', POPUP_BUDGET, popupFull, popupSmall, small),
      // How much of popup.ms is the page's own before any code of PostLens runs.
      infoLoadRow(
        'popup.floor.ms',
        "5. Popup: its page alone, script and style sheet refused (the page's own start)",
        popupFloor,
        popupFull,
        'the popup',
      ),
      loadRow(
        `5. Dashboard: Overview, ${sizeText}`,
        'overview',
        DASHBOARD_BUDGET,
        overviewFull,
        overviewSmall,
        small,
      ),
      loadRow(
        `5. Dashboard: Insights (heatmap, hashtags), ${sizeText}`,
        'insights',
        DASHBOARD_BUDGET,
        insightsFull,
        insightsSmall,
        small,
      ),
      ...computeRows(compute),
    ];
  } finally {
    await tab.close();
  }
}
