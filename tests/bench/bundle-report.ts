// The size figure's report: where each content script's weight comes from, module by module.
//
// The content scripts are built again, exactly as `wxt build` builds them, but with source maps
// ("hidden": the code is byte for byte the same, no sourceMappingURL comment) into a folder of
// their own, so the build the other figures load is left alone. Each byte of the minified file is
// then given to the source module its mapping names (bytes no mapping covers are WXT's wrapper
// and the bundler's glue, or a long string such as the badge's CSS imported `?inline`, which
// Vite inlines without a map: "(no source: …)"). Per module:
//   bytes      its minified bytes in the file
//   gzipAlone  those bytes gzipped on their own (what the module weighs by itself)
//   gzipSaved  the file's gzipped size minus the same file gzipped without that module's bytes:
//              what the file would lose without it (a module much like its neighbours compresses
//              into them and saves less than it weighs alone)
// Modules are ranked by gzipSaved. gzip level 9, as the size figure measures.
// (WXT's own `wxt build --analyze` reports no gzip sizes: it runs rollup-plugin-visualizer
// without its gzip option, and its module lengths are before minification.)
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from '../harness/paths';

/** Bytes no mapping covers: WXT's wrapper, the bundler's module glue, helpers. */
export const NO_SOURCE = '(no source: wrapper and glue)';
/** An unmapped long template literal: what a `?inline` CSS import becomes (the badge's styles). */
export const NO_SOURCE_STRING = '(no source: inlined string, e.g. CSS ?inline)';

export interface SourceMap {
  sources: string[];
  mappings: string;
  sourceRoot?: string;
}

export interface ModuleShare {
  module: string;
  bytes: number;
  gzipAlone: number;
  gzipSaved: number;
}

export interface ScriptReport {
  /** e.g. "x.js" */
  script: string;
  bytes: number;
  gzip: number;
  /** Every module, largest gzipSaved first. */
  modules: ModuleShare[];
}

const gz = (text: string) => gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Map([...B64].map((c, i) => [c, i]));

/** One segment of a mappings line: the VLQ fields, relative as the format writes them. */
function decodeSegment(segment: string): number[] {
  const fields: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = B64_VALUE.get(c);
    if (digit === undefined) throw new Error(`source map: bad mapping character "${c}"`);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return fields;
}

/**
 * The file cut into ranges, each given to the source index its mapping names (-1: no source).
 * Columns count UTF-16 code units, as JavaScript strings do. Line breaks go to no source.
 */
export function sourceRanges(
  code: string,
  map: SourceMap,
): Array<{ start: number; end: number; source: number }> {
  const lines = code.split('\n');
  const mapLines = map.mappings.split(';');
  const ranges: Array<{ start: number; end: number; source: number }> = [];
  let offset = 0;
  let source = 0; // the source index field is relative to the previous segment's, across lines
  lines.forEach((line, i) => {
    let column = 0;
    const cuts: Array<{ col: number; source: number }> = [];
    for (const seg of (mapLines[i] ?? '').split(',')) {
      if (seg === '') continue;
      const f = decodeSegment(seg);
      column += f[0]!;
      if (f.length >= 4) {
        source += f[1]!;
        cuts.push({ col: column, source });
      } else cuts.push({ col: column, source: -1 });
    }
    if (cuts.length === 0 || cuts[0]!.col > 0) cuts.unshift({ col: 0, source: -1 });
    cuts.forEach((c, k) => {
      const end = Math.min(cuts[k + 1]?.col ?? line.length, line.length);
      if (end > c.col) ranges.push({ start: offset + c.col, end: offset + end, source: c.source });
    });
    offset += line.length;
    if (i < lines.length - 1) {
      ranges.push({ start: offset, end: offset + 1, source: -1 });
      offset += 1;
    }
  });
  return ranges;
}

/** A source's name as the report prints it: repo-relative ("lib/…", "node_modules/preact/…"). */
function moduleName(source: string | undefined, mapDir: string, sourceRoot = ''): string {
  if (source === undefined) return NO_SOURCE;
  if (/^[a-z]+:/i.test(source) || source.startsWith('\0')) return source.replace('\0', '');
  const absolute = resolve(mapDir, sourceRoot, source);
  // A package by its path from node_modules/ on, wherever node_modules is (it may be a link).
  const pkg = absolute.lastIndexOf('/node_modules/');
  if (pkg >= 0) return absolute.slice(pkg + 1);
  const path = relative(REPO_ROOT, absolute);
  return path.startsWith('..') ? source : path;
}

/** Each module's share of one built file (see the header). */
export function moduleShares(code: string, map: SourceMap, mapDir: string): ModuleShare[] {
  const ranges = sourceRanges(code, map);
  const names = ranges.map((r) =>
    r.source >= 0
      ? moduleName(map.sources[r.source], mapDir, map.sourceRoot)
      : /`[^`]{200,}`/.test(code.slice(r.start, r.end))
        ? NO_SOURCE_STRING
        : NO_SOURCE,
  );
  const byModule = new Map<string, string[]>();
  ranges.forEach((r, i) => {
    const parts = byModule.get(names[i]!) ?? [];
    parts.push(code.slice(r.start, r.end));
    byModule.set(names[i]!, parts);
  });
  const whole = gz(code);
  const shares: ModuleShare[] = [];
  for (const [module, parts] of byModule) {
    const own = parts.join('');
    const without = ranges
      .filter((_, i) => names[i] !== module)
      .map((r) => code.slice(r.start, r.end))
      .join('');
    shares.push({
      module,
      bytes: Buffer.byteLength(own, 'utf8'),
      gzipAlone: gz(own),
      gzipSaved: whole - gz(without),
    });
  }
  return shares.sort((a, b) => b.gzipSaved - a.gzipSaved || b.bytes - a.bytes);
}

/** The content scripts of a build that has their maps (`<name>.js.map` beside `<name>.js`). */
export function reportScripts(contentDir: string): ScriptReport[] {
  return readdirSync(contentDir)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((script) => {
      const file = join(contentDir, script);
      const code = readFileSync(file, 'utf8');
      if (!existsSync(`${file}.map`)) throw new Error(`bundle report: ${script} has no source map`);
      const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as SourceMap;
      return {
        script,
        bytes: Buffer.byteLength(code, 'utf8'),
        gzip: gz(code),
        modules: moduleShares(code, map, dirname(file)),
      };
    });
}

/** Builds the content scripts with hidden source maps into a temporary folder (~20 s). */
export async function buildWithMaps(): Promise<{ contentDir: string; dispose(): void }> {
  const { build } = await import('wxt');
  const out = mkdtempSync(join(tmpdir(), 'postlens-bench-bundle-'));
  // `x.content/` or `x.content.ts` is the entrypoint "x".
  const entrypoints = readdirSync(join(REPO_ROOT, 'entrypoints'))
    .map((e) => /^(.+)\.content(?:\.[jt]sx?)?$/.exec(e)?.[1])
    .filter((e): e is string => e !== undefined);
  const quiet = () => {};
  await build({
    root: REPO_ROOT,
    browser: 'chrome',
    outDir: out,
    filterEntrypoints: entrypoints,
    vite: () => ({ build: { sourcemap: 'hidden' } }),
    logger: {
      debug: quiet,
      log: quiet,
      info: quiet,
      success: quiet,
      // Skipping every other entrypoint is the point here, not news.
      warn: (...a: unknown[]) => {
        if (!String(a[0]).startsWith('The following entrypoints have been skipped')) console.warn(...a);
      },
      error: (...a: unknown[]) => console.error(...a),
      fatal: (...a: unknown[]) => console.error(...a),
      level: 3,
    },
  });
  const contentDir = join(out, 'chrome-mv3', 'content-scripts');
  if (!existsSync(contentDir)) throw new Error(`bundle report: the build wrote no ${contentDir}`);
  return { contentDir, dispose: () => rmSync(out, { recursive: true, force: true }) };
}

const pad = (s: string | number, n: number) => String(s).padStart(n);

/** The report as printed: the top `top` modules of each script, largest script first. */
export function formatBundleReport(reports: readonly ScriptReport[], top = 10): string {
  const out: string[] = [];
  for (const r of [...reports].sort((a, b) => b.gzip - a.gzip)) {
    out.push(
      `  content-scripts/${r.script}: ${r.gzip} B gzipped (${(r.gzip / 1024).toFixed(1)} KB), ${r.bytes} B minified, ${r.modules.length} modules; top ${Math.min(top, r.modules.length)} by gzip saved without them:`,
    );
    out.push(`    ${pad('gz saved', 8)} ${pad('gz alone', 8)} ${pad('minified', 8)}  module`);
    for (const m of r.modules.slice(0, top)) {
      out.push(`    ${pad(m.gzipSaved, 8)} ${pad(m.gzipAlone, 8)} ${pad(m.bytes, 8)}  ${m.module}`);
    }
  }
  return out.join('\n');
}
