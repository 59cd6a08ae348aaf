import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForBadges } from '../harness/badges';
import { backdateSnapshots, type DbDump, type DbReader, openDbReader } from '../harness/extension-db';
import { downloadCampaignsCsv, openDashboard } from '../harness/journeys-extension';
import { editOnce, fixtureHtml, X_SAMPLE_ID, xTimelineOf } from '../harness/journeys-pages';
import { ROUTES, routeUrl } from '../harness/routes';
import { type E2ESession, startSession } from '../harness/session';

/** The X timeline the posts are read on, served from what the test writes. */
const TIMELINE_URL = 'https://x.com/home?campaign-ads';
/** A post of another author (@TestQuoter), which the author filter leaves out. */
const OTHER = ROUTES.find((r) => r.file === 'x/x-tweet-quote.html')!;
const OTHER_KEY = 'x:1983130065320780162';

/** Three posts of @TestUser123: copies of x/x-tweet-sample.html under their own ids. */
const ID = { a: '1981398750557065701', b: '1981398750557065702', c: '1981398750557065703' };
const KEY = { a: `x:${ID.a}`, b: `x:${ID.b}`, c: `x:${ID.c}` };

interface Shown {
  comments: number;
  reposts: number;
  likes: number;
  saves: number;
  views: number;
}

/**
 * What each reading shows. A and B are read first (reading 1, moved to before the start), then
 * all three twice. B shows the same counts in readings 2 and 3, so reading 3 stores nothing for it.
 * C is first seen in reading 2: no reading before the start.
 */
const READ1: Record<'a' | 'b', Shown> = {
  a: { comments: 48, reposts: 152, likes: 553, saves: 9, views: 30142 },
  b: { comments: 100, reposts: 200, likes: 1000, saves: 20, views: 50000 },
};
const READ2: Record<'a' | 'b' | 'c', Shown> = {
  a: { comments: 50, reposts: 160, likes: 600, saves: 10, views: 32000 },
  b: { comments: 104, reposts: 210, likes: 1040, saves: 21, views: 52000 },
  c: { comments: 5, reposts: 12, likes: 70, saves: 3, views: 4000 },
};
const READ3: Record<'a' | 'b' | 'c', Shown> = {
  a: { comments: 52, reposts: 170, likes: 611, saves: 12, views: 34500 },
  b: READ2.b,
  c: { comments: 6, reposts: 15, likes: 95, saves: 4, views: 6542 },
};

/** x-tweet-sample.html as post `id` showing `n`, everywhere X shows a count (bar label, button labels, numbers). */
function tweet(id: string, n: Shown): string {
  const html = editOnce(
    fixtureHtml('x/x-tweet-sample.html'),
    [
      [
        '48 replies, 152 reposts, 553 likes, 9 bookmarks, 30142 views',
        `${n.comments} replies, ${n.reposts} reposts, ${n.likes} likes, ${n.saves} bookmarks, ${n.views} views`,
      ],
      ['aria-label="48 Replies. Reply"', `aria-label="${n.comments} Replies. Reply"`],
      ['aria-label="152 reposts. Repost"', `aria-label="${n.reposts} reposts. Repost"`],
      ['aria-label="553 Likes. Like"', `aria-label="${n.likes} Likes. Like"`],
      ['aria-label="9 Bookmarks. Bookmark"', `aria-label="${n.saves} Bookmarks. Bookmark"`],
      ['>48<', `>${n.comments}<`],
      ['>152<', `>${n.reposts}<`],
      ['>553<', `>${n.likes}<`],
      ['>9<', `>${n.saves}<`],
      ['>29.9K<', `>${(n.views / 1000).toFixed(1)}K<`],
    ],
    'x/x-tweet-sample.html',
  );
  return html.replaceAll(X_SAMPLE_ID, id);
}

const timeline = (reading: Partial<Record<'a' | 'b' | 'c', Shown>>) =>
  xTimelineOf((['a', 'b', 'c'] as const).flatMap((p) => (reading[p] ? [tweet(ID[p], reading[p])] : [])));

/** A local day `offset` days from today: YYYY-MM-DD, and its local noon in epoch ms. */
function day(offset: number): { iso: string; noon: number } {
  const d = new Date();
  d.setHours(12, 0, 0, 0);
  d.setDate(d.getDate() + offset);
  const two = (n: number) => String(n).padStart(2, '0');
  return { iso: `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`, noon: d.getTime() };
}
const START = day(-2).iso;
const END = day(5).iso;
/** When reading 1 is moved to: the day before the start, so it is each post's base. */
const BEFORE_START = day(-3).noon;

const NAME = 'Autumn launch';
/** The campaign as the ads manager names it; another campaign shares the file. */
const ADS_NAME = 'PL Autumn launch | Conversions';
const OTHER_ADS_NAME = 'PL Brand awareness';
/** What the manager types when creating it; the import replaces spend and clicks. */
const TYPED = {
  spend: '100',
  clicks: '50',
  leads: '8',
  leadValue: '5',
  averageOrderValue: '40',
  mentions: '7',
};

/** What Meta's "Result indicator" names for a sales campaign's results: purchases, so "Results" is conversions. */
const PURCHASE = 'actions:offsite_conversion.fb_pixel_purchase';

/**
 * Meta Ads Manager's daily export ("Day" breakdown). In the period: START, START+1, today.
 * Before the start: day −5. Another campaign: day −1.
 */
const ADS_CSV = [
  '"Day","Campaign name","Amount spent (EUR)","Link clicks","Impressions","Results","Result indicator","Purchase conversion value"',
  `"${day(-5).iso}","${ADS_NAME}","500.00","900","50000","20","${PURCHASE}","1000.00"`,
  `"${day(-2).iso}","${ADS_NAME}","120.50","210","16000","6","${PURCHASE}","300.00"`,
  `"${day(-1).iso}","${OTHER_ADS_NAME}","77.77","50","9000","1","${PURCHASE}","10.00"`,
  `"${day(-1).iso}","${ADS_NAME}","99.25","190","15000","5","${PURCHASE}","250.00"`,
  `"${day(0).iso}","${ADS_NAME}","80.25","100","12000","3","${PURCHASE}","155.40"`,
].join('\r\n');

// The import's totals, by hand: the three rows of the campaign in the period.
// spend 120.50 + 99.25 + 80.25 = 300.00 EUR; revenue 300.00 + 250.00 + 155.40 = 705.40 EUR
// clicks 210 + 190 + 100 = 500; paid impressions 16000 + 15000 + 12000 = 43000; conversions 6 + 5 + 3 = 14

// What the posts gained in the period, by hand (last reading in the period − reading 1, or − the
// first reading in the period for a post published before the start, as C, the fixture's old post):
// A: likes 611−553 = 58, comments 52−48 = 4, reposts 170−152 = 18, saves 12−9 = 3 → 83; views 34500−30142 = 4358
// B: likes 1040−1000 = 40, comments 104−100 = 4, reposts 210−200 = 10, saves 21−20 = 1 → 55; views 52000−50000 = 2000
// C (no reading before the start, counted from reading 2): likes 95−70 = 25, comments 6−5 = 1,
//   reposts 15−12 = 3, saves 4−3 = 1 → 30; views 6542−4000 = 2542
const ENGAGEMENT = 83 + 55 + 30; // 168
const VIEWS = 4358 + 2000 + 2542; // 8900

let session: E2ESession;
let reader: DbReader;
let tab: Page;
let dash: Page;
let locale = 'en-US';

beforeAll(async () => {
  session = await startSession();
  reader = await openDbReader(session.browser.context, session.browser.extensionId);
});

afterAll(async () => {
  await dash?.close().catch(() => {});
  await tab?.close().catch(() => {});
  await reader?.close().catch(() => {});
  await session?.close();
});

const snaps = (d: DbDump, key: string) =>
  d.snapshots.filter((s) => s.postKey === key).sort((x, y) => x.capturedAt - y.capturedAt);
const counts = (s: DbDump['snapshots'][number]): Shown => ({
  comments: s.comments!,
  reposts: s.reposts!,
  likes: s.likes!,
  saves: s.saves!,
  views: s.views!,
});

async function readTimeline(html: string, posts: number): Promise<void> {
  session.server.setPage(TIMELINE_URL, html);
  if (tab.url() === TIMELINE_URL) await tab.reload({ waitUntil: 'domcontentloaded' });
  else await tab.goto(TIMELINE_URL, { waitUntil: 'domcontentloaded' });
  expect((await waitForBadges(tab, posts)).length).toBe(posts);
}

describe('a campaign from filtered posts, with its ads CSV imported', () => {
  it('reads the posts over three readings, the first one before the campaign starts', async () => {
    tab = await session.browser.context.newPage();
    await readTimeline(timeline(READ1), 2);
    let dump = await reader.waitFor((d) => snaps(d, KEY.a).length === 1 && snaps(d, KEY.b).length === 1);
    expect(counts(snaps(dump, KEY.a)[0]!)).toEqual(READ1.a);
    expect(counts(snaps(dump, KEY.b)[0]!)).toEqual(READ1.b);
    // Reading 1 as if made the day before the start.
    expect(
      await backdateSnapshots(
        session.browser.context,
        session.browser.extensionId,
        [KEY.a, KEY.b],
        BEFORE_START,
      ),
    ).toBe(2);

    // Another author's post, which the filter must leave out.
    await tab.goto(routeUrl(OTHER), { waitUntil: 'domcontentloaded' });
    expect(await waitForBadges(tab, 1)).toEqual([OTHER_KEY]);
    await reader.waitFor((d) => snaps(d, OTHER_KEY).length === 1);

    await readTimeline(timeline(READ2), 3);
    dump = await reader.waitFor(
      (d) => snaps(d, KEY.a).length === 2 && snaps(d, KEY.b).length === 2 && snaps(d, KEY.c).length === 1,
    );
    expect(counts(snaps(dump, KEY.a)[1]!)).toEqual(READ2.a);
    expect(counts(snaps(dump, KEY.b)[1]!)).toEqual(READ2.b);
    expect(counts(snaps(dump, KEY.c)[0]!)).toEqual(READ2.c);

    await readTimeline(timeline(READ3), 3);
    dump = await reader.waitFor((d) => snaps(d, KEY.a).length === 3 && snaps(d, KEY.c).length === 2);
    expect(counts(snaps(dump, KEY.a)[2]!)).toEqual(READ3.a);
    expect(counts(snaps(dump, KEY.c)[1]!)).toEqual(READ3.c);
    // B showed what it showed in reading 2: no new snapshot.
    expect(snaps(dump, KEY.b)).toHaveLength(2);
    expect(snaps(dump, KEY.a)[0]!.capturedAt).toBe(BEFORE_START);
    // The timeline shows no follower count.
    expect(dump.snapshots.filter((s) => s.postKey !== OTHER_KEY).every((s) => s.followers === null)).toBe(
      true,
    );
  });

  it('creates the campaign and adds the posts the author filter shows', async () => {
    dash = await openDashboard(session, '#/campaigns');
    locale = (await dash.evaluate('navigator.language')) as string;
    await dash.getByRole('button', { name: 'New campaign' }).click();
    const form = dash.getByRole('form', { name: 'New campaign' });
    await form.waitFor({ timeout: 15_000 });
    await form.locator('#campaign-name').fill(NAME);
    await form.locator('#campaign-start').fill(START);
    await form.locator('#campaign-end').fill(END);
    await form.locator('#campaign-currency').selectOption('EUR');
    for (const [field, value] of Object.entries(TYPED)) await form.locator(`#campaign-${field}`).fill(value);
    await form.getByRole('button', { name: 'Create campaign' }).click();
    await dash.getByRole('article', { name: `Campaign ${NAME}` }).waitFor({ timeout: 15_000 });

    await dash.goto(`chrome-extension://${session.browser.extensionId}/dashboard.html#/posts`);
    const filters = dash.getByRole('form', { name: 'Filters' });
    await filters.waitFor({ timeout: 15_000 });
    const author = filters.getByLabel('Author');
    await expect
      .poll(() => author.locator('option').allTextContents(), { timeout: 10_000 })
      .toContain('@TestUser123 (X)');
    await author.selectOption({ label: '@TestUser123 (X)' });
    const add = dash.getByRole('button', { name: 'Add 3 posts to campaign' });
    await add.waitFor({ timeout: 10_000 });
    await dash.locator('.add-to-campaign select').selectOption({ label: NAME });
    await add.click();
    await dash.getByText(`Added 3 posts to ${NAME}.`).waitFor({ timeout: 10_000 });

    await dash.goto(`chrome-extension://${session.browser.extensionId}/dashboard.html#/campaigns`);
    await dash
      .getByRole('region', { name: 'Campaign comparison' })
      .getByRole('button', { name: NAME, exact: true })
      .click();
    const detail = dash.getByRole('article', { name: `Campaign ${NAME}` });
    await detail.waitFor({ timeout: 15_000 });
    await expect
      .poll(
        async () =>
          (
            await detail
              .locator('li[data-post]')
              .evaluateAll((li) => li.map((e) => e.getAttribute('data-post')))
          ).sort(),
        {
          timeout: 10_000,
        },
      )
      .toEqual([KEY.a, KEY.b, KEY.c]);
  });

  it('imports the ads CSV: the campaign and currency chosen, a preview, then Apply', async () => {
    const detail = dash.getByRole('article', { name: `Campaign ${NAME}` });
    await detail.getByRole('button', { name: 'Import from an ads CSV' }).click();
    const panel = detail.getByRole('region', { name: 'Import from an ads CSV' });
    await panel.waitFor({ timeout: 10_000 });
    await panel.locator('input[type="file"]').setInputFiles({
      name: 'meta-ads-daily.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(ADS_CSV, 'utf8'),
    });
    const which = panel.getByLabel('This campaign in the file');
    await which.waitFor({ timeout: 10_000 });
    await which.selectOption(ADS_NAME);
    await panel.getByLabel('Currency of the amounts').selectOption('EUR');

    const eur = (v: number) =>
      new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(v);
    const int = (v: number) => new Intl.NumberFormat(locale).format(v);
    // Each input now (what was typed) → after (the totals worked out above).
    const preview: Array<[string, string, string]> = [
      ['spend', eur(100), eur(300)],
      ['revenue', 'not entered', eur(705.4)],
      ['clicks', int(50), int(500)],
      ['impressions', 'not entered', int(43000)],
      ['conversions', 'not entered', int(14)],
    ];
    for (const [input, now, after] of preview) {
      const cells = panel.locator(`.ads-preview tr[data-input="${input}"] td`);
      await expect.poll(() => cells.allTextContents(), { timeout: 10_000 }).toEqual([now, after]);
    }
    // Days as the user reads dates, as the campaign's summary writes them.
    const shown = (iso: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(`${iso}T12:00:00`));
    await expect(panel.locator('.ads-preview p').first().textContent()).resolves.toBe(
      `3 rows used from the period ${shown(START)} – ${shown(END)} (this campaign's rows in the file: ${shown(day(-5).iso)} – ${shown(day(0).iso)}). ` +
        'Not counted: 1 row outside the period, 1 row of other campaigns.',
    );
    expect(await panel.locator('table.ads-errors').count()).toBe(0);

    const apply = panel.getByRole('button', { name: 'Apply' });
    await expect.poll(() => apply.isEnabled(), { timeout: 10_000 }).toBe(true);
    await apply.click();
    await detail.getByText(/^Imported from meta-ads-daily\.csv: /).waitFor({ timeout: 10_000 });

    const entered: Array<[string, string]> = [
      ['spend', eur(300)],
      ['revenue', eur(705.4)],
      ['clicks', int(500)],
      ['impressions', int(43000)],
      ['conversions', int(14)],
      ['leads', int(8)],
      ['leadValue', eur(5)],
      ['averageOrderValue', eur(40)],
      ['mentions', int(7)],
      ['lifetimeValue', 'not entered'],
      ['reach', 'not entered'],
      ['videoCompletions', 'not entered'],
      ['directMessages', 'not entered'],
    ];
    for (const [input, shown] of entered) {
      const dd = detail.locator(`dl.campaign-inputs [data-input="${input}"] dd`);
      await expect.poll(() => dd.textContent(), { timeout: 10_000 }).toBe(shown);
    }
  });

  it('shows every figure as worked out by hand, and what the others need', async () => {
    const detail = dash.getByRole('article', { name: `Campaign ${NAME}` });
    const pct = (v: number, digits: number) =>
      new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(v);
    const eur = (v: number) =>
      new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(v);
    const int = (v: number) => new Intl.NumberFormat(locale).format(v);
    const times = (v: number) => `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(v)}×`;
    const GAINED =
      "each post's last snapshot in the period − its last before the start (without one: from 0 for a post published in the period, else from its first snapshot in the period)";
    // [figure, value shown, formula shown]; the arithmetic is written out with the inputs above.
    const expected: Array<[string, string, string]> = [
      ['engagement', int(168), `Σ (likes + comments + reposts + saves) gained: ${GAINED}`],
      ['views', int(8900), `Σ views gained: ${GAINED}`],
      // 168 ÷ 8900 = 0.018876…
      ['erViews', pct(0.0189, 2), 'engagement ÷ views'],
      // The timeline shows no follower count for any of the three posts.
      ['erFollowers', 'needs followers of 3 of 3 posts', "engagement ÷ Σ followers of each post's author"],
      ['erReach', 'needs reach', 'engagement ÷ reach'],
      // 168 ÷ 43000 = 0.0039069…
      ['erImpressions', pct(0.0039, 2), 'engagement ÷ paid impressions'],
      ['videoCompletionRate', 'needs video completions', 'video completions ÷ views'],
      // mentions 7 entered, direct messages not
      ['conversations', 'needs direct messages', 'mentions + direct messages'],
      // 300 ÷ 168 = 1.78571…
      ['costPerEngagement', eur(1.79), 'spend ÷ engagement'],
      // 300 ÷ 43000 × 1000 = 6.97674…
      ['cpm', eur(6.98), 'spend ÷ paid impressions × 1,000'],
      // 300 ÷ 500 = 0.60
      ['cpc', eur(0.6), 'spend ÷ clicks'],
      // 500 ÷ 43000 = 0.0116279…
      ['ctr', pct(0.0116, 2), 'clicks ÷ paid impressions'],
      // 14 ÷ 500 = 0.028
      ['conversionRate', pct(0.028, 2), 'conversions ÷ clicks'],
      // 300 ÷ 8 = 37.50
      ['costPerLead', eur(37.5), 'spend ÷ leads'],
      // 300 ÷ 14 = 21.42857…
      ['costPerAcquisition', eur(21.43), 'spend ÷ conversions'],
      // 14 × 40 = 560, shown beside the revenue entered
      [
        'revenueEstimate',
        eur(560),
        'conversions × average order value (shown beside the revenue entered, which ROAS and ROI use)',
      ],
      // 705.40 ÷ 300 = 2.35133…
      ['roas', times(2.35), 'revenue ÷ spend'],
      // (705.40 + 8 × 5 − 300) ÷ 300 = 445.40 ÷ 300 = 1.48466…
      ['roi', pct(1.485, 1), '(revenue + leads × lead value − spend) ÷ spend'],
    ];
    expect(ENGAGEMENT).toBe(168);
    expect(VIEWS).toBe(8900);
    const shown = async () =>
      detail
        .locator('tr[data-figure]')
        .evaluateAll((trs) =>
          trs.map((tr) => [
            tr.getAttribute('data-figure'),
            tr.querySelector('td.num')?.textContent,
            tr.querySelector('td.formula-cell')?.textContent,
          ]),
        );
    await expect.poll(shown, { timeout: 10_000 }).toEqual(expected);
    // The needs are set apart, the numbers not.
    const needs = await detail.locator('tr[data-figure] td.num.needs').count();
    expect(needs).toBe(4);
    // 5 readings in the period: A 2 (readings 2, 3), B 1 (reading 3 stored nothing), C 2.
    // The period as the user reads dates (the detail's summary writes it so too).
    const periodDay = (iso: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(`${iso}T12:00:00`));
    // C's first reading (reading 2) was taken today, in this test.
    const firstReadDay = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date());
    expect(await detail.locator('table.campaign-figures caption').first().textContent()).toBe(
      `Figures for ${periodDay(START)} – ${periodDay(END)}: what the posts gained in the period (from 5 readings in the period; ` +
        `2 posts against a reading before the start; no reading before the start for 1 post: counted from its first reading, ${firstReadDay})`,
    );
  });

  it('has the same figures in the comparison and in the campaigns CSV', async () => {
    const comparison = dash.getByRole('region', { name: 'Campaign comparison' });
    const row = comparison
      .locator('tbody tr')
      .filter({ has: dash.getByRole('button', { name: NAME, exact: true }) });
    const cell = (col: string) => row.locator(`td[data-col="${col}"]`).textContent();
    const eur = (v: number) =>
      new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(v);
    const int = (v: number) => new Intl.NumberFormat(locale).format(v);
    await expect.poll(() => cell('engagement'), { timeout: 10_000 }).toBe(int(168));
    expect(await cell('views')).toBe(int(8900));
    expect(await cell('spend')).toBe(eur(300));
    expect(await cell('revenue')).toBe(eur(705.4));
    expect(await cell('cpc')).toBe(eur(0.6));
    expect(await cell('erReach')).toBe('needs reach');

    const csv = (await downloadCampaignsCsv(dash)).rows.find((r) => r.name === NAME);
    // Figures to six decimals (below 1, six significant digits), empty where a figure needs an input.
    expect(csv).toMatchObject({
      start: START,
      end: END,
      posts: '3',
      currency: 'EUR',
      spend: '300.00',
      revenue: '705.40',
      leads: '8',
      clicks: '500',
      conversions: '14',
      leadValue: '5.00',
      averageOrderValue: '40.00',
      lifetimeValue: '',
      impressions: '43000',
      reach: '',
      videoCompletions: '',
      mentions: '7',
      directMessages: '',
      engagement: '168',
      views: '8900',
      erViews: '0.0188764', // 168 ÷ 8900 = 0.01887640…
      erFollowers: '',
      erReach: '',
      erImpressions: '0.00390698', // 168 ÷ 43000 = 0.003906976…
      videoCompletionRate: '',
      conversations: '',
      costPerEngagement: '1.785714', // 300 ÷ 168 = 1.7857142…
      cpm: '6.976744', // 300 ÷ 43000 × 1000 = 6.9767441…
      cpc: '0.6', // 300 ÷ 500
      ctr: '0.0116279', // 500 ÷ 43000 = 0.01162790…
      conversionRate: '0.028', // 14 ÷ 500
      costPerLead: '37.5', // 300 ÷ 8
      costPerAcquisition: '21.428571', // 300 ÷ 14 = 21.4285714…
      revenueEstimate: '560', // 14 × 40
      roas: '2.351333', // 705.40 ÷ 300 = 2.3513333…
      roi: '1.484667', // (705.40 + 8 × 5 − 300) ÷ 300 = 1.4846666…
    });
    for (const need of [
      'needs followers of 3 of 3 posts',
      'needs reach',
      'needs video completions',
      'needs direct messages',
    ])
      expect(csv?.missing).toContain(need);
  });

  it('made no request off this machine', async () => {
    await session.browser.guard.settle();
    expect(session.browser.guard.outside(), session.browser.guard.report()).toEqual([]);
  });
});
