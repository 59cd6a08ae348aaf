// Figure 6, size: each content script gzipped (a page loads exactly one), and what each of
// PostLens's pages loads: its HTML's scripts and stylesheets and every chunk they import,
// followed transitively. gzip level 9, as servers and stores measure. 1 KB = 1024 bytes. With the
// figure, `bundleReport` prints where each content script's weight is (bundle-report.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEFAULT_EXTENSION_DIR } from '../harness/paths';
import { buildWithMaps, formatBundleReport, reportScripts, type ScriptReport } from './bundle-report';
import { figureOf } from './report';
import { kb } from './stats';
import type { BenchRow } from './table';

const CONTENT_BUDGET = 25 * 1024;
const PAGES = ['popup.html', 'dashboard.html', 'options.html'];

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Files a page or module loads: script src, stylesheet href, static and dynamic imports. */
function references(file: string, dir: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = new Set<string>();
  const add = (ref: string) => {
    if (/^(https?:|data:|#)/.test(ref)) return;
    const path = ref.startsWith('/') ? join(dir, ref) : normalize(join(dirname(file), ref));
    if (existsSync(path)) found.add(path);
  };
  if (file.endsWith('.html')) {
    for (const m of text.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)) add(m[1]!);
  } else if (file.endsWith('.js')) {
    for (const m of text.matchAll(
      /(?:import|export)\s*(?:[^'"`;]*?\bfrom\s*)?["'`]([^"'`]+\.(?:js|css))["'`]/g,
    ))
      add(m[1]!);
    for (const m of text.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)) add(m[1]!);
  }
  return [...found];
}

function closure(entry: string, dir: string): string[] {
  const seen = new Set<string>([entry]);
  const queue = [entry];
  while (queue.length > 0) {
    for (const ref of references(queue.shift()!, dir)) {
      if (!seen.has(ref)) {
        seen.add(ref);
        queue.push(ref);
      }
    }
  }
  return [...seen];
}

/** KB as the table and the JSON print it: 1 KB = 1024 bytes. */
const KB = 1024;

export function sizes(dir: string = DEFAULT_EXTENSION_DIR, log: (m: string) => void = () => {}): BenchRow[] {
  const rows: BenchRow[] = [];
  const scripts = readdirSync(join(dir, 'content-scripts'))
    .filter((f) => f.endsWith('.js'))
    .sort();
  const content = scripts.map((f) => ({ name: f, gz: gz(join(dir, 'content-scripts', f)) }));
  const largest = content.reduce((a, b) => (b.gz > a.gz ? b : a));
  const budget = { op: '<=' as const, limit: CONTENT_BUDGET / KB, text: `≤ ${kb(CONTENT_BUDGET)}` };
  const pass = content.every((c) => c.gz <= CONTENT_BUDGET);
  log(`  content scripts (gzip): ${content.map((c) => `${c.name} ${kb(c.gz)}`).join(', ')}`);
  const label = `6. Size: content script, largest of ${content.length} (${largest.name})`;
  rows.push({
    figure: label,
    measured: `${kb(largest.gz)} gzipped`,
    budget: budget.text,
    baseline: '—',
    ratio: '—',
    pass,
    json: [
      figureOf({ id: 'size.content.max.kb', label, unit: 'KB', budget, pass }, [largest.gz / KB]),
      ...content.map((c) =>
        figureOf(
          {
            id: `size.content.${c.name.replace(/\.js$/, '')}.kb`,
            label: `6. Size: content script ${c.name}`,
            unit: 'KB',
            budget,
            pass: c.gz <= CONTENT_BUDGET,
          },
          [c.gz / KB],
        ),
      ),
    ],
  });
  for (const page of [...PAGES, 'background.js']) {
    const files = closure(join(dir, page), dir);
    const raw = files.reduce((s, f) => s + readFileSync(f).length, 0);
    const zipped = files.reduce((s, f) => s + gz(f), 0);
    log(`  ${page}: ${files.map((f) => relative(dir, f)).join(', ')}`);
    const name = page.replace(/\.(html|js)$/, '');
    const pageLabel = `6. Size: ${page.replace('.html', '')} bundle (${files.length} files)`;
    rows.push({
      figure: pageLabel,
      measured: `${kb(zipped)} gzipped (${kb(raw)} raw)`,
      budget: '—',
      baseline: '—',
      ratio: '—',
      pass: null,
      json: [
        figureOf({ id: `size.${name}.kb`, label: pageLabel, unit: 'KB', budget: null, pass: null }, [
          zipped / KB,
        ]),
      ],
    });
  }
  return rows;
}

/**
 * The bundle report (bundle-report.ts): each content script built again with source maps, its
 * modules ranked by gzipped contribution, printed with `log`. The scripts measured above are in
 * `dir`; a rebuilt script that differs from the measured one (the code changed in between) is
 * said to differ.
 */
export async function bundleReport(
  dir: string = DEFAULT_EXTENSION_DIR,
  log: (m: string) => void = () => {},
  top = 10,
): Promise<ScriptReport[]> {
  const built = await buildWithMaps();
  try {
    const reports = reportScripts(built.contentDir);
    log(`\nBundle report: content scripts' modules, gzip level 9, bytes (1 KB = 1024 B)`);
    log(formatBundleReport(reports, top));
    const differ = reports.filter((r) => {
      const measured = join(dir, 'content-scripts', r.script);
      return (
        !existsSync(measured) ||
        !readFileSync(measured).equals(readFileSync(join(built.contentDir, r.script)))
      );
    });
    if (differ.length > 0) {
      log(
        `  Note: ${differ.map((r) => r.script).join(', ')} rebuilt for this report differ from the measured build in ${relative(process.cwd(), dir)} (the code changed in between); the report describes the newer code.`,
      );
    }
    return reports;
  } finally {
    built.dispose();
  }
}
