// Figure 3, idle: a loaded page traced for 10 s while nothing happens on it. Every task in which
// the content script's JavaScript runs is one callback (a timer, an idle callback, an animation
// frame, an observer, a message); the budget is none.
import type { Attribution } from './attribute';
import { waitQuiet } from './cdp';
import { type OpenFeed, SETTLE_MS } from './feed-page';
import { figureOf } from './report';
import { ms } from './stats';
import type { BenchRow } from './table';
import { rendererMain, type Task, tasksOf, traceDuring } from './trace';

const IDLE_MS = 10_000;

export interface IdleResult {
  callbacks: number;
  scriptMs: number;
  /** What kinds of task ran our code ("TimerFire", "FireIdleCallback"…), with counts. */
  kinds: Record<string, number>;
  row(page: string): BenchRow;
}

const KINDS = ['TimerFire', 'FireIdleCallback', 'FireAnimationFrame', 'EventDispatch', 'v8.callFunction'];

function kindOf(task: Task): string {
  return KINDS.find((k) => task.inner.some((e) => e.name === k)) ?? 'other';
}

export async function idleCallbacks(open: OpenFeed, who: Attribution): Promise<IdleResult> {
  // Answers to readings sent before still arrive for a while on a big page; idle starts after.
  await waitQuiet(open.cdp, 2 * SETTLE_MS, 180_000);
  const events = await traceDuring(open.cdp, () => new Promise((r) => setTimeout(r, IDLE_MS)));
  const ours = tasksOf(rendererMain(events, open.frameId)).filter((t) => t.inner.some(who.isOurs));
  const kinds: Record<string, number> = {};
  for (const t of ours) kinds[kindOf(t)] = (kinds[kindOf(t)] ?? 0) + 1;
  const scriptMs = ours.reduce((s, t) => s + (t.event.dur ?? 0) / 1000, 0);
  return {
    callbacks: ours.length,
    scriptMs,
    kinds,
    row: (page) => ({
      figure: `3. Idle ${IDLE_MS / 1000} s on a page of ${page}`,
      measured: `${ours.length} callbacks, ${ms(scriptMs)}${ours.length ? ` (${JSON.stringify(kinds)})` : ''}`,
      budget: '0 timers, 0 callbacks',
      baseline: '—',
      ratio: '—',
      pass: ours.length === 0,
      json: [
        figureOf(
          {
            id: 'idle.callbacks',
            label: `3. Idle ${IDLE_MS / 1000} s on a page of ${page}`,
            unit: 'count',
            budget: { op: '<=', limit: 0, text: '0 timers, 0 callbacks' },
            pass: ours.length === 0,
          },
          [ours.length],
        ),
      ],
    }),
  };
}
