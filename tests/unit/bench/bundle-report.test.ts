// @vitest-environment node
// The size figure's bundle report (tests/bench/bundle-report.ts): bytes given to the modules
// their source map names, and what each saves gzipped. Checked on a hand-made map and on a real
// minified esbuild bundle; no browser, no WXT build.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import {
  formatBundleReport,
  moduleShares,
  NO_SOURCE,
  NO_SOURCE_STRING,
  type SourceMap,
  sourceRanges,
} from '../../bench/bundle-report';

describe('bundle report: source ranges', () => {
  it('cuts each line at its segments, relative fields carried across lines', () => {
    // line 0: col 0 → source 0, col 3 → source 1 ("G" = +3, "C" = +1); line 1: col 2 → source 1
    // again ("A" = +0 relative to the last segment's source), col 0–2 unmapped.
    const map: SourceMap = { sources: ['a.ts', 'b.ts'], mappings: 'AAAA,GCAA;EAAA' };
    expect(sourceRanges('abcdef\nxyz', map)).toEqual([
      { start: 0, end: 3, source: 0 },
      { start: 3, end: 6, source: 1 },
      { start: 6, end: 7, source: -1 },
      { start: 7, end: 9, source: -1 },
      { start: 9, end: 10, source: 1 },
    ]);
  });

  it('treats a one-field segment as the end of a mapping', () => {
    const map: SourceMap = { sources: ['a.ts'], mappings: 'AAAA,E' };
    expect(sourceRanges('abcd', map)).toEqual([
      { start: 0, end: 2, source: 0 },
      { start: 2, end: 4, source: -1 },
    ]);
  });
});

describe('bundle report: module shares of a real minified bundle', () => {
  let dir = '';
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function bundle() {
    dir = mkdtempSync(join(tmpdir(), 'postlens-bundle-'));
    const words = Array.from({ length: 400 }, (_, i) => `word${(i * 7919) % 1000}`);
    writeFileSync(join(dir, 'big.ts'), `export const big = ${JSON.stringify(words)};\n`);
    writeFileSync(join(dir, 'small.ts'), 'export const small = (n: number) => n * 2;\n');
    const css = Array.from(
      { length: 30 },
      (_, i) => `.c${i}{color:#${(i * 4099).toString(16).padStart(6, '0')}}`,
    );
    writeFileSync(
      join(dir, 'entry.ts'),
      `import { big } from './big';\nimport { small } from './small';\nconst css = \`${css.join('')}\`;\nconsole.log(big.length, small(2), css);\n`,
    );
    const out = await build({
      entryPoints: [join(dir, 'entry.ts')],
      bundle: true,
      minify: true,
      format: 'iife',
      sourcemap: 'external',
      outfile: join(dir, 'out.js'),
      write: false,
    });
    const code = out.outputFiles.find((f) => f.path.endsWith('.js'))!.text;
    const map = JSON.parse(out.outputFiles.find((f) => f.path.endsWith('.map'))!.text) as SourceMap;
    return { code, map };
  }

  it('gives every byte to one module, and ranks the heavy one first', async () => {
    const { code, map } = await bundle();
    const shares = moduleShares(code, map, dir);
    expect(shares.reduce((s, m) => s + m.bytes, 0)).toBe(Buffer.byteLength(code));
    const names = shares.map((m) => m.module);
    const big = names.find((n) => n.endsWith('big.ts'));
    expect(big).toBeDefined();
    expect(names.some((n) => n.endsWith('small.ts'))).toBe(true);
    expect(shares[0]!.module).toBe(big);
    for (const m of shares) {
      expect(m.gzipAlone).toBeGreaterThan(0);
      expect(m.gzipSaved).toBeLessThanOrEqual(m.gzipAlone + 30);
    }
    // esbuild maps its template literal to entry.ts; nothing here is a bare string.
    expect(names).not.toContain(NO_SOURCE_STRING);
  });

  it('prints the top modules of each script', async () => {
    const { code, map } = await bundle();
    const modules = moduleShares(code, map, dir);
    const text = formatBundleReport(
      [{ script: 'x.js', bytes: Buffer.byteLength(code), gzip: 100, modules }],
      2,
    );
    expect(text).toContain('content-scripts/x.js: 100 B gzipped');
    expect(text.split('\n')).toHaveLength(4);
  });

  it('calls unmapped bytes wrapper and glue', () => {
    const map: SourceMap = { sources: [], mappings: '' };
    expect(moduleShares('(()=>{})()', map, dir).map((m) => m.module)).toEqual([NO_SOURCE]);
  });
});
