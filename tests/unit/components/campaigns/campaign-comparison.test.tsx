import Papa from 'papaparse';
import { CampaignsPanel } from '@/components/campaigns';
import { localDay } from '@/lib/campaigns/dates';
import { fireEvent, render, screen, waitFor, within } from '../../testing-library';
import { clock, resetAll } from '../helpers';
import { saveDirect, seedPosts, storedCampaigns } from './setup-campaigns';

vi.mock('@/lib/messaging/protocol', async () => (await import('../helpers')).protocolMock);
// Full DOM renders with a real background behind them: slow when the machine is busy.
vi.setConfig({ testTimeout: 20_000 });
vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

beforeEach(resetAll);

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

async function seedTwo() {
  await seedPosts();
  await saveDirect({
    name: 'Launch',
    postKeys: ['x:1'],
    spend: eur(30_000),
    revenue: eur(90_000),
    clicks: 600,
    conversions: 30,
    leads: 12,
  });
  clock.now += 1000;
  await saveDirect({
    name: 'Teaser',
    postKeys: ['x:1', 'x:2'],
    spend: eur(10_000),
    revenue: eur(5_000),
    clicks: 200,
  });
}

function renderPanel(download = vi.fn()) {
  render(<CampaignsPanel now={() => clock.now} locale="en-US" download={download} />);
  return download;
}

const cell = (campaign: string, col: string) =>
  document.querySelector(`.comparison.campaigns [data-campaign="${campaign}"] [data-col="${col}"]`)
    ?.textContent;

describe('the comparison', () => {
  it('puts every campaign side by side with each figure and its formula, and totals', async () => {
    await seedTwo();
    const [launch, teaser] = await storedCampaigns().then((cs) =>
      cs.sort((a, b) => a.createdAt - b.createdAt),
    );
    renderPanel();
    const table = await screen.findByRole('table', { name: 'Campaigns compared' });
    expect(within(table).getAllByRole('row')).toHaveLength(4); // header, two campaigns, totals
    expect(within(table).getByRole('columnheader', { name: /^ROI/ }).textContent).toBe(
      'ROI(revenue − spend) ÷ spend',
    );
    expect(within(table).getByRole('columnheader', { name: /^CPC/ }).textContent).toBe('CPCspend ÷ clicks');

    const a = launch!.id;
    const b = teaser!.id;
    expect([cell(a, 'roi'), cell(b, 'roi')]).toEqual(['200%', '-50%']);
    expect([cell(a, 'cpc'), cell(b, 'cpc')]).toEqual(['€0.50', '€0.50']);
    expect([cell(a, 'engagement'), cell(b, 'engagement')]).toEqual(['350', '390']);
    expect([cell(a, 'conversionRate'), cell(b, 'conversionRate')]).toEqual(['5%', 'needs conversions']);
    expect(cell(b, 'costPerLead')).toBe('needs leads');
    expect(cell(b, 'leads')).toBe('not entered');

    // Totals: money in one currency adds up; x:1 is in both campaigns and counts once.
    expect(cell('total', 'spend')).toBe('€400.00');
    expect(cell('total', 'revenue')).toBe('€950.00');
    expect(cell('total', 'engagement')).toBe('390');
    expect(cell('total', 'roi')).toBe('137.5%');
    expect(cell('total', 'leads')).toBe('needs leads of “Teaser”');
  });

  it('does not add amounts in different currencies', async () => {
    await seedTwo();
    await saveDirect({ name: 'US push', postKeys: ['x:2'], spend: { amountMinor: 5_000, currency: 'USD' } });
    renderPanel();
    await screen.findByRole('table', { name: 'Campaigns compared' });
    expect(cell('total', 'spend')).toBe('mixed currencies (EUR, USD): not added');
    expect(cell('total', 'costPerEngagement')).toBe('mixed currencies (EUR, USD): not added');
    expect(cell('total', 'engagement')).toBe('390');
  });

  it('opens a campaign from its row', async () => {
    await seedTwo();
    renderPanel();
    fireEvent.click(await screen.findByRole('button', { name: 'Teaser' }));
    expect(await screen.findByRole('article', { name: 'Campaign Teaser' })).toBeTruthy();
  });

  // The period in the user's locale wherever it is shown (the CSV keeps ISO days): the comparison
  // and the figures' caption wrote 2025-01-01 while the detail's summary wrote 01.01.2025.
  it.each([
    ['de-DE', '01.01.2025 – 31.01.2025'],
    ['en-US', 'Jan 1, 2025 – Jan 31, 2025'],
  ])('writes the period the %s way in the row, the summary and the caption', async (locale, period) => {
    await saveDirect({ name: 'Spring launch' });
    render(<CampaignsPanel now={() => clock.now} locale={locale} />);
    const open = await screen.findByRole('button', { name: 'Spring launch' });
    const row = document.querySelector('tr[data-campaign]:not([data-campaign="total"]) th .muted')!;
    expect(row.textContent).toBe(period);
    fireEvent.click(open);
    const detail = await screen.findByRole('article', { name: 'Campaign Spring launch' });
    expect(detail.querySelector('header p.muted')!.textContent).toContain(period);
    expect(within(detail).getByText(/^Figures for/).textContent).toMatch(
      new RegExp(`^Figures for ${period}:`),
    );
  });

  it('exports the comparison as CSV', async () => {
    await seedTwo();
    const download = renderPanel();
    fireEvent.click(await screen.findByRole('button', { name: 'Export campaigns CSV' }));
    await waitFor(() => expect(download).toHaveBeenCalled());
    const [text, name, mime] = download.mock.calls[0]!;
    // Dated in the user's local time, like the other exports.
    expect(name).toBe(`postlens-campaigns-${localDay(clock.now)}.csv`);
    expect(mime).toBe('text/csv;charset=utf-8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(text.slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((r) => [r.name, r.spend, r.revenue, r.roi, r.engagement])).toEqual([
      ['Launch', '300.00', '900.00', '2', '350'],
      ['Teaser', '100.00', '50.00', '-0.5', '390'],
      ['All campaigns (total)', '400.00', '950.00', '1.375', '390'],
    ]);
    expect(rows[1]!.missing).toContain('Conversion rate: needs conversions');
    expect(screen.getByRole('status').textContent).toBe(`Saved ${name}.`);
  });

  it('deletes a campaign after confirmation and keeps its posts', async () => {
    await seedTwo();
    renderPanel();
    fireEvent.click(await screen.findByRole('button', { name: 'Teaser' }));
    const detail = await screen.findByRole('article', { name: 'Campaign Teaser' });
    fireEvent.click(within(detail).getByRole('button', { name: 'Delete campaign' }));
    fireEvent.click(within(detail).getByRole('button', { name: 'Delete the campaign Teaser' }));
    await waitFor(() => expect(screen.queryByRole('article')).toBeNull());
    expect((await storedCampaigns()).map((c) => c.name)).toEqual(['Launch']);
    await waitFor(() => expect(within(screen.getByRole('table')).queryByText('Teaser')).toBeNull());
  });
});
