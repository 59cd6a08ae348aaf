// @vitest-environment node

// The bench's JSON report (tests/bench/report.ts): its shape, its ids, and what it refuses.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildReport,
  FIGURE_IDS,
  type Figure,
  figureOf,
  isKnownId,
  OTHER_IDS,
  type RunMeta,
  writeReport,
} from '../../bench/report';

const META: RunMeta = {
  date: '2026-01-02T03:04:05.000Z',
  durationSeconds: 42,
  only: ['read'],
  quick: false,
  commit: 'abc123',
  dirty: false,
  machine: {
    nproc: 2,
    cpuModel: 'Test CPU',
    memBytes: 24 * 1024 ** 3,
    platform: 'linux',
    arch: 'x64',
    loadStart: [0.5, 0.4, 0.3],
    loadEnd: [1, 0.9, 0.8],
  },
  chromium: 'Chromium 1.2.3.4 (headless)',
  node: 'v20.0.0',
};

const fig = (id: string, runs: number[] = [1, 3, 2]): Figure =>
  figureOf(
    { id, label: `the ${id} figure`, unit: 'ms', budget: { op: '<=', limit: 2, text: '≤ 2 ms' }, pass: true },
    runs,
  );

describe('bench report: ids', () => {
  it('keeps the ids the performance issue tracks, spelled and ordered as it lists them', () => {
    // Changing this list breaks every script and comparison that reads the reports: don't,
    // add new ids instead.
    expect(FIGURE_IDS).toEqual([
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
    ]);
  });

  it('knows every listed id and each content script’s, and nothing else', () => {
    for (const id of [...FIGURE_IDS, ...OTHER_IDS]) expect(isKnownId(id)).toBe(true);
    expect(isKnownId('size.content.youtube.kb')).toBe(true);
    expect(isKnownId('read.mastodon.ratio')).toBe(false);
    expect(isKnownId('scroll.100')).toBe(false);
    expect(isKnownId('')).toBe(false);
  });

  it('names no id twice between the two lists', () => {
    const all = [...FIGURE_IDS, ...OTHER_IDS];
    expect(new Set(all).size).toBe(all.length);
  });

  it('every id is explained in docs/performance.md', () => {
    const doc = readFileSync(join(process.cwd(), 'docs/performance.md'), 'utf8');
    for (const id of [...FIGURE_IDS, ...OTHER_IDS, 'size.content.<id>.kb'])
      expect(doc).toContain(`\`${id}\``);
  });
});

describe('bench report: figures', () => {
  it('takes the median as the value and the runs’ extremes as the spread', () => {
    expect(fig('popup.ms', [5, 1, 4, 2, 3])).toMatchObject({ value: 3, min: 1, max: 5, runs: 5 });
    expect(fig('popup.ms', [4, 1, 2, 3])).toMatchObject({ value: 2.5, min: 1, max: 4, runs: 4 });
  });

  it('gives a single run as value, min and max alike', () => {
    expect(fig('storage.ratio', [16.123456789])).toMatchObject({
      value: 16.1235,
      min: 16.1235,
      max: 16.1235,
      runs: 1,
    });
  });

  it('writes null, not NaN, when no run gave a number', () => {
    expect(fig('popup.ms', [])).toMatchObject({ value: null, min: null, max: null, runs: 0 });
    expect(fig('popup.ms', [Number.NaN, 2])).toMatchObject({ value: 2, min: 2, max: 2, runs: 2 });
  });
});

describe('bench report: the file', () => {
  it('has the documented shape: run metadata at the top, one entry per figure', () => {
    const report = buildReport([fig('read.x.ratio'), fig('read.x.ms')], META);
    expect(Object.keys(report).sort()).toEqual(
      [
        'version',
        'date',
        'durationSeconds',
        'only',
        'quick',
        'commit',
        'dirty',
        'machine',
        'chromium',
        'node',
        'figures',
        'details',
      ].sort(),
    );
    expect(report.machine).toMatchObject({ nproc: 2, cpuModel: 'Test CPU', memBytes: 24 * 1024 ** 3 });
    expect(report.figures.map((f) => f.id)).toEqual(['read.x.ratio', 'read.x.ms']);
    for (const f of report.figures) {
      expect(Object.keys(f).sort()).toEqual(
        ['id', 'label', 'value', 'unit', 'min', 'max', 'runs', 'budget', 'pass'].sort(),
      );
    }
  });

  it('refuses a repeated id', () => {
    expect(() => buildReport([fig('popup.ms'), fig('scroll.100.ms'), fig('popup.ms')], META)).toThrow(
      /"popup.ms" appears twice/,
    );
  });

  it('refuses an id it does not know, so ids cannot drift unnoticed', () => {
    expect(() => buildReport([fig('popup.time')], META)).toThrow(/unknown figure id "popup.time"/);
  });

  it('refuses an unknown unit and a non-finite number', () => {
    expect(() => buildReport([{ ...fig('popup.ms'), unit: 'seconds' as Figure['unit'] }], META)).toThrow(
      /unknown unit/,
    );
    expect(() => buildReport([{ ...fig('popup.ms'), max: Number.POSITIVE_INFINITY }], META)).toThrow(
      /popup.ms.max is Infinity/,
    );
  });

  it('writes JSON that reads back the same, creating the folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'postlens-report-'));
    try {
      const report = buildReport([fig('idle.callbacks', [0])], META, { note: 1 });
      const file = join(dir, 'nested', 'bench.json');
      writeReport(file, report);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(report);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
