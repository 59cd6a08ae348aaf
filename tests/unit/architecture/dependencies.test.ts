// @vitest-environment node
// The layering rules of .dependency-cruiser.cjs, checked on every `npm test`: no import cycles,
// entrypoints/ -> components/ -> lib/ and never back, lib/ folders reached through their index.ts.
// A violation fails here with the offending import named.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cruise, type IReporterOutput } from 'dependency-cruiser';
import extractTsConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const require = createRequire(import.meta.url);
const config = require('../../../.dependency-cruiser.cjs');

async function violations(): Promise<{ modules: number; found: string[] }> {
  const tsConfig = extractTsConfig('tsconfig.json');
  const result: IReporterOutput = await cruise(
    ['lib', 'components', 'entrypoints'],
    { ruleSet: config, ...config.options, validate: true },
    undefined,
    { tsConfig },
  );
  if (typeof result.output === 'string') throw new Error('dependency-cruiser returned text');
  const { summary } = result.output;
  return {
    modules: summary.totalCruised,
    found: summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`),
  };
}

describe('module dependencies', () => {
  it('have no cycles and no layering violations', async () => {
    const { modules, found } = await violations();
    // Every source module was read (an unresolved `@/` alias would silently hide violations).
    expect(modules).toBeGreaterThan(150);
    expect(found).toEqual([]);
  }, 60_000);

  it('flag a cycle, a backward import and a reach past an index (control)', async () => {
    // A tiny tree that breaks each rule once, cruised with the same rule set.
    const dir = mkdtempSync(join(tmpdir(), 'postlens-deps-'));
    const put = (file: string, text: string) => {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    };
    put('lib/a/index.ts', "export * from './one';\n");
    put('lib/a/one.ts', "import { two } from '../b/two';\nexport const one = () => two;\n");
    put('lib/b/index.ts', "export * from './two';\n");
    put('lib/b/two.ts', "import { one } from '../a';\nexport const two = () => one;\n");
    put('lib/c.ts', "import { View } from '../components/view';\nexport const c = View;\n");
    put('components/view.ts', 'export const View = 1;\n');
    const result = await cruise(['lib', 'components'], {
      ruleSet: config,
      ...config.options,
      tsConfig: undefined,
      baseDir: dir,
      validate: true,
    });
    if (typeof result.output === 'string') throw new Error('dependency-cruiser returned text');
    const names = new Set(result.output.summary.violations.map((v) => v.rule.name));
    expect([...names].sort()).toEqual([
      'lib-folders-through-their-index',
      'lib-is-the-bottom-layer',
      'no-cycle',
    ]);
  }, 60_000);
});
