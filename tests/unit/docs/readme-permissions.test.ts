// @vitest-environment node

// The README's "Your data" section names every permission the manifest asks for, in both builds,
// so a permission added to wxt.config.ts without saying why fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import config from '@/wxt.config';

const README = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
const section = README.slice(README.indexOf('## Your data'), README.indexOf('## Privacy'));

type Manifest = Record<string, unknown>;
const manifestOf = (manifestVersion: 2 | 3): Manifest => {
  const m = config.manifest as unknown as (env: { manifestVersion: number }) => Manifest;
  return m({ manifestVersion });
};
const asked = (m: Manifest): string[] =>
  ['permissions', 'optional_permissions', 'optional_host_permissions'].flatMap(
    (k) => (m[k] as string[] | undefined) ?? [],
  );

describe('README, Your data: every permission and why', () => {
  it('has the section', () => {
    expect(section.length).toBeGreaterThan(200);
  });

  it.each([2, 3] as const)('names every permission of the MV%i manifest', (v) => {
    const list = asked(manifestOf(v));
    expect(list.length).toBeGreaterThan(3);
    for (const p of list) expect(section, p).toContain(`\`${p}\``);
    expect(manifestOf(v).host_permissions).toBeDefined();
    expect(section).toContain('`host_permissions`');
  });
});
