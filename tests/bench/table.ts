// The one table `npm run bench` prints: each figure, what was measured, its budget, the baseline
// measured in the same run (where the figure has one), the ratio, and whether the budget holds.
import type { Figure } from './report';

export interface BenchRow {
  figure: string;
  measured: string;
  budget: string;
  baseline: string;
  ratio: string;
  /** null: reported only, no budget of its own. */
  pass: boolean | null;
  /** What `--json` writes for this row (report.ts): its own figure first, then any of its parts. */
  json: Figure[];
}

const HEADERS = ['Figure', 'Measured', 'Budget', 'Baseline', 'Ratio', 'Result'] as const;

const verdict = (pass: boolean | null) => (pass === null ? 'info' : pass ? 'PASS' : 'FAIL');

export function formatTable(rows: readonly BenchRow[]): string {
  const cells = rows.map((r) => [r.figure, r.measured, r.budget, r.baseline, r.ratio, verdict(r.pass)]);
  const widths = HEADERS.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) => `| ${c.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(HEADERS), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join(
    '\n',
  );
}
