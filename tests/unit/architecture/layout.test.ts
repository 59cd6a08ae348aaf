// @vitest-environment node
// The layout a newcomer reads in one pass: a few shape and helper files directly in lib/, every
// other lib/ file in a domain folder that has an index.ts as its public face.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const LIB = 'lib';
const entries = readdirSync(LIB).map((name) => ({ name, dir: statSync(join(LIB, name)).isDirectory() }));

describe('lib/ layout', () => {
  it('holds at most 12 files directly', () => {
    const files = entries.filter((e) => !e.dir).map((e) => e.name);
    expect(files.length, files.join(', ')).toBeLessThanOrEqual(12);
  });

  it.each(entries.filter((e) => e.dir).map((e) => e.name))('lib/%s/ has an index.ts', (folder) => {
    expect(readdirSync(join(LIB, folder))).toContain('index.ts');
  });

  it('keeps file names kebab-case', () => {
    const bad: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (!/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z]+)+$/.test(name)) bad.push(p);
      }
    };
    for (const top of ['lib', 'components']) walk(top);
    expect(bad).toEqual([]);
  });
});
