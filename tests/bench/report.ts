// `npm run bench -- --json FILE`: every figure of the run with a stable id, for scripts and for
// comparing runs. Pure (no browser, no file system but `writeReport`), so unit tests can check
// the shape, the ids and the refusals (tests/unit/bench/report.test.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Bump when a field changes meaning or goes away (adding fields or figures does not). */
export const REPORT_VERSION = 1;

/** The figures the performance issue tracks, in the order the bench prints them. */
export const FIGURE_IDS = [
  'read.x.ratio',
  'read.reddit.ratio',
  'read.linkedin.ratio',
  'read.instagram.ratio',
  'read.youtube.ratio',
  'scroll.100.ms',
  'scroll.1000.ms',
  'scroll.5000.ms',
  'idle.callbacks',
  'storage.ratio',
  'dashboard.10k.ms',
  'dashboard.20.ms',
  'popup.ms',
  'size.content.max.kb',
  'memory.heap.mb',
  'memory.leaked.posts',
] as const;

const READ_PLATFORMS = ['x', 'reddit', 'linkedin', 'instagram', 'youtube'];

/** The other rows of the table, and the two times behind each ratio. */
export const OTHER_IDS: readonly string[] = [
  ...READ_PLATFORMS.flatMap((p) => [`read.${p}.ms`, `read.${p}.baseline.ms`]),
  'storage.ms',
  'storage.bulk.ms',
  'dashboard.query.ms',
  // What the background answers a tab asking about its 20 posts (the badges' history and medians).
  'knowledge.20.ms',
  // The dashboard timed right after the storage figure's writes, before the browser is at rest.
  'dashboard.10k.burst.ms',
  'popup.20.ms',
  // The popup's page with its script and style sheet refused: what the page costs before PostLens.
  'popup.floor.ms',
  // The Overview and Insights views (issue 20), against the dashboard's budget, and their builders.
  'overview.10k.ms',
  'overview.20.ms',
  'insights.10k.ms',
  'insights.20.ms',
  'overview.compute.ms',
  'heatmap.compute.ms',
  'hashtags.compute.ms',
  'size.popup.kb',
  'size.dashboard.kb',
  'size.options.kb',
  'size.background.kb',
];

/** One per content script: `size.content.<entrypoint>.kb` (x, reddit, …). */
const CONTENT_SCRIPT_ID = /^size\.content\.[a-z0-9-]+\.kb$/;

export function isKnownId(id: string): boolean {
  return (
    (FIGURE_IDS as readonly string[]).includes(id) || OTHER_IDS.includes(id) || CONTENT_SCRIPT_ID.test(id)
  );
}

export type Unit = 'ratio' | 'ms' | 'count' | 'KB' | 'MB' | 'posts';

export interface Budget {
  /** The figure passes when `value op limit` (and whatever `text` adds, e.g. scroll's flatness). */
  op: '<' | '<=';
  limit: number;
  /** As the table prints it. */
  text: string;
}

export interface Figure {
  id: string;
  /** What the table calls it. */
  label: string;
  /** The median of the runs (the one run where there is one); null when it could not be computed. */
  value: number | null;
  unit: Unit;
  /** The spread of the same runs; equal to value when runs is 1. */
  min: number | null;
  max: number | null;
  runs: number;
  budget: Budget | null;
  /** null: reported only (no budget of its own). */
  pass: boolean | null;
}

export interface Machine {
  /** Processors this process may use (what `nproc` prints). */
  nproc: number;
  cpuModel: string;
  memBytes: number;
  platform: string;
  arch: string;
  /** 1, 5 and 15 minute load averages when the run started and when it ended. */
  loadStart: number[];
  loadEnd: number[];
}

export interface RunMeta {
  /** ISO 8601, when the run started. */
  date: string;
  durationSeconds: number;
  /** The command-line options that shape the figures. */
  only: string[];
  quick: boolean;
  /** `git rev-parse HEAD`, and whether the work tree had changes (null outside a repository). */
  commit: string | null;
  dirty: boolean | null;
  machine: Machine;
  chromium: string;
  node: string;
}

export interface Report extends RunMeta {
  version: number;
  figures: Figure[];
  /** Anything else a figure reports in detail (the size figure's per-module report). */
  details: Record<string, unknown>;
}

const UNITS: readonly Unit[] = ['ratio', 'ms', 'count', 'KB', 'MB', 'posts'];

/** Rounds for the file: 4 decimals say more than any figure's precision. */
const round = (v: number | null): number | null =>
  v === null || !Number.isFinite(v) ? null : Number(v.toFixed(4));

/** A figure from its runs: value the median, min and max their spread. */
export function figureOf(
  fields: Omit<Figure, 'value' | 'min' | 'max' | 'runs'>,
  runs: readonly number[],
): Figure {
  const finite = runs.filter(Number.isFinite);
  const sorted = [...finite].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median =
    sorted.length === 0 ? null : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  // Written in the order a reader wants them: what, how much, how spread, against what.
  return {
    id: fields.id,
    label: fields.label,
    value: round(median),
    unit: fields.unit,
    min: round(sorted[0] ?? null),
    max: round(sorted.at(-1) ?? null),
    runs: runs.length,
    budget: fields.budget,
    pass: fields.pass,
  };
}

/** Checks every figure and builds the report; throws on an unknown or repeated id or a bad unit. */
export function buildReport(
  figures: readonly Figure[],
  meta: RunMeta,
  details: Record<string, unknown> = {},
): Report {
  const seen = new Set<string>();
  for (const f of figures) {
    if (!isKnownId(f.id)) {
      throw new Error(
        `bench report: unknown figure id "${f.id}"; add it to tests/bench/report.ts and docs/performance.md`,
      );
    }
    if (seen.has(f.id)) throw new Error(`bench report: figure id "${f.id}" appears twice`);
    seen.add(f.id);
    if (!UNITS.includes(f.unit)) throw new Error(`bench report: ${f.id} has unknown unit "${f.unit}"`);
    for (const k of ['value', 'min', 'max'] as const) {
      const v = f[k];
      if (v !== null && !Number.isFinite(v)) throw new Error(`bench report: ${f.id}.${k} is ${v}`);
    }
  }
  return { version: REPORT_VERSION, ...meta, figures: figures.map((f) => ({ ...f })), details };
}

export function writeReport(file: string, report: Report): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}
