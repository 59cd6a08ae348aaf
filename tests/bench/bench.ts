// `npm run bench`: what PostLens costs, measured in headless Chromium with the built extension,
// printed as one table of figures against their budgets. docs/performance.md explains each one.
//   npm run bench                      every figure (7-8 minutes on 2 cores; storage is 3 of them)
//   npm run bench -- --only read,size  some figures: read, scroll, memory (with idle), storage
//                                      (with the dashboard and popup), size
//   npm run bench -- --quick           storage and dashboard with a tenth of the data (10,000
//                                      snapshots): for trying the bench out, not for the record
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { assertExtensionBuilt } from '../harness/browser';
import { ChromiumNotFoundError, findChromium } from '../harness/chromium-path';
import { startSession } from '../harness/session';
import { type BenchContext, createContext } from './context';
import { memoryAndIdle } from './fig-memory';
import { pagesAndStorage } from './fig-pages-storage';
import { readCost } from './fig-read';
import { scrollCost } from './fig-scroll';
import { sizes } from './fig-size';
import { QUICK_STORAGE_PLAN, STORAGE_PLAN } from './fig-storage';
import { describeMachine } from './machine';
import { type BenchRow, formatTable } from './table';

const FIGURES = ['read', 'scroll', 'memory', 'storage', 'size'] as const;
type Figure = (typeof FIGURES)[number];

function fail(message: string): never {
  console.error(`\nPostLens bench: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let only: Set<Figure>;
  let quick = false;
  try {
    const { values } = parseArgs({ options: { only: { type: 'string' }, quick: { type: 'boolean' } } });
    quick = values.quick ?? false;
    const asked = values.only?.split(',').map((s) => s.trim()) ?? [...FIGURES];
    const unknown = asked.filter((f) => !(FIGURES as readonly string[]).includes(f));
    if (unknown.length > 0)
      throw new Error(`unknown figure ${unknown.join(', ')}; figures: ${FIGURES.join(', ')}`);
    only = new Set(asked as Figure[]);
  } catch (e) {
    fail((e as Error).message);
  }
  try {
    findChromium();
    assertExtensionBuilt();
  } catch (e) {
    fail(e instanceof ChromiumNotFoundError ? e.message : (e as Error).message);
  }
  const started = Date.now();
  const log = (m: string) => console.log(m);
  const rows: BenchRow[] = [];
  const session = await startSession({
    // Nothing answers image requests here; not making them keeps a 5,000-post page from sending
    // 15,000 requests to the local server while it loads (the same for every figure).
    launch: { handleSignals: false, extraArgs: ['--blink-settings=imagesEnabled=false'] },
  });
  let machine = '';
  try {
    machine = await describeMachine(session);
    log(`PostLens bench on ${machine}\n`);
    const bench: BenchContext = await createContext(session, log);
    if (only.has('size')) rows.push(...sizes(undefined, log));
    if (only.has('read')) rows.push(...(await readCost(bench, ['x', 'reddit', 'linkedin'])));
    if (only.has('scroll')) rows.push(...(await scrollCost(bench, 'x')));
    if (only.has('memory')) rows.push(...(await memoryAndIdle(bench, 'x')));
    if (only.has('storage')) {
      rows.push(...(await pagesAndStorage(bench, quick ? QUICK_STORAGE_PLAN : STORAGE_PLAN)));
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
  console.log(
    `Ran in ${((Date.now() - started) / 1000).toFixed(0)} s; load average at the end: ${loadAverage()}.`,
  );
}

const loadAverage = () =>
  loadavg()
    .map((v) => v.toFixed(2))
    .join(' ');

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
