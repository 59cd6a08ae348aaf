// Chromium traces over the DevTools protocol, and the page's main-thread events in them. The bench
// reads what the content script did from these: its JavaScript runs as `v8.callFunction` in the
// isolated world named after the extension, or as `FunctionCall` from its script file.
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  /** Microseconds. */
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    worldName?: string;
    data?: { url?: string; frame?: string; frames?: Array<{ frame: string; processId: number }> };
    [k: string]: unknown;
  };
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'toplevel',
  'v8',
  ...(process.env.BLINK ? ['blink'] : []),
];

/** Records a trace around `run`; returns its events. */
export async function traceDuring(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
  });
  try {
    await run();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
  }
  return events;
}

/** Complete events of the main thread of the renderer showing `frameId`, oldest first. */
export function rendererMain(events: readonly TraceEvent[], frameId: string): TraceEvent[] {
  const started = events.find((e) => e.name === 'TracingStartedInBrowser');
  const pid = started?.args?.data?.frames?.find((f) => f.frame === frameId)?.processId;
  if (pid === undefined) throw new Error(`the trace does not say which process shows frame ${frameId}`);
  const main = events.find(
    (e) => e.pid === pid && e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  if (!main) throw new Error(`no CrRendererMain thread in process ${pid}`);
  return events
    .filter((e) => e.pid === pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
}

const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);

export interface Task {
  event: TraceEvent;
  /** Every event inside the task, the task's own event excluded, oldest first. */
  inner: TraceEvent[];
}

/** The main thread's top-level tasks, each with the events inside it. */
export function tasksOf(main: readonly TraceEvent[]): Task[] {
  const tasks: Task[] = [];
  let current: Task | null = null;
  for (const e of main) {
    if (current && e.ts < end(current.event)) {
      current.inner.push(e);
      continue;
    }
    if (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') {
      current = { event: e, inner: [] };
      tasks.push(current);
    } else {
      current = null;
    }
  }
  return tasks;
}

/** Total length of the union of the events' intervals, in milliseconds. */
export function unionMs(events: readonly TraceEvent[]): number {
  const sorted = [...events].sort((a, b) => a.ts - b.ts);
  let total = 0;
  let from = -1;
  let to = -1;
  for (const e of sorted) {
    if (e.ts > to) {
      total += to - from;
      from = e.ts;
      to = end(e);
    } else to = Math.max(to, end(e));
  }
  total += to - from;
  return total / 1000;
}
