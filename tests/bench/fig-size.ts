// Figure 6, size: each content script gzipped (a page loads exactly one), and what each of
// PostLens's pages loads: its HTML's scripts and stylesheets and every chunk they import,
// followed transitively. gzip level 9, as servers and stores measure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEFAULT_EXTENSION_DIR } from '../harness/paths';
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

export function sizes(dir: string = DEFAULT_EXTENSION_DIR, log: (m: string) => void = () => {}): BenchRow[] {
  const rows: BenchRow[] = [];
  const scripts = readdirSync(join(dir, 'content-scripts')).filter((f) => f.endsWith('.js'));
  const content = scripts.map((f) => ({ name: f, gz: gz(join(dir, 'content-scripts', f)) }));
  const largest = content.reduce((a, b) => (b.gz > a.gz ? b : a));
  log(`  content scripts (gzip): ${content.map((c) => `${c.name} ${kb(c.gz)}`).join(', ')}`);
  rows.push({
    figure: `6. Size: content script, largest of ${content.length} (${largest.name})`,
    measured: `${kb(largest.gz)} gzipped`,
    budget: `≤ ${kb(CONTENT_BUDGET)}`,
    baseline: '—',
    ratio: '—',
    pass: content.every((c) => c.gz <= CONTENT_BUDGET),
  });
  for (const page of [...PAGES, 'background.js']) {
    const files = closure(join(dir, page), dir);
    const raw = files.reduce((s, f) => s + readFileSync(f).length, 0);
    const zipped = files.reduce((s, f) => s + gz(f), 0);
    log(`  ${page}: ${files.map((f) => relative(dir, f)).join(', ')}`);
    rows.push({
      figure: `6. Size: ${page.replace('.html', '')} bundle (${files.length} files)`,
      measured: `${kb(zipped)} gzipped (${kb(raw)} raw)`,
      budget: '—',
      baseline: '—',
      ratio: '—',
      pass: null,
    });
  }
  return rows;
}
