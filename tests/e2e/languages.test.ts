// Languages (issue 20.8) in real Chromium: with the browser set to German (--lang and the pages'
// locale: tests/harness/browser.ts), the
// extension's own pages and a badge's card speak German from the built _locales, numbers follow
// German grouping, and no English message of the locale files shows through. The expected words
// are read from the same locale files the build ships (assets/locales), not written out here.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForBadges } from '../harness/badges';
import { openDashboard, recordXTimeline } from '../harness/journeys-extension';
import { loadMessages } from '../harness/locale-messages';
import { type E2ESession, startSession } from '../harness/session';

let session: E2ESession;
let keys: string[];
let en: Map<string, string>;
let de: Map<string, string>;

beforeAll(async () => {
  [en, de] = await Promise.all([loadMessages('en'), loadMessages('de')]);
  session = await startSession({ launch: { locale: 'de-DE' } });
  keys = await recordXTimeline(session, 'https://x.com/home?lang-de', 930, 4);
});

afterAll(async () => {
  await session?.close();
});

/** English messages a page must not show in German: whole sentences and labels, no substitutions. */
function englishOnly(): string[] {
  return [...en]
    .filter(([k, m]) => !m.includes('$') && m.length >= 12 && de.get(k) !== m && !m.includes(' | '))
    .map(([, m]) => m);
}

const textOf = (page: Page) => page.evaluate(() => document.body.innerText);
const message = (key: string) => {
  const m = de.get(key.replaceAll('.', '_'));
  if (!m) throw new Error(`no German message ${key}`);
  return m;
};

describe('with the browser in German', () => {
  it('the extension is given its German messages (chrome.i18n in the service worker)', async () => {
    const worker = await session.browser.serviceWorker();
    // (Headless Chromium reports en-US as the worker's UI language whatever --lang says; the
    // message bundle it picks is the German one, which is what the background's words come from.)
    expect(await worker.evaluate('chrome.i18n.getMessage("manifest_toggleBadges")')).toBe(
      message('manifest.toggleBadges'),
    );
  });

  it.each(['#/overview', '#/posts', '#/authors', '#/insights', '#/campaigns', '#/data'])(
    'the dashboard view %s shows no English message',
    async (hash) => {
      const dash = await openDashboard(session, hash);
      try {
        await dash.waitForFunction(() => (document.querySelector('main')?.childElementCount ?? 0) > 0, null, {
          timeout: 20_000,
        });
        // Each view reads the database after its first frame: let those reads land.
        await dash.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
        await dash.waitForTimeout(1_000);
        const text = await textOf(dash);
        const leaked = englishOnly().filter((m) => text.includes(m));
        expect(leaked).toEqual([]);
        // The view's own German words are there (not keys, not empty).
        expect(text).not.toMatch(/\b(dashboard|common|insights|campaigns|options)\.[a-z]+\.[a-zA-Z]/);
      } finally {
        await dash.close();
      }
    },
  );

  it('the options page speaks German', async () => {
    const page = await session.browser.context.newPage();
    try {
      await page.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
      await page.waitForFunction(() => (document.getElementById('app')?.childElementCount ?? 0) > 0);
      await page.waitForTimeout(500);
      const text = await textOf(page);
      expect(englishOnly().filter((m) => text.includes(m))).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('a badge card on X speaks German, with German number grouping', async () => {
    const page = await session.browser.context.newPage();
    try {
      await page.goto('https://x.com/home?lang-de');
      await waitForBadges(page, keys.length);
      const badge = page.locator(`postlens-badge[data-postlens-key="${keys[0]}"]`);
      await badge.locator('button.chip').click();
      const card = badge.locator('.card');
      await card.waitFor({ timeout: 10_000 });
      const text = await card.innerText();
      expect(englishOnly().filter((m) => text.includes(m))).toEqual([]);
      // X's sample post shows counts in the thousands: German groups them with a dot ("30.142"),
      // and writes a decimal comma ("2,53 %").
      expect(text).toMatch(/\d\.\d{3}\b/);
      expect(text).toMatch(/\d,\d{2}\s%/);
    } finally {
      await page.close();
    }
  });
});
