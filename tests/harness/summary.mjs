// Prints the one plain line CI reads, from vitest's JSON report, and exits non-zero on any
// failure, on a missing report, or when no test ran. Every skipped test is named first, with its
// reason (a test that skips itself keeps it in meta.skipReason). Usage: summary.mjs report.json [extraFailed]
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';

const [file = 'test-results.json', extra = '0'] = process.argv.slice(2);
const extraFailed = Number(extra) || 0;
if (!existsSync(file)) {
  console.log(`no test report at ${file}: the test run did not finish`);
  console.log(`tests: 0 passed, ${1 + extraFailed} failed`);
  process.exit(1);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
const passed = report.numPassedTests ?? 0;
// A file that failed without a failed test inside (it did not load, or its beforeAll threw and
// vitest marked its tests skipped) counts as one failure: its tests never ran.
const failedSuites = (report.testResults ?? []).filter(
  (r) => r.status === 'failed' && !(r.assertionResults ?? []).some((a) => a.status === 'failed'),
).length;
const failed = (report.numFailedTests ?? 0) + failedSuites + extraFailed;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
for (const r of report.testResults ?? []) {
  const path = relative(process.cwd(), r.name ?? '');
  const notRun = (r.assertionResults ?? []).filter((a) => a.status !== 'passed' && a.status !== 'failed');
  if (notRun.length === 0) continue;
  if (r.status === 'failed' && !(r.assertionResults ?? []).some((a) => a.status === 'failed')) {
    console.log(`skipped: ${notRun.length} tests of ${path}: the file failed before they ran`);
    continue;
  }
  for (const a of notRun) {
    const why = a.meta?.skipReason ?? (a.status === 'todo' ? 'todo' : 'no reason given');
    console.log(`skipped: ${path} > ${a.fullName}: ${why}`);
  }
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
