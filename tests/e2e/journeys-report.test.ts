// A report to send, drawn in real Chromium: after reading a timeline, the dashboard's Overview and
// a post's view each save a PNG of themselves (modern-screenshot, loaded on demand) that is a real
// image of the element's size, and nothing leaves the machine while it is drawn.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDashboard, recordXTimeline } from '../harness/journeys-extension';
import { type E2ESession, startSession } from '../harness/session';

let session: E2ESession;
let keys: string[];

beforeAll(async () => {
  session = await startSession();
  keys = await recordXTimeline(session, 'https://x.com/home?report', 900, 4);
});

afterAll(async () => {
  await session?.close();
});

/** Clicks Download PNG and returns the PNG's file name, width and height (from its IHDR chunk). */
async function savePng(page: Page): Promise<{ name: string; width: number; height: number }> {
  const button = page.getByRole('button', { name: 'Download PNG' }).first();
  await button.waitFor({ timeout: 20_000 });
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), button.click()]);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 8)], 'PNG signature').toEqual([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
  ]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return {
    name: download.suggestedFilename(),
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
  };
}

describe('a report to send', () => {
  it.each([
    ['the overview', '#/overview', '.overview', /^postlens-overview-\d{4}-\d{2}-\d{2}\.png$/],
    ['a post', '', '.post-detail', /^postlens-post-x-\d+-\d{4}-\d{2}-\d{2}\.png$/],
  ])('saves %s as a PNG of its own size', async (_what, hash, selector, name) => {
    const dash = await openDashboard(session, hash || `#/post/${encodeURIComponent(keys[0]!)}`);
    try {
      await dash.locator(selector).waitFor({ timeout: 20_000 });
      const png = await savePng(dash);
      expect(png.name).toMatch(name);
      // The report says when it was made and in which zone its times are: written into it before
      // it is drawn (the post page writes its own), so the element is measured as it was drawn.
      expect(await dash.locator(selector).textContent()).toMatch(/Made .+ · Times in /);
      const box = (await dash.locator(selector).boundingBox())!;
      // Drawn at twice the pixels of the element (within a pixel of rounding).
      expect(Math.abs(png.width - Math.round(box.width * 2))).toBeLessThanOrEqual(2);
      expect(Math.abs(png.height - Math.round(box.height * 2))).toBeLessThanOrEqual(2);
      expect(await dash.getByRole('status').filter({ hasText: 'Saved postlens-' }).count()).toBe(1);
    } finally {
      await dash.close();
    }
  });

  it('the dashboard may connect nowhere but the extension (its Content-Security-Policy)', async () => {
    const dash = await openDashboard(session, '#/overview');
    try {
      // x.com is a platform host PostLens may read, and reachable here (the fixture server): only
      // the page's policy can refuse it.
      const outcome = await dash.evaluate(async () => {
        const violations: string[] = [];
        document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
        const sent = await fetch('https://x.com/home?from-dashboard').then(
          () => 'sent',
          () => 'refused',
        );
        await new Promise((r) => setTimeout(r, 100));
        return { sent, violations };
      });
      expect(outcome).toEqual({ sent: 'refused', violations: ['connect-src'] });
      expect(session.server.served.filter((r) => r.path.includes('from-dashboard'))).toEqual([]);
    } finally {
      await dash.close();
    }
  });

  it('made no request off this machine', async () => {
    await session.browser.guard.settle();
    expect(session.browser.guard.outside(), session.browser.guard.report()).toEqual([]);
  });
});
