// @vitest-environment node
// Who loads the platforms' adapters, by the run-time import graph (type imports left out, as the
// bundler leaves them out): a content script its own platform's only; the pages and the background
// none, since they need platform names, hosts and bands (the registry's facts), never a page
// reader. A page that reached the registry's adapters used to load all ten (~60 KB) at every start.
import { readdirSync } from 'node:fs';
import { cruise, type IReporterOutput } from 'dependency-cruiser';
import extractTsConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const ADAPTER_MODULE = /^lib\/platforms\/(?:([^/]+)\/(?:index|adapter)\.ts|adapters\.ts)$/;

const pages = ['popup', 'dashboard', 'options'].map((p) => `entrypoints/${p}/main.tsx`);
const scripts = readdirSync('entrypoints')
  .map((e) => /^(.+)\.content$/.exec(e)?.[1])
  .filter((id): id is string => id !== undefined);
const ENTRIES = [
  ...pages,
  'entrypoints/background.ts',
  ...scripts.map((id) => `entrypoints/${id}.content/index.ts`),
];

let graph: Promise<Map<string, string[]>> | undefined;

/** module → the modules it imports at run time, for every entry in one cruise (a module's imports
 * do not depend on the entry it was reached from; a cruise per entry took 17 s). */
function importGraph(): Promise<Map<string, string[]>> {
  graph ??= cruise(
    ENTRIES,
    {
      tsConfig: { fileName: 'tsconfig.json' },
      tsPreCompilationDeps: false,
      doNotFollow: { path: 'node_modules' },
      exclude: { path: '(^|/)(\\.wxt|\\.output|node_modules)/' },
    },
    undefined,
    { tsConfig: extractTsConfig('tsconfig.json') },
  ).then((result: IReporterOutput) => {
    if (typeof result.output === 'string') throw new Error('dependency-cruiser returned text');
    return new Map(result.output.modules.map((m) => [m.source, m.dependencies.map((d) => d.resolved)]));
  });
  return graph;
}

/** Every module the entry reaches at run time. */
async function reached(entry: string): Promise<string[]> {
  const imports = await importGraph();
  if (!imports.has(entry)) throw new Error(`${entry} was not cruised`);
  const seen = new Set([entry]);
  const todo = [entry];
  for (let m = todo.pop(); m !== undefined; m = todo.pop()) {
    for (const next of imports.get(m) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        todo.push(next);
      }
    }
  }
  return [...seen];
}

const adaptersOf = (modules: string[]) => modules.filter((m) => ADAPTER_MODULE.test(m)).sort();

describe('adapters', () => {
  it.each([...pages, 'entrypoints/background.ts'])(
    '%s reaches none',
    async (entry) => {
      const modules = await reached(entry);
      // The registry is reached (the entry was cruised through its imports), its adapters are not.
      expect(modules).toContain('lib/platforms/registry.ts');
      expect(adaptersOf(modules)).toEqual([]);
    },
    60_000,
  );

  it.each(scripts)(
    'the %s content script reaches its own only (control)',
    async (id) => {
      const modules = await reached(`entrypoints/${id}.content/index.ts`);
      expect(adaptersOf(modules)).toEqual([`lib/platforms/${id}/adapter.ts`, `lib/platforms/${id}/index.ts`]);
    },
    60_000,
  );
});
