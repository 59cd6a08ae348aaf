import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportV2 } from '../../lib/transfer/format';
import { EXPORT_FORMAT } from '../../lib/transfer/format';
import { readImport } from '../../lib/transfer/json-import';
import { waitForBadges } from '../harness/badges';
import { openDbReader } from '../harness/extension-db';
import { downloadBy, downloadCampaignsCsv, openDashboard } from '../harness/journeys-extension';
import { ROUTES, routeUrl } from '../harness/routes';
import { type E2ESession, startSession } from '../harness/session';

const TIMELINE = ROUTES.find((r) => r.path === '/home?fixture=zeros')!;
const KEYS = ['x:1570000000000000001', 'x:1981398750557065646'];
const NAME = 'Autumn launch';
/** What the manager types. Spend and revenue in euros; the rest counted in their own tools. */
const TYPED = { spend: '1200', revenue: '3000', leads: '12', clicks: '400', conversions: '30' };

/** YYYY-MM-DD of a local day `offset` days from today (the form reads local days). */
function localDay(offset: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}
const START = localDay(-3);
const END = localDay(10);

let session: E2ESession;
let dash: Page;
/**
 * Σ (likes + comments + reposts + saves) each post gained in the period, from the database: both
 * posts were published long before the campaign (the saved timeline's own dates) and first read
 * inside its period, so each counts from its first reading there (lib/campaigns/period.ts): its
 * latest snapshot minus its first. Read once each here, so 0, and the caption says from when.
 */
let engagement = 0;

beforeAll(async () => {
  session = await startSession();
  const page = await session.browser.context.newPage();
  try {
    await page.goto(routeUrl(TIMELINE), { waitUntil: 'domcontentloaded' });
    expect((await waitForBadges(page, TIMELINE.posts)).sort()).toEqual(KEYS);
  } finally {
    await page.close();
  }
  const reader = await openDbReader(session.browser.context, session.browser.extensionId);
  try {
    const dump = await reader.waitFor((d) => KEYS.every((k) => d.snapshots.some((s) => s.postKey === k)));
    for (const key of KEYS) {
      const own = dump.snapshots.filter((x) => x.postKey === key).sort((a, b) => a.capturedAt - b.capturedAt);
      const [first, last] = [own[0]!, own[own.length - 1]!];
      for (const f of ['likes', 'comments', 'reposts', 'saves'] as const)
        engagement += (last[f] ?? 0) - (first[f] ?? 0);
    }
    // The older post shows no view count (tests/fixtures/x/SOURCES.md, x-timeline-zeros.html).
    expect(dump.snapshots.find((s) => s.postKey === KEYS[0])?.views).toBeNull();
  } finally {
    await reader.close();
  }
  dash = await openDashboard(session, '#/campaigns');
});

afterAll(async () => {
  await dash?.close().catch(() => {});
  await session?.close();
});

const figureRow = (id: string) => dash.locator(`article.campaign-detail tr[data-figure="${id}"]`);

describe('a campaign made in the dashboard', () => {
  it('is created from the form, and its posts are added by key', async () => {
    await dash.getByRole('button', { name: 'New campaign' }).click();
    const form = dash.getByRole('form', { name: 'New campaign' });
    await form.waitFor({ timeout: 15_000 });
    await form.locator('#campaign-name').fill(NAME);
    await form.locator('#campaign-start').fill(START);
    await form.locator('#campaign-end').fill(END);
    await form.locator('#campaign-currency').selectOption('EUR');
    for (const [field, value] of Object.entries(TYPED)) await form.locator(`#campaign-${field}`).fill(value);
    await form.getByRole('button', { name: 'Create campaign' }).click();

    const detail = dash.getByRole('article', { name: `Campaign ${NAME}` });
    await detail.waitFor({ timeout: 15_000 });
    await detail.locator('#campaign-add-key').fill(KEYS.join(' '));
    await detail.getByRole('button', { name: 'Add by key' }).click();
    await detail.getByText('Added 2 posts.').waitFor({ timeout: 15_000 });
    await expect.poll(() => detail.locator('li[data-post]').count(), { timeout: 10_000 }).toBe(2);
  });

  it('shows its figures with their formulas, and says what a figure needs', async () => {
    const locale = await dash.evaluate('navigator.language');
    const pct = (v: number) =>
      new Intl.NumberFormat(locale as string, { style: 'percent', maximumFractionDigits: 1 }).format(v);
    const eur = (v: number) =>
      new Intl.NumberFormat(locale as string, { style: 'currency', currency: 'EUR' }).format(v);
    const expected: Array<[string, string, string]> = [
      // (3000 − 1200) ÷ 1200
      ['roi', pct(1.5), '(revenue − spend) ÷ spend'],
      ['cpc', eur(3), 'spend ÷ clicks'],
      ['conversionRate', pct(30 / 400), 'conversions ÷ clicks'],
      ['costPerLead', eur(100), 'spend ÷ leads'],
      ['costPerAcquisition', eur(40), 'spend ÷ conversions'],
      // 3000 ÷ 1200
      [
        'roas',
        `${new Intl.NumberFormat(locale as string, { maximumFractionDigits: 2 }).format(2.5)}×`,
        'revenue ÷ spend',
      ],
      ['engagement', new Intl.NumberFormat(locale as string).format(engagement), ''],
      // One of the two posts shows no views: the figure says so instead of adding a 0.
      ['views', 'needs views in the period of 1 of 2 posts', ''],
    ];
    for (const [id, value, formula] of expected) {
      const row = figureRow(id);
      await expect.poll(() => row.locator('td.num').textContent(), { timeout: 10_000 }).toBe(value);
      if (formula) expect(await row.locator('td.formula-cell').textContent()).toBe(formula);
    }
    // The engagement's 0 is counted from each post's first reading in the period, and says so.
    expect(await dash.locator('table.campaign-figures caption').first().textContent()).toContain(
      'no reading before the start for 2 posts: counted from their first readings',
    );
  });

  it('is in the campaigns CSV with the values entered and its figures', async () => {
    const file = await downloadCampaignsCsv(dash);
    expect(file.fileName).toMatch(/^postlens-campaigns-\d{4}-\d{2}-\d{2}\.csv$/);
    const row = file.rows.find((r) => r.name === NAME);
    expect(row).toMatchObject({
      start: START,
      end: END,
      posts: '2',
      currency: 'EUR',
      spend: '1200.00',
      revenue: '3000.00',
      leads: '12',
      clicks: '400',
      conversions: '30',
      csat: '',
      nps: '',
      engagement: String(engagement),
      views: '',
      roi: '1.5',
      roas: '2.5',
      costPerAcquisition: '40',
      cpc: '3',
    });
    expect(row?.missing).toContain('needs views in the period of 1 of 2 posts');
  });

  it('is in the Export JSON (version 2) with the values entered', async () => {
    await dash.goto(`chrome-extension://${session.browser.extensionId}/dashboard.html#/posts`);
    const file = await downloadBy(dash, 'Export JSON');
    const data = JSON.parse(file.text) as ExportV2;
    expect(data).toMatchObject({ format: EXPORT_FORMAT, version: 2 });
    expect(data.campaigns).toHaveLength(1);
    const c = data.campaigns[0]!;
    expect({ ...c, postKeys: [...c.postKeys].sort() }).toMatchObject({
      name: NAME,
      postKeys: KEYS,
      start: START,
      end: END,
      spend: { amountMinor: 120_000, currency: 'EUR' },
      revenue: { amountMinor: 300_000, currency: 'EUR' },
      leads: 12,
      clicks: 400,
      conversions: 30,
      csat: null,
      nps: null,
    });
    expect(c.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const checked = readImport(file.text);
    expect(checked.ok, checked.ok ? '' : checked.error).toBe(true);
  });

  it('made no request off this machine', async () => {
    await session.browser.guard.settle();
    expect(session.browser.guard.outside(), session.browser.guard.report()).toEqual([]);
  });
});
