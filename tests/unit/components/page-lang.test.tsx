// The extension pages declare the language their words are in: index.html says "en", and a page
// shown in German kept it, so screen readers read German words with English pronunciation (and
// the browser hyphenated them as English).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { setMessageLookup } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));
vi.mock('@/entrypoints/options/style.css', () => ({}));
vi.mock('@/entrypoints/popup/style.css', () => ({}));
vi.mock('@/entrypoints/dashboard/style.css', () => ({}));
vi.setConfig({ testTimeout: 20_000 });

afterAll(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

const main = {
  options: () => import('../../../entrypoints/options/main'),
  popup: () => import('../../../entrypoints/popup/main'),
  dashboard: () => import('../../../entrypoints/dashboard/main'),
};

it.each([
  ['options', 'PostLens · Einstellungen'],
  ['popup', null],
  ['dashboard', null],
] as const)('%s: <html lang> is the language of the words shown', async (page, title) => {
  const html = readFileSync(resolve(__dirname, `../../../entrypoints/${page}/index.html`), 'utf8');
  expect(html).toContain('<html lang="en">');
  document.documentElement.lang = 'en';
  document.body.innerHTML = '<div id="app"></div>';
  // A German browser; "de-AT" too is served the German file, and its words are "de".
  setMessageLookup(lookupFrom(await loadMessages('de')), 'de-AT');
  await main[page]();
  if (title) expect(document.title).toBe(title);
  expect(document.documentElement.lang).toBe('de');
});
