import { CampaignsPanel } from '@/components/campaigns';
import { dayStart, localDay } from '@/lib/campaigns/dates';
import { FIGURE_IDS } from '@/lib/campaigns/figures';
import { fireEvent, render, screen, waitFor, within } from '../../testing-library';
import { backend, clock, DAY, resetAll, sent } from '../helpers';
import { figureFormula, figureText, PAGE, saveDirect, seedPosts, storedCampaigns } from './setup-campaigns';

vi.mock('@/lib/messaging/protocol', async () => (await import('../helpers')).protocolMock);
// Full DOM renders with a real background behind them: slow when the machine is busy.
vi.setConfig({ testTimeout: 20_000 });

// uPlot draws on a canvas, which the test DOM lacks: record what each chart is given instead.
const charts = vi.hoisted(() => [] as Array<{ opts: { title?: string }; data: unknown[][] }>);
vi.mock('uplot', () => ({
  default: class {
    constructor(opts: (typeof charts)[number]['opts'], data: unknown[][]) {
      charts.push({ opts, data });
    }
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

beforeEach(async () => {
  await resetAll();
  charts.length = 0;
});

const panel = (filteredKeys: string[] | null = null) =>
  render(<CampaignsPanel filteredKeys={filteredKeys} now={() => clock.now} locale="en-US" />);

const type = (label: string | RegExp, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });

async function openCampaign(name: string) {
  fireEvent.click(await screen.findByRole('button', { name }));
  return screen.findByRole('article', { name: `Campaign ${name}` });
}

describe('creating a campaign', () => {
  it('saves what the form says through the background and opens the new campaign', async () => {
    panel();
    fireEvent.click(await screen.findByRole('button', { name: 'New campaign' }));
    type('Name', '  Spring launch ');
    type('First day', '2025-01-01');
    type('Last day', '2025-01-31');
    fireEvent.change(screen.getByLabelText('Currency'), { target: { value: 'EUR' } });
    type('Spend', '1,250.50');
    fireEvent.click(screen.getByRole('button', { name: 'Create campaign' }));

    const detail = await screen.findByRole('article', { name: 'Campaign Spring launch' });
    expect(within(detail).getByRole('heading', { name: 'Spring launch' })).toBeTruthy();
    expect(sent.filter((m) => m.type === 'saveCampaign')).toHaveLength(1);
    const [stored] = await storedCampaigns();
    // The name as typed, spaces too: a name is never trimmed.
    expect(stored).toMatchObject({
      name: '  Spring launch ',
      start: '2025-01-01',
      end: '2025-01-31',
      spend: { amountMinor: 125_050, currency: 'EUR' },
      revenue: null,
      postKeys: [],
      clicks: null,
      createdAt: clock.now,
    });
    expect(within(detail).getByText('€1,250.50')).toBeTruthy();
    // No posts and no outcomes yet: every figure says what it needs, none shows 0.
    for (const id of FIGURE_IDS) expect(figureText(id)).toMatch(/^needs /);
    expect(figureText('engagement')).toBe('needs posts');
    expect(figureText('cpc')).toBe('needs clicks');
    expect(figureText('roi')).toBe(
      'needs revenue (or lead value, average order value or customer lifetime value)',
    );
    // Nothing says yet which value ROI weighs: the formula states the whole rule.
    expect(figureFormula('roi')).toBe(
      '(value − spend) ÷ spend; value = revenue (or conversions × average order value when no revenue is entered) + leads × lead value, or conversions × customer lifetime value when that is entered',
    );
  });

  it('says what is wrong with a field and sends nothing', async () => {
    panel();
    fireEvent.click(await screen.findByRole('button', { name: 'New campaign' }));
    type('Name', 'Launch');
    fireEvent.change(screen.getByLabelText('Currency'), { target: { value: 'JPY' } });
    type('Spend', '1500.5');
    type(/^Clicks/, '-3');
    type(/^NPS/, '120');
    type('Last day', '2024-12-01');
    fireEvent.click(screen.getByRole('button', { name: 'Create campaign' }));
    expect(await screen.findByText('JPY amounts have no decimals')).toBeTruthy();
    expect(screen.getByText('Clicks must not be negative')).toBeTruthy();
    expect(screen.getByText('NPS must be between -100 and 100')).toBeTruthy();
    expect(screen.getByText('The last day is before the first')).toBeTruthy();
    expect(screen.getByLabelText('Spend').getAttribute('aria-invalid')).toBe('true');
    expect(sent.filter((m) => m.type === 'saveCampaign')).toEqual([]);
    expect(await storedCampaigns()).toEqual([]);
  });
});

describe('adding posts', () => {
  it('adds the filtered posts, adds by key, refuses unknown keys, removes posts', async () => {
    await seedPosts();
    await saveDirect({ spend: { amountMinor: 10_000, currency: 'EUR' } });
    panel(['x:1', 'x:2']);
    const detail = await openCampaign('Spring launch');
    expect(figureText('engagement')).toBe('needs posts');

    fireEvent.click(within(detail).getByRole('button', { name: 'Add 2 filtered posts' }));
    await waitFor(() => expect(figureText('engagement')).toBe('390'));
    // Both posts were first read in the period, so they count from zero: x:1's last reading in it
    // (300 + 50) and x:2's (40); views 20,000 + 5,000.
    expect(figureText('views')).toBe('25,000');
    expect(figureText('costPerEngagement')).toBe('€0.2564');
    expect(figureText('cpm')).toBe('€4.00');
    expect((await storedCampaigns())[0]!.postKeys).toEqual(['x:1', 'x:2']);
    expect(screen.getByRole('button', { name: 'Add 0 filtered posts' }).hasAttribute('disabled')).toBe(true);

    type('Post key', 'x:999');
    fireEvent.click(screen.getByRole('button', { name: 'Add by key' }));
    expect((await screen.findByRole('alert')).textContent).toBe('No stored post has the key x:999.');

    type('Post key', 'x:3');
    fireEvent.click(screen.getByRole('button', { name: 'Add by key' }));
    await waitFor(() => expect(figureText('engagement')).toBe('397'));
    // x:3 shows no views: the views total and everything built on it need them.
    expect(figureText('views')).toBe('needs views in the period of 1 of 3 posts');
    // Paid impressions would unlock CPM without the views.
    expect(figureText('cpm')).toBe('needs paid impressions or views in the period of 1 of 3 posts');
    expect(figureText('erViews')).toBe('needs views in the period of 1 of 3 posts');

    fireEvent.click(screen.getByRole('button', { name: 'Remove x:3 from the campaign' }));
    await waitFor(() => expect(figureText('views')).toBe('25,000'));
    expect((await storedCampaigns())[0]!.postKeys).toEqual(['x:1', 'x:2']);
  });

  it('adds and removes posts without undoing an edit made meanwhile in another page', async () => {
    await seedPosts();
    const saved = await saveDirect({ postKeys: ['x:1'] });
    panel();
    await openCampaign('Spring launch');
    // The popup (another page) enters a spend while this view still holds the campaign without it.
    const r = await backend().saveCampaign(
      { ...saved, spend: { amountMinor: 7_700, currency: 'EUR' }, basedOn: saved },
      PAGE,
    );
    expect(r.ok).toBe(true);
    type('Post key', 'x:2');
    fireEvent.click(screen.getByRole('button', { name: 'Add by key' }));
    await waitFor(async () => expect((await storedCampaigns())[0]!.postKeys).toEqual(['x:1', 'x:2']));
    fireEvent.click(await screen.findByRole('button', { name: 'Remove x:1 from the campaign' }));
    await waitFor(async () => expect((await storedCampaigns())[0]!.postKeys).toEqual(['x:2']));
    expect((await storedCampaigns())[0]!.spend).toEqual({ amountMinor: 7_700, currency: 'EUR' });
    expect(sent.filter((m) => m.type === 'saveCampaign')).toEqual([]);
  });

  it('draws the engagement trend of the posts over the period', async () => {
    await seedPosts();
    await saveDirect({ postKeys: ['x:1', 'x:2'], start: '2025-01-07', end: '2025-01-12' });
    panel();
    await openCampaign('Spring launch');
    await waitFor(() => expect(charts).toHaveLength(1));
    const [x, engagement] = charts[0]!.data as [number[], Array<number | null>];
    // Jan 8 120 + 40; Jan 9 x:1 grew to 350; carried to today (10th). Jan 7 (nothing yet) and
    // the days after today are not drawn.
    const day = (ms: number) => dayStart(localDay(ms)) / 1000;
    expect(x).toEqual([clock.now - 2 * DAY, clock.now - DAY, clock.now].map(day));
    expect(engagement).toEqual([160, 390, 390]);
    expect(document.querySelector('[data-figure="gain"] strong')!.textContent).toBe('230');
  });
});

describe('entering outcomes', () => {
  it('stores the outcomes and shows every figure computed from them', async () => {
    await seedPosts();
    await saveDirect({ postKeys: ['x:1', 'x:2'], spend: { amountMinor: 50_000, currency: 'EUR' } });
    panel();
    const detail = await openCampaign('Spring launch');
    expect(figureText('roi')).toBe(
      'needs revenue (or lead value, average order value or customer lifetime value)',
    );
    expect(figureText('ctr')).toBe('needs clicks');

    fireEvent.click(within(detail).getByRole('button', { name: 'Edit period, money and outcomes' }));
    expect((screen.getByLabelText('Spend') as HTMLInputElement).value).toBe('500.00');
    type('Revenue attributed', '1.250,00');
    type(/^Leads/, '25');
    type(/^Clicks/, '1,000');
    type(/^Conversions/, '40');
    type(/^CSAT/, '87.5');
    type(/^NPS/, '-5');
    fireEvent.click(screen.getByRole('button', { name: 'Save campaign' }));

    await waitFor(() => expect(figureText('roi')).toBe('150%'));
    expect(await storedCampaigns()).toMatchObject([
      {
        revenue: { amountMinor: 125_000, currency: 'EUR' },
        leads: 25,
        clicks: 1000,
        conversions: 40,
        csat: 87.5,
        nps: -5,
      },
    ]);
    // Spend €500, engagement 390, views 25,000, clicks 1,000, conversions 40, leads 25.
    expect(figureText('cpc')).toBe('€0.50');
    expect(figureText('ctr')).toBe('4%');
    expect(figureText('conversionRate')).toBe('4%');
    expect(figureText('costPerLead')).toBe('€20.00');
    expect(figureText('cpm')).toBe('€20.00');
    expect(figureText('costPerEngagement')).toBe('€1.28');
    expect(within(detail).getByText('87.5%')).toBeTruthy();
    expect(within(detail).getByText('-5')).toBeTruthy();
  });

  it('stores the delivery, value and service inputs and shows the figures built on them', async () => {
    await seedPosts();
    await saveDirect({ postKeys: ['x:1', 'x:2'], spend: { amountMinor: 50_000, currency: 'EUR' } });
    panel();
    const detail = await openCampaign('Spring launch');
    expect(figureText('erReach')).toBe('needs reach');
    expect(figureText('conversations')).toBe('needs mentions, direct messages');

    fireEvent.click(within(detail).getByRole('button', { name: 'Edit period, money and outcomes' }));
    type(/^Leads/, '25');
    type(/^Clicks/, '1,000');
    type(/^Conversions/, '40');
    type(/^Lead value/, '10');
    type(/^Average order value/, '30');
    type(/^Paid impressions/, '100,000');
    type(/^Reach/, '20,000');
    type(/^Video completions/, '5,000');
    type(/^Mentions/, '12');
    type(/^Direct messages/, '8');
    fireEvent.click(screen.getByRole('button', { name: 'Save campaign' }));

    await waitFor(() => expect(figureText('conversations')).toBe('20'));
    expect(await storedCampaigns()).toMatchObject([
      {
        revenue: null,
        leadValue: { amountMinor: 1_000, currency: 'EUR' },
        averageOrderValue: { amountMinor: 3_000, currency: 'EUR' },
        lifetimeValue: null,
        impressions: 100_000,
        reach: 20_000,
        videoCompletions: 5_000,
        mentions: 12,
        directMessages: 8,
      },
    ]);
    // Spend €500, engagement 390, views 25,000, 100,000 paid impressions, reach 20,000.
    expect(figureText('cpm')).toBe('€5.00');
    expect(figureFormula('cpm')).toBe('spend ÷ paid impressions × 1,000');
    expect(figureText('ctr')).toBe('1%');
    expect(figureText('erReach')).toBe('1.95%');
    expect(figureText('erImpressions')).toBe('0.39%');
    expect(figureText('videoCompletionRate')).toBe('20%');
    expect(figureText('revenueEstimate')).toBe('€1,200.00');
    expect(figureText('roas')).toBe('2.4×');
    // value = 40 × €30 (no revenue entered) + 25 × €10 = €1,450: (1,450 − 500) ÷ 500.
    expect(figureText('roi')).toBe('190%');
    expect(within(detail).getByText('€10.00')).toBeTruthy();

    // A lifetime value replaces that value with 40 × €100: (4,000 − 500) ÷ 500.
    fireEvent.click(within(detail).getByRole('button', { name: 'Edit period, money and outcomes' }));
    expect((screen.getByLabelText(/^Paid impressions/) as HTMLInputElement).value).toBe('100000');
    type(/^Customer lifetime value/, '100');
    fireEvent.click(screen.getByRole('button', { name: 'Save campaign' }));
    await waitFor(() => expect(figureText('roi')).toBe('700%'));
  });

  it('refuses a fraction of an impression and saves nothing', async () => {
    await seedPosts();
    await saveDirect({ postKeys: ['x:1'] });
    panel();
    const detail = await openCampaign('Spring launch');
    fireEvent.click(within(detail).getByRole('button', { name: 'Edit period, money and outcomes' }));
    type(/^Paid impressions/, '2.5');
    fireEvent.click(screen.getByRole('button', { name: 'Save campaign' }));
    expect(await screen.findByText('Paid impressions must be a whole number')).toBeTruthy();
    expect(screen.getByLabelText(/^Paid impressions/).getAttribute('aria-invalid')).toBe('true');
    expect((await storedCampaigns())[0]!.impressions).toBeNull();
  });

  it('shows zero spend as free, and ROI as needing non-zero spend', async () => {
    await seedPosts();
    await saveDirect({
      postKeys: ['x:1'],
      spend: { amountMinor: 0, currency: 'USD' },
      revenue: { amountMinor: 900, currency: 'USD' },
      clicks: 0,
    });
    panel();
    await openCampaign('Spring launch');
    expect(figureText('roi')).toBe('needs non-zero spend');
    expect(figureText('costPerEngagement')).toBe('$0.00');
    expect(figureText('cpc')).toBe('needs non-zero clicks');
    expect(figureText('ctr')).toBe('0%');
  });
});
