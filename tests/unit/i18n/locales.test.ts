// @vitest-environment node

// Languages (issue 20.8): every word a user reads comes from the locale files, English and German
// hold the same messages, and every key the code asks for exists in both.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { platformNames } from '../../../lib/platforms';
import { loadMessages } from '../../harness/locale-messages';
import { findHardCodedStrings } from './source-strings';

const ROOT = resolve(__dirname, '../../..');
const LANGS = ['en', 'de'] as const;
const [enMessages, deMessages] = await Promise.all(LANGS.map((l) => loadMessages(l)));
const messages: Record<(typeof LANGS)[number], Map<string, string>> = { en: enMessages!, de: deMessages! };

const substitutions = (m: string) => [...new Set(m.match(/\$[1-9]/g) ?? [])].sort().join(',');
const forms = (m: string) => m.split(' | ').length;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}

/** Every literal key passed to t() or tn() in the extension's code. */
function keysAsked(): Array<{ file: string; key: string }> {
  const out: Array<{ file: string; key: string }> = [];
  for (const file of ['lib', 'components', 'entrypoints'].flatMap((d) => sources(join(ROOT, d)))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\btn?\(\s*['"`]([\w.]+)['"`]/g)) out.push({ file, key: m[1] as string });
  }
  return out;
}

describe('the locale files', () => {
  it('hold the same keys in English and German', () => {
    expect([...messages.de.keys()].sort()).toEqual([...messages.en.keys()].sort());
  });

  it.each(LANGS)('%s: each message takes the substitutions and plural forms English does', (lang) => {
    const wrong = [...messages.en].filter(([k, en]) => {
      const other = messages[lang].get(k) ?? '';
      return substitutions(other) !== substitutions(en) || forms(other) !== forms(en) || other.trim() === '';
    });
    expect(wrong.map(([k]) => k)).toEqual([]);
  });

  it('hold every key the code asks for', () => {
    const asked = keysAsked();
    expect(asked.length).toBeGreaterThan(0);
    const missing = asked.filter(({ key }) => LANGS.some((l) => !messages[l].has(key.replaceAll('.', '_'))));
    expect(missing.map(({ file, key }) => `${file.slice(ROOT.length + 1)}: ${key}`)).toEqual([]);
  });

  it('name every platform in the manifest description', () => {
    for (const lang of LANGS) {
      const text = messages[lang].get('manifest_description') ?? '';
      expect(text).toContain(platformNames('and', lang === 'de' ? 'de' : 'en-GB'));
    }
  });
});

/** What the check finds in one component file holding `code`. */
function findingsIn(code: string) {
  const dir = mkdtempSync(join(tmpdir(), 'i18n-'));
  mkdirSync(join(dir, 'components'));
  writeFileSync(join(dir, 'components', 'a.tsx'), code);
  return findHardCodedStrings(dir, ['components']);
}

describe('components and entrypoints', () => {
  it('write no user-facing word themselves: each comes from a message key', () => {
    const found = findHardCodedStrings(ROOT, ['components', 'entrypoints']).map(
      (f) => `${f.file}:${f.line} (${f.why}) ${f.text}`,
    );
    expect(found).toEqual([]);
  });

  it.each([
    ['JSX text', 'const A = () => <p>Posts seen</p>;'],
    ['a label', 'const A = () => <button aria-label="Close" />;'],
    ['a prose literal', "const msg = 'Could not read the file.';"],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: source text handed to the check, not a template
    ['a template', 'const msg = `${n} posts stored`;'],
  ])('the check catches %s', (_, code) => {
    expect(findingsIn(code)).toHaveLength(1);
  });

  it.each([
    ['a class list', 'const A = () => <div class="post-row selected" />;'],
    ['a message key', "const s = t('dashboard.tabs.posts');"],
    ['a key comparison', "if (e.key === 'Enter') go();"],
    ['a selector', "root.querySelector('button.star');"],
  ])('the check leaves %s alone', (_, code) => {
    expect(findingsIn(code)).toEqual([]);
  });
});
