// The Overview's and Insights' pure computations, timed in node on rows shaped like the bench's
// (tests/bench/lab/storage.ts reading(): 10,020 posts of 500 authors a minute apart over the last
// week, each with two hashtags and a mention, ten readings each so every one has a velocity),
// called as tests/bench/lab/insights-compute.ts calls them. Each figure is printed for the
// implementation before the faster one (kept in tests/unit/*/reference as the property tests'
// oracle) and for the current one:
// - cold: the first call in a fresh node process, as a dashboard load runs them (once, mostly
//   before the JIT has optimized them), median of COLD fresh processes;
// - warm: median of RUNS calls after WARMUP, before and after alternately in one process.
// A measuring script, not a test: it asserts nothing. Run: npx tsx tests/bench/insights-cpu.ts
// (RUNS, COLD and ONLY in the environment change the counts and pick figures by name).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PostRow } from '../../lib/queries/rows';
import type { StoredPost, SummaryReading } from '../../lib/records';
import { median } from './stats';

const POSTS = 10_020;
const AUTHORS = 500;
const ROUNDS = 10;
const RUNS = Number(process.env.RUNS ?? 21);
const WARMUP = 5;
const COLD = Number(process.env.COLD ?? 7);
const NOW = Date.UTC(2025, 0, 8);
/** Only the figures whose name matches (ONLY=topic times the topic report and extractTags). */
const ONLY = new RegExp(process.env.ONLY ?? '', 'i');
const NAMES = [
  'rowOf × 10,020',
  'fillOutliers',
  'buildOverview (30 days)',
  'topPosts × 3',
  'buildTopicReport',
  'extractTags × 10,020',
] as const;
type Which = 'before' | 'after';

/**
 * tsx compiles with esbuild's keepNames, which wraps every closure made at run time in a __name
 * call (an Object.defineProperty each): that would time closures far slower than the extension's
 * build runs them. So this file bundles itself as the extension is built (esbuild, no keepNames)
 * and runs the bundle, in which INSIGHTS_CPU_BUNDLED is 'yes' (see the end of the file).
 */
async function bundleAndRun() {
  const { build } = await import('esbuild');
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const out = await build({
    entryPoints: [fileURLToPath(import.meta.url)],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    define: { 'process.env.INSIGHTS_CPU_BUNDLED': '"yes"' },
    alias: { '@': root },
    logLevel: 'silent',
    plugins: [
      {
        // lib/ reaches WXT's `#imports` (settings kept in extension storage) through lib/queries'
        // index; nothing timed here touches storage, so its items are stand-ins that read nothing.
        name: 'wxt-imports-stand-in',
        setup(b) {
          b.onResolve({ filter: /^#imports$/ }, () => ({ path: 'imports', namespace: 'stand-in' }));
          b.onLoad({ filter: /.*/, namespace: 'stand-in' }, () => ({
            contents:
              'const item = new Proxy({}, { get: () => () => Promise.resolve(null) });\n' +
              'export const storage = new Proxy({}, { get: () => () => item });',
          }));
        },
      },
    ],
  });
  const dir = mkdtempSync(join(tmpdir(), 'insights-cpu-'));
  const file = join(dir, 'bundle.mjs');
  writeFileSync(file, out.outputFiles[0]!.text);
  const run = (env: Record<string, string>) =>
    execFileSync(process.execPath, [file], { env: { ...process.env, ...env }, encoding: 'utf8' });
  try {
    console.log(`${POSTS} rows, ${AUTHORS} authors, node ${process.version}`);
    console.log(`cold: first call in a fresh process, median of ${COLD} processes each`);
    for (const [i, name] of NAMES.entries()) {
      if (!ONLY.test(name)) continue;
      // Before and after alternately, so a busier moment of the machine weighs on both alike.
      const times: Record<Which, number[]> = { before: [], after: [] };
      for (let r = 0; r < COLD; r++)
        for (const which of ['before', 'after'] as const)
          times[which].push(Number(run({ INSIGHTS_CPU_COLD: `${i}:${which}` })));
      console.log(line(name, median(times.before), median(times.after)));
    }
    process.stdout.write(run({ INSIGHTS_CPU_WARM: 'yes' }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const line = (name: string, before: number, after: number) =>
  `${name.padEnd(26)} before ${before.toFixed(2).padStart(7)} ms   after ${after.toFixed(2).padStart(7)} ms   ×${(before / after).toFixed(2)}`;

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

/**
 * Each timed call, before and after, on the same inputs. The rows the later ones read are built
 * by the implementation not being timed (`builtBy`), so a cold run's rowOf and fillOutliers are
 * really cold; both give the same rows (tests/unit/queries/rows-same-output.test.ts).
 */
async function calls(builtBy: Which) {
  const lib = {
    ...(await import('../../lib/insights')),
    ...(await import('../../lib/queries/rows')),
  };
  const old = {
    ...(await import('../unit/insights/reference/overview-before')),
    ...(await import('../unit/insights/reference/topics-before')),
    ...(await import('../unit/queries/reference/rows-before')),
  };
  const build = builtBy === 'before' ? old : lib;
  // Cloned as IndexedDB hands records over (structured clone): flat strings, where the template
  // literals built ropes that the first regular expression to read one would flatten first.
  const posts = structuredClone(Array.from({ length: POSTS }, (_, i) => stored(i)));
  const rows: PostRow[] = posts.map((p) => build.rowOf(p, 'auto'));
  build.fillOutliers(rows);
  const authors = [...new Set(rows.flatMap((r) => (r.authorKey === null ? [] : [r.authorKey])))];
  const period = lib.lastDays(30, NOW);
  const inPeriod = rows.filter((r) => r.date >= period.start && r.date < period.end);
  const texts = rows.map((r) => r.text);
  const by = ['er', 'velocity', 'outlier'] as const;
  const of = (f: typeof lib | typeof old): Array<() => unknown> => [
    () => posts.map((p) => f.rowOf(p, 'auto')),
    () => f.fillOutliers(rows),
    () => f.buildOverview({ rows, followers: [], authors, period, now: NOW }),
    () => by.map((b) => f.topPosts(inPeriod, b)),
    () => f.buildTopicReport(rows),
    () => texts.map((t) => f.extractTags(t)),
  ];
  return { before: of(old), after: of(lib) };
}

function time(run: () => unknown): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

/** In a fresh process: the first call of one function, printed for the parent. */
async function coldOne(spec: string) {
  const [i, which] = spec.split(':') as [string, Which];
  const all = await calls(which === 'before' ? 'after' : 'before');
  process.stdout.write(String(time(all[which][Number(i)]!)));
}

async function warm() {
  const { before, after } = await calls('after');
  console.log(`warm: median of ${RUNS} calls after ${WARMUP} warm-up, before and after alternately`);
  for (const [i, name] of NAMES.entries()) {
    if (!ONLY.test(name)) continue;
    for (let w = 0; w < WARMUP; w++) time(w % 2 ? before[i]! : after[i]!);
    const b: number[] = [];
    const a: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      b.push(time(before[i]!));
      a.push(time(after[i]!));
    }
    console.log(line(name, median(b), median(a)));
  }
}

if (process.env.INSIGHTS_CPU_BUNDLED !== 'yes') await bundleAndRun();
else if (process.env.INSIGHTS_CPU_COLD) await coldOne(process.env.INSIGHTS_CPU_COLD);
else await warm();
