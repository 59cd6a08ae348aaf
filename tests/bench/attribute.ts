// Which main-thread work of a traced window is PostLens's: its content script's JavaScript (the
// mutation callback, the idle-callback flush, message answers; microtasks and forced layouts
// inside them included), and the rendering updates (style, layout, paint) that follow a change it
// made, up to the next frame. Rendering that follows only the page's own changes is the page's.
import { type Task, type TraceEvent, unionMs } from './trace';

export const APPEND_MARK = 'postlens-bench-append';

export interface Work {
  /** The content script's JavaScript, ms. */
  scriptMs: number;
  /** Style, layout and paint of the frames that render the content script's changes (badges), ms. */
  renderMs: number;
  /** The page's own work in the window (its append, its rendering, other tasks), ms. */
  pageMs: number;
  /** How many separate tasks the content script ran in. */
  tasks: number;
}

export interface Attribution {
  /** The content script's JavaScript (by isolated world name or script URL). */
  isOurs(e: TraceEvent): boolean;
}

export function contentScriptJs(worldName: string, scriptUrl: string): Attribution {
  return {
    isOurs: (e) =>
      (e.name === 'v8.callFunction' && e.args?.worldName === worldName) ||
      (e.name === 'FunctionCall' && e.args?.data?.url === scriptUrl),
  };
}

// A frame's rendering work that the DOM's changes cause: style, layout, pre-paint, paint. The rest
// of a frame (intersection and resize observers, animations, the commit) costs the same whatever
// changed, and the page pays it on every frame of its own.
const RENDER_EVENTS = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize']);
const isRender = (e: TraceEvent) => RENDER_EVENTS.has(e.name);
const isFrame = (task: Task) => task.inner.some((e) => isRender(e) || e.name === 'Commit');

/** When the bench appended posts (console.timeStamp(APPEND_MARK) in the append's task). */
export function appendTimes(events: readonly TraceEvent[]): number[] {
  return events
    .filter((e) => e.name === 'TimeStamp' && (e.args?.data as { message?: string })?.message === APPEND_MARK)
    .map((e) => e.ts);
}

/**
 * Splits the window's main-thread time: PostLens's JavaScript, the frames that render its changes
 * (a frame task's whole time, less any of our JavaScript in it, counted once), the page's rest.
 * `marks`: times of the bench's own appends, whose frames are the page's.
 */
export function attribute(tasks: readonly Task[], who: Attribution, marks: readonly number[]): Work {
  const inTask = (t: Task, ts: number) => ts >= t.event.ts && ts <= t.event.ts + (t.event.dur ?? 0);
  const work: Work = { scriptMs: 0, renderMs: 0, pageMs: 0, tasks: 0 };
  // Did PostLens change anything since the last frame? The append's own task (where only its
  // mutation callback runs, reading records) does not count: that frame renders the page's posts.
  let ourChange = false;
  for (const task of tasks) {
    const ours = task.inner.filter(who.isOurs);
    const js = unionMs(ours);
    const rest = Math.max(0, (task.event.dur ?? 0) / 1000 - js);
    if (isFrame(task) && ourChange) {
      const render = unionMs(task.inner.filter(isRender));
      work.renderMs += render;
      work.pageMs += Math.max(0, rest - render);
      ourChange = false;
    } else {
      work.pageMs += rest;
      if (isFrame(task)) ourChange = false;
    }
    if (js > 0) {
      work.scriptMs += js;
      work.tasks++;
      if (!marks.some((m) => inTask(task, m))) ourChange = true;
    }
  }
  return work;
}
