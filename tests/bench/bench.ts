// `npm run bench`: what PostLens costs, measured in headless Chromium with the built extension,
// printed as one table of figures against their budgets. docs/performance.md explains each one.
//   npm run bench                      every figure (7-8 minutes on 2 cores; storage is 3 of them)
//   npm run bench -- --only read,size  some figures: read, scroll, memory (with idle), storage
//                                      (with the dashboard and popup), size (with its bundle
//                                      report: each content script's modules by gzipped weight)
//   npm run bench -- --quick           storage and dashboard with a tenth of the data (10,000
//                                      snapshots): for trying the bench out, not for the record
//   npm run bench -- --json FILE       also writes every figure with a stable id, its median and
//                                      spread, budget and result, and the run's machine (report.ts)
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { assertExtensionBuilt } from '../harness/browser';
import { ChromiumNotFoundError, findChromium } from '../harness/chromium-path';
import { startSession } from '../harness/session';
import { type BenchContext, createContext } from './context';
import { memoryAndIdle } from './fig-memory';
import { pagesAndStorage } from './fig-pages-storage';
import { readCost } from './fig-read';
import { scrollCost } from './fig-scroll';
import { bundleReport, sizes } from './fig-size';
import { QUICK_STORAGE_PLAN, STORAGE_PLAN } from './fig-storage';
import { BENCH_PLATFORMS } from './lab/platforms';
import { describeMachine, gitState, loadAverages, type MachineFacts } from './machine';
import { buildReport, writeReport } from './report';
import { type BenchRow, formatTable } from './table';

const FIGURES = ['read', 'scroll', 'memory', 'storage', 'size'] as const;
type Figure = (typeof FIGURES)[number];

function fail(message: string): never {
  console.error(`\nPostLens bench: ${message}\n`);
  process.exit(1);
}

/** Where --json writes, checked before the run: a path relative to where npm was started. */
function jsonTarget(file: string): string {
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  mkdirSync(dirname(path), { recursive: true });
  accessSync(dirname(path), constants.W_OK);
  if (existsSync(path)) accessSync(path, constants.W_OK);
  return path;
}

async function main(): Promise<void> {
  let only: Set<Figure>;
  let quick = false;
  let json: string | null = null;
  try {
    const { values } = parseArgs({
      options: { only: { type: 'string' }, quick: { type: 'boolean' }, json: { type: 'string' } },
    });
    quick = values.quick ?? false;
    const asked = values.only?.split(',').map((s) => s.trim()) ?? [...FIGURES];
    const unknown = asked.filter((f) => !(FIGURES as readonly string[]).includes(f));
    if (unknown.length > 0)
      throw new Error(`unknown figure ${unknown.join(', ')}; figures: ${FIGURES.join(', ')}`);
    only = new Set(asked as Figure[]);
    if (values.json !== undefined) json = jsonTarget(values.json);
  } catch (e) {
    fail((e as Error).message);
  }
  try {
    findChromium();
    assertExtensionBuilt();
  } catch (e) {
    fail(e instanceof ChromiumNotFoundError ? e.message : (e as Error).message);
  }
  const started = new Date();
  const log = (m: string) => console.log(m);
  const rows: BenchRow[] = [];
  const details: Record<string, unknown> = {};
  const session = await startSession({
    // Nothing answers image requests here; not making them keeps a 5,000-post page from sending
    // 15,000 requests to the local server while it loads (the same for every figure).
    launch: { handleSignals: false, extraArgs: ['--blink-settings=imagesEnabled=false'] },
  });
  let machine: MachineFacts;
  try {
    machine = await describeMachine(session);
    log(`PostLens bench on ${machine.line}\n`);
    if (only.has('size')) {
      rows.push(...sizes(undefined, log));
      details.bundles = await bundleReport(undefined, log);
      log('');
    }
    // The feeds (read from the saved pages in the browser) are for the page figures only.
    const pageFigures = FIGURES.some((f) => f !== 'size' && only.has(f));
    if (pageFigures) {
      const bench: BenchContext = await createContext(session, log);
      if (only.has('read')) rows.push(...(await readCost(bench, [...BENCH_PLATFORMS])));
      if (only.has('scroll')) rows.push(...(await scrollCost(bench, 'x')));
      if (only.has('memory')) rows.push(...(await memoryAndIdle(bench, 'x')));
      if (only.has('storage')) {
        rows.push(...(await pagesAndStorage(bench, quick ? QUICK_STORAGE_PLAN : STORAGE_PLAN)));
      }
    }
  } finally {
    await session.close();
  }
  const order = (r: BenchRow) => Number.parseInt(r.figure, 10);
  rows.sort((a, b) => order(a) - order(b));
  console.log(`\n${formatTable(rows)}\n`);
  const failed = rows.filter((r) => r.pass === false);
  console.log(
    `${rows.length - failed.length} of ${rows.length} figures within budget (or reported only); ${failed.length} over budget.`,
  );
  const seconds = (Date.now() - started.getTime()) / 1000;
  console.log(`Ran in ${seconds.toFixed(0)} s; load average at the end: ${loadAverages().join(' ')}.`);
  if (json) {
    const report = buildReport(
      rows.flatMap((r) => r.json),
      {
        date: started.toISOString(),
        durationSeconds: Math.round(seconds),
        only: FIGURES.filter((f) => only.has(f)),
        quick,
        ...gitState(),
        machine: { ...machine.machine, loadEnd: loadAverages() },
        chromium: machine.chromium,
        node: machine.node,
      },
      details,
    );
    writeReport(json, report);
    console.log(`Wrote ${report.figures.length} figures to ${json}.`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
