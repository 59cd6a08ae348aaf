// The built extension (.output/chrome-mv3) carries no remote code and no way to reach the
// network: no web address it could load or send to (the platforms' own permalinks and match
// patterns, XML namespaces and WXT's error-message links aside), no eval or Function constructor,
// and no network call but two known library paths PostLens never takes:
// - Vite's modulepreload polyfill: `fetch(link.href)` for <link rel="modulepreload"> tags, which
//   are PostLens's own chunks on its own chrome-extension:// origin;
// - PapaParse's NetworkStreamer: `new XMLHttpRequest` for Papa.parse(url, { download: true });
//   PostLens only calls Papa.unparse (lib/export-csv.ts) and parses strings.
// And one library path PostLens does take, fenced in: modern-screenshot, the report renderer
// (components/common/report-image.ts), fetches what the element it draws names. It is a chunk of
// the extension's pages only (never the background or a content script), every image address
// outside the extension is answered with a placeholder before it, and each page's own
// Content-Security-Policy (`connect-src 'self' data: blob:`, wxt.config.ts) makes the browser
// refuse any connection off the extension: both are checked here.
// A new network call or address is a failure to look at, not to allow-list by reflex.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertExtensionBuilt } from '../harness/browser';
import { mappedHosts } from '../harness/mapped-hosts';
import { DEFAULT_EXTENSION_DIR } from '../harness/paths';

/** What marks modern-screenshot's resource fetching in a bundle. */
const SCREENSHOT =
  /bypassingCache|Failed fetch, not 2xx response|fetch remote css import|fetch image base64|fetch css data url/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

assertExtensionBuilt();
const BUILT = files(DEFAULT_EXTENSION_DIR)
  .filter((f) => /\.(js|mjs|html|json|css)$/.test(f))
  .map((f) => ({ file: relative(DEFAULT_EXTENSION_DIR, f), text: readFileSync(f, 'utf8') }));

const NAMESPACES = new Set([
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/1998/Math/MathML',
]);
// WXT's own error messages for developers (never fetched).
const DOC_LINKS = new Set([
  'https://wxt.dev/guide/go-further/testing.html',
  'https://github.com/wxt-dev/wxt/issues/371',
]);
const PLATFORM_HOSTS = new Set(mappedHosts().filter((h) => h !== 'social.example.org'));

/** An address is acceptable when it is a namespace, a doc link, or a platform's (or a template's). */
function acceptable(url: string): boolean {
  if (NAMESPACES.has(url) || DOC_LINKS.has(url)) return true;
  if (!url.startsWith('https://')) return false;
  const host = url.slice('https://'.length).split(/[/?#]/)[0] ?? '';
  // `https://${host}/*` patterns and permalinks built from what the page showed.
  return host === '' || host === '*' || host.startsWith('${') || PLATFORM_HOSTS.has(host);
}

describe('the built extension', () => {
  it('was found, with its background, pages and content scripts', () => {
    const names = BUILT.map((b) => b.file);
    expect(names).toContain('manifest.json');
    expect(names).toContain('background.js');
    expect(names.filter((n) => n.startsWith('content-scripts/'))).toHaveLength(10);
  });

  it('names no web address but platform permalinks, XML namespaces and WXT’s own doc links', () => {
    const found = BUILT.flatMap(({ file, text }) =>
      [...text.matchAll(/https?:\/\/[^"'`\s)<>\\]*/g)].map((m) => ({ file, url: m[0] })),
    );
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((f) => !acceptable(f.url))).toEqual([]);
  });

  it('has no eval, no Function constructor, no string timers, no remote import', () => {
    const patterns = [
      /\beval\s*\(/,
      /\bnew\s+Function\s*\(/,
      /[^.\w]Function\s*\(\s*["'`]/,
      /setTimeout\s*\(\s*["'`]/,
      /\bimport\s*\(\s*["'`]https?:/,
      /<script[^>]+src=["']https?:/,
      /importScripts\s*\(/,
    ];
    const hits = BUILT.flatMap(({ file, text }) =>
      patterns.filter((p) => p.test(text)).map((p) => `${file}: ${p}`),
    );
    expect(hits).toEqual([]);
  });

  it('makes no network call but the two known library paths PostLens never takes', () => {
    const calls = BUILT.flatMap(({ file, text }) =>
      [
        ...text.matchAll(/\b(fetch|XMLHttpRequest|sendBeacon|WebSocket|EventSource|RTCPeerConnection)\b/g),
      ].map((m) => ({ file, call: m[1], context: text.slice(Math.max(0, m.index - 200), m.index + 120) })),
    );
    const known = (c: (typeof calls)[number]) =>
      (c.call === 'fetch' && /\.ep=!0/.test(c.context) && /fetch\(\w+\.href,\w+\)/.test(c.context)) ||
      (c.call === 'XMLHttpRequest' &&
        /_config\.withCredentials|_readChunk|downloadRequest/.test(c.context)) ||
      (c.call === 'fetch' && c.file.startsWith('chunks/') && SCREENSHOT.test(c.context));
    expect(
      calls.filter((c) => !known(c)).map((c) => `${c.file}: ${c.call} … ${c.context.slice(150, 260)}`),
    ).toEqual([]);
    // The library paths are still what they were (if they vanish, this test needs updating, not
    // ignoring). Each may stand in more than one bundle: the background carries PapaParse too, as it
    // imports lib/transfer's face for the import checks (PapaParse is CommonJS, so it is not shaken out).
    expect([...new Set(calls.filter(known).map((c) => c.call))].sort()).toEqual(['XMLHttpRequest', 'fetch']);
  });

  it("loads the report renderer's fetches only in pages that may connect nowhere but the extension", () => {
    const chunks = BUILT.filter((b) => b.file.startsWith('chunks/') && SCREENSHOT.test(b.text));
    expect(chunks.length, 'modern-screenshot is in a chunk of its own').toBe(1);
    const chunk = chunks[0]!.file.replace(/^chunks\//, '');
    // No background, content script or other entry loads it.
    const loaders = BUILT.filter((b) => b.file !== chunks[0]!.file && b.text.includes(chunk)).map(
      (b) => b.file,
    );
    expect(loaders.every((f) => f.startsWith('chunks/'))).toBe(true);
    expect(
      BUILT.filter((b) => /^(background|content-scripts\/)/.test(b.file) && b.text.includes(chunk)),
    ).toEqual([]);
    const pages = BUILT.filter((b) => b.file.endsWith('.html'));
    expect(pages.map((p) => p.file).sort()).toEqual(['dashboard.html', 'options.html', 'popup.html']);
    for (const p of pages)
      expect(p.text, p.file).toContain(
        `<meta http-equiv="Content-Security-Policy" content="connect-src 'self' data: blob:" />`,
      );
  });
});
