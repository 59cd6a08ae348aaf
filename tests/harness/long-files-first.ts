import type { TestSpecification } from 'vitest/node';
import { BaseSequencer } from 'vitest/node';

/**
 * Test files known to run far longer than the rest, longest first: what a fresh clone's CI run
 * measured (test-results.json of the run at 25f5501, seconds in brackets).
 */
export const LONG_FILES: readonly string[] = [
  'tests/e2e-firefox/platforms.test.ts', // (80)
  'tests/e2e/platforms.test.ts', // (75)
  'tests/e2e/reliability-quota.test.ts', // (40)
  'tests/unit/reliability/adapter-fuzz.test.ts', // (38)
  'tests/e2e/reliability-handoff.test.ts', // (23)
  'tests/e2e/languages.test.ts', // (15)
  'tests/e2e/journeys-export-import.test.ts', // (14)
  'tests/unit/reliability/import-faults.test.ts', // (13)
  'tests/e2e-firefox/privacy-zero-requests.test.ts', // (11)
];

function rank(path: string): number {
  const i = LONG_FILES.findIndex((f) => path.endsWith(`/${f}`) || path === f);
  return i < 0 ? LONG_FILES.length : i;
}

/**
 * The order files start in, within each group of files that run together: the long files first,
 * the rest as vitest orders them. A clean clone has no results cache, so vitest starts the
 * largest files first, and the platform suites (small files: one table of the ten platforms) started
 * last: the Chromium one ran alone for its last 55 s, the other worker idle, the Firefox one for
 * 27 s. With a cache (a developer's machine) vitest's order by last duration starts them early
 * anyway; this list puts them first either way.
 */
export function longFilesFirst<T>(files: readonly T[], path: (f: T) => string, group: (f: T) => string): T[] {
  const position = new Map(files.map((f, i) => [f, i]));
  const firstOfGroup = new Map<string, number>();
  for (const [f, i] of position) if (!firstOfGroup.has(group(f))) firstOfGroup.set(group(f), i);
  return [...files].sort(
    (a, b) =>
      (firstOfGroup.get(group(a)) ?? 0) - (firstOfGroup.get(group(b)) ?? 0) ||
      rank(path(a)) - rank(path(b)) ||
      (position.get(a) ?? 0) - (position.get(b) ?? 0),
  );
}

export default class LongFilesFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return longFilesFirst(
      sorted,
      (f) => f.moduleId,
      (f) => `${f.project.config.sequence.groupOrder}:${f.project.name}`,
    );
  }
}
