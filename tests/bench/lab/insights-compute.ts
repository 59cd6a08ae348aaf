// The Overview's and Insights' computations over the whole database, timed in an extension page:
// the rows the dashboard reads (loadAllRows), then each builder the views run on them, as they
// run it (the Overview of the last 30 days, the weekday × hour grid in the page's time zone, the
// hashtag and mention report). Medians over a few runs say where a view's load goes.
import { buildOverview, buildTimingGrid, buildTopicReport, lastDays } from '../../../lib/insights';
import { loadAllRows } from '../../../lib/queries/posts';

const RUNS = 5;

function timed(run: () => unknown): number[] {
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    run();
    out.push(performance.now() - t0);
  }
  return out;
}

export async function insightsCompute() {
  await loadAllRows('auto');
  const rows = await loadAllRows('auto');
  const now = Date.now();
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const authors = [...new Set(rows.flatMap((r) => (r.authorKey === null ? [] : [r.authorKey])))];
  const overview = buildOverview({ rows, followers: [], authors, period: lastDays(30, now), now });
  const grid = buildTimingGrid(rows, zone);
  const topics = buildTopicReport(rows);
  return {
    rows: rows.length,
    // What the views show, so the bench can say the computation was not of nothing.
    postsInPeriod: overview.cards[0]?.current.posts ?? 0,
    gridPosts: grid.placed,
    topics: topics.topics.length,
    overviewMs: timed(() => buildOverview({ rows, followers: [], authors, period: lastDays(30, now), now })),
    heatmapMs: timed(() => buildTimingGrid(rows, zone)),
    hashtagsMs: timed(() => buildTopicReport(rows)),
  };
}
