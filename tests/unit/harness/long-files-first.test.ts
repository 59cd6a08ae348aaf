import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { LONG_FILES, longFilesFirst } from '../../harness/long-files-first';

type File = { path: string; group: string };
const order = (files: File[]) =>
  longFilesFirst(
    files,
    (f) => f.path,
    (f) => f.group,
  ).map((f) => `${f.group} ${f.path.replace('/repo/tests/', '')}`);

describe('longFilesFirst', () => {
  it('starts each group with its long files, longest first, and keeps the rest in the order given', () => {
    const files: File[] = [
      { path: '/repo/tests/unit/a.test.ts', group: '0:unit' },
      { path: '/repo/tests/unit/reliability/import-faults.test.ts', group: '0:unit' },
      { path: '/repo/tests/unit/b.test.ts', group: '0:unit' },
      { path: '/repo/tests/unit/reliability/adapter-fuzz.test.ts', group: '0:unit' },
      { path: '/repo/tests/e2e/snapshots.test.ts', group: '1:e2e' },
      { path: '/repo/tests/e2e/extension-loads.test.ts', group: '1:e2e' },
      { path: '/repo/tests/e2e/platforms.test.ts', group: '1:e2e' },
      { path: '/repo/tests/e2e-firefox/export.test.ts', group: '2:e2e-firefox' },
      { path: '/repo/tests/e2e-firefox/platforms.test.ts', group: '2:e2e-firefox' },
    ];
    expect(order(files)).toEqual([
      '0:unit unit/reliability/adapter-fuzz.test.ts',
      '0:unit unit/reliability/import-faults.test.ts',
      '0:unit unit/a.test.ts',
      '0:unit unit/b.test.ts',
      '1:e2e e2e/platforms.test.ts',
      '1:e2e e2e/snapshots.test.ts',
      '1:e2e e2e/extension-loads.test.ts',
      '2:e2e-firefox e2e-firefox/platforms.test.ts',
      '2:e2e-firefox e2e-firefox/export.test.ts',
    ]);
  });

  it('never moves a file out of its group, even a long one listed before the group starts', () => {
    const files: File[] = [
      { path: '/repo/tests/e2e/a.test.ts', group: '1:e2e' },
      { path: '/repo/tests/e2e-firefox/platforms.test.ts', group: '2:e2e-firefox' },
      { path: '/repo/tests/e2e/platforms.test.ts', group: '1:e2e' },
    ];
    expect(order(files)).toEqual([
      '1:e2e e2e/platforms.test.ts',
      '1:e2e e2e/a.test.ts',
      '2:e2e-firefox e2e-firefox/platforms.test.ts',
    ]);
  });

  it('does not take a file whose name only ends like a listed one', () => {
    const files: File[] = [
      { path: '/repo/tests/e2e/a.test.ts', group: '1:e2e' },
      { path: '/repo/tests/e2e/more-platforms.test.ts', group: '1:e2e' },
    ];
    expect(order(files)).toEqual(['1:e2e e2e/a.test.ts', '1:e2e e2e/more-platforms.test.ts']);
  });

  it.each(LONG_FILES)('lists %s, a file that exists', (file) => {
    expect(existsSync(resolve(__dirname, '../../..', file))).toBe(true);
  });
});
