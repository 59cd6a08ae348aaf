// The Overview's and Insights' pure computations, timed in node on rows shaped like the bench's
// (tests/bench/lab/storage.ts reading(): 10,020 posts of 500 authors a minute apart over the last
// week, each with two hashtags and a mention, ten readings each so every one has a velocity),
// called as tests/bench/lab/insights-compute.ts calls them. Each figure is printed twice: the
// implementation before the faster one (kept in tests/unit/*/reference as the property tests'
// oracle) and the current one, run alternately in one process, median of RUNS runs each.
// A measuring script, not a test: it asserts nothing. Run: npx tsx tests/bench/insights-cpu.ts

import { register } from 'node:module';
import type { PostRow } from '../../lib/queries/rows';
import type { StoredPost, SummaryReading } from '../../lib/records';
import { median } from './stats';

// lib/ reaches WXT's `#imports` (settings kept in extension storage) through lib/queries' index:
// here it is a stand-in whose storage items read nothing, as nothing timed here touches storage.
// Registered before lib/ is imported, hence the dynamic imports below.
const STORAGE_STUB = `data:text/javascript,${encodeURIComponent(
  'const item = new Proxy({}, { get: () => () => Promise.resolve(null) }); export const storage = new Proxy({}, { get: () => () => item });',
)}`;
register(
  `data:text/javascript,${encodeURIComponent(
    `export async function resolve(s, c, next) { return s === '#imports' ? { url: ${JSON.stringify(STORAGE_STUB)}, shortCircuit: true } : next(s, c); }`,
  )}`,
);
const { buildOverview, buildTopicReport, extractTags, lastDays, topPosts } = await import(
  '../../lib/insights'
);
const { fillOutliers, rowOf } = await import('../../lib/queries/rows');
const oldOverview = await import('../unit/insights/reference/overview-before');
const oldTopics = await import('../unit/insights/reference/topics-before');
const oldRows = await import('../unit/queries/reference/rows-before');

const POSTS = 10_020;
const AUTHORS = 500;
const ROUNDS = 10;
const RUNS = Number(process.env.RUNS ?? 21);
const WARMUP = 5;
const NOW = Date.UTC(2025, 0, 8);

/** Post `i` as stored after ROUNDS reads a minute apart: the summary keeps the last two. */
function stored(i: number): StoredPost {
  const id = (1_900_000_000_000_000_000n + BigInt(i)).toString();
  const handle = `bench_author_${i % AUTHORS}`;
  const read = (round: number): SummaryReading => ({
    capturedAt: NOW - (ROUNDS - round) * 60_000,
    likes: 10 + (i % 500) + round,
    comments: i % 40,
    reposts: i % 25,
    saves: null,
    views: 1000 + i * 3 + round * 50,
    followers: null,
  });
  return {
    key: `x:${id}`,
    platform: 'x',
    postId: id,
    url: `https://x.com/${handle}/status/${id}`,
    authorKey: `x:${handle}`,
    authorHandle: handle,
    authorName: `Bench Author ${i % AUTHORS}`,
    publishedAt: new Date(NOW - (i + 1) * 60_000).toISOString(),
    text: `Post ${i} of the storage benchmark #topic${i % 60} #launch${i % 7}, with @bench_author_${(i + 1) % AUTHORS}.`,
    promoted: false,
    firstSeen: NOW - ROUNDS * 60_000,
    lastSeen: NOW,
    summary: { snapshotCount: ROUNDS, latest: read(ROUNDS - 1), previous: read(ROUNDS - 2), followers: null },
  };
}

const posts = Array.from({ length: POSTS }, (_, i) => stored(i));
const rows: PostRow[] = posts.map((p) => rowOf(p, 'auto'));
fillOutliers(rows);
const authors = [...new Set(rows.flatMap((r) => (r.authorKey === null ? [] : [r.authorKey])))];
const period = lastDays(30, NOW);
const inPeriod = rows.filter((r) => r.date >= period.start && r.date < period.end);
const texts = rows.map((r) => r.text);

type Pair = [name: string, before: () => unknown, after: () => unknown];
const pairs: Pair[] = [
  [
    'rowOf × 10,020',
    () => posts.map((p) => oldRows.rowOf(p, 'auto')),
    () => posts.map((p) => rowOf(p, 'auto')),
  ],
  ['fillOutliers', () => oldRows.fillOutliers(rows), () => fillOutliers(rows)],
  [
    'buildOverview (30 days)',
    () => oldOverview.buildOverview({ rows, followers: [], authors, period, now: NOW }),
    () => buildOverview({ rows, followers: [], authors, period, now: NOW }),
  ],
  [
    'topPosts × 3',
    () => ['er', 'velocity', 'outlier'].map((by) => oldOverview.topPosts(inPeriod, by as 'er')),
    () => ['er', 'velocity', 'outlier'].map((by) => topPosts(inPeriod, by as 'er')),
  ],
  ['buildTopicReport', () => oldTopics.buildTopicReport(rows), () => buildTopicReport(rows)],
  ['extractTags × 10,020', () => texts.map(oldTopics.extractTags), () => texts.map(extractTags)],
];

function time(run: () => unknown): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

console.log(
  `${POSTS} rows, ${AUTHORS} authors; median of ${RUNS} runs (after ${WARMUP} warm-up), node ${process.version}`,
);
for (const [name, before, after] of pairs) {
  for (let i = 0; i < WARMUP; i++) time(i % 2 ? before : after);
  const b: number[] = [];
  const a: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    b.push(time(before));
    a.push(time(after));
  }
  const mb = median(b);
  const ma = median(a);
  console.log(
    `${name.padEnd(26)} before ${mb.toFixed(2).padStart(7)} ms   after ${ma.toFixed(2).padStart(7)} ms   ×${(mb / ma).toFixed(2)}`,
  );
}
