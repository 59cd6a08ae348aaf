// The ads CSV import in a campaign's view, with the real background behind the page: a file is
// mapped and previewed, and only Apply writes; Cancel and a file with refused cells write nothing.

import { CampaignsPanel } from '@/components/campaigns';
import { fireEvent, render, screen, waitFor, within } from '../../testing-library';
import { clock, resetAll, sent } from '../helpers';
import { saveDirect, storedCampaigns } from './setup-campaigns';

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

// A Meta export: two campaigns, one row before the period (2025-01-01 – 2025-01-31). Their results
// are purchases, as the Result indicator says, so "Results" is taken as conversions.
const META = [
  'Reporting starts,Reporting ends,Campaign name,Amount spent (EUR),Impressions,Link clicks,Results,Purchases conversion value,Result indicator',
  '2024-12-31,2024-12-31,Spring launch,50.00,900,9,1,20.00,actions:offsite_conversion.fb_pixel_purchase',
  '2025-01-02,2025-01-02,Spring launch,"1,200.50","12,000",120,3,450.00,actions:offsite_conversion.fb_pixel_purchase',
  '2025-01-03,2025-01-03,Spring launch,99.50,8000,80,2,"1,050.25",actions:offsite_conversion.fb_pixel_purchase',
  '2025-01-03,2025-01-03,Autumn sale,10.00,100,1,0,0.00,actions:offsite_conversion.fb_pixel_purchase',
].join('\r\n');

async function openImport() {
  render(<CampaignsPanel filteredKeys={null} now={() => clock.now} locale="en-US" />);
  fireEvent.click(await screen.findByRole('button', { name: 'Spring launch' }));
  const detail = await screen.findByRole('article', { name: 'Campaign Spring launch' });
  fireEvent.click(within(detail).getByRole('button', { name: 'Import from an ads CSV' }));
  return screen.getByRole('region', { name: 'Import from an ads CSV' });
}

function upload(content: string, name = 'ads.csv') {
  const input = screen.getByLabelText('Ads CSV file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([content], name)], configurable: true });
  fireEvent.change(input);
}

/** The preview's row for an input: [now, after]. */
function previewRow(id: string): string[] {
  const row = document.querySelector(`.ads-preview [data-input="${id}"]`);
  return [...(row?.querySelectorAll('td') ?? [])].map((td) => td.textContent ?? '');
}

const saves = () => sent.filter((m) => m.type === 'saveCampaign');
const apply = () => screen.getByRole('button', { name: 'Apply' }) as HTMLButtonElement;

describe('importing an ads CSV', () => {
  it('maps the columns, previews old → new, and writes the totals only on Apply', async () => {
    await saveDirect({ spend: eur(10_000), clicks: 5, leads: 7 });
    const section = await openImport();
    upload(META);
    await screen.findByText('ads.csv: header on row 1, 4 rows below it');
    expect((screen.getByLabelText('Spend column') as HTMLSelectElement).value).toBe('3');
    expect((screen.getByLabelText('Currency of the amounts') as HTMLSelectElement).value).toBe('EUR');
    // The file's campaign named exactly like this one is preselected; the other is offered.
    const which = screen.getByLabelText('This campaign in the file') as HTMLSelectElement;
    expect(which.value).toBe('Spring launch');
    expect([...which.options].map((o) => o.textContent)).toEqual([
      'choose…',
      'Spring launch · 3 rows',
      'Autumn sale · 1 row',
    ]);

    // 1,200.50 + 99.50 = 1,300.00; 450.00 + 1,050.25 = 1,500.25; 12,000 + 8,000; 120 + 80; 3 + 2.
    expect(previewRow('spend')).toEqual(['€100.00', '€1,300.00']);
    expect(previewRow('revenue')).toEqual(['not entered', '€1,500.25']);
    expect(previewRow('impressions')).toEqual(['not entered', '20,000']);
    expect(previewRow('clicks')).toEqual(['5', '200']);
    expect(previewRow('conversions')).toEqual(['not entered', '5']);
    // Days as the user reads dates (en-US here), as the campaign's own summary writes them.
    expect(
      within(section).getByText(/^2 rows used from the period Jan 1, 2025 – Jan 31, 2025/).textContent,
    ).toBe(
      "2 rows used from the period Jan 1, 2025 – Jan 31, 2025 (this campaign's rows in the file: Dec 31, 2024 – Jan 3, 2025). Not counted: 1 row outside the period, 1 row of other campaigns.",
    );
    expect(saves()).toEqual([]);

    fireEvent.click(apply());
    expect((await screen.findByRole('status')).textContent).toBe(
      'Imported from ads.csv: spend, revenue attributed, clicks, paid impressions, conversions',
    );
    expect(saves()).toHaveLength(1);
    const [stored] = await storedCampaigns();
    expect(stored).toMatchObject({
      spend: eur(130_000),
      revenue: eur(150_025),
      impressions: 20_000,
      clicks: 200,
      conversions: 5,
      // Inputs the file has no column for are kept.
      leads: 7,
      name: 'Spring launch',
    });
    await waitFor(() =>
      expect(document.querySelector('[data-input="spend"] dd')?.textContent).toBe('€1,300.00'),
    );
  });

  it('replaces only the inputs still mapped', async () => {
    await saveDirect({ spend: eur(10_000), conversions: 9 });
    await openImport();
    upload(META);
    const conversions = await screen.findByLabelText('Conversions column');
    fireEvent.change(conversions, { target: { value: '' } });
    expect(previewRow('conversions')).toEqual([]);
    fireEvent.click(apply());
    await screen.findByRole('status');
    expect((await storedCampaigns())[0]).toMatchObject({ conversions: 9, clicks: 200 });
  });

  it('writes nothing on Cancel', async () => {
    await saveDirect({ spend: eur(10_000) });
    const before = await storedCampaigns();
    await openImport();
    upload(META);
    await waitFor(() => expect(previewRow('spend')).toEqual(['€100.00', '€1,300.00']));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: 'Import from an ads CSV' })).toBeNull();
    expect(saves()).toEqual([]);
    expect(await storedCampaigns()).toEqual(before);
  });

  it('cannot apply a file with refused cells until the choices settle them', async () => {
    await saveDirect({});
    await openImport();
    upload(['Date;Spend;Clicks', '02/01/2025;1,50;3', '03/01/2025;abc;4', '=cmd;2,00;1'].join('\n'));
    // No currency in the header: the user states it before any amount is read.
    expect((await screen.findByRole('alert')).textContent).toBe("Choose the currency of the file's amounts");
    expect(apply().disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Currency of the amounts'), { target: { value: 'EUR' } });
    const errors = await screen.findByRole('table', { name: /refused/ });
    const rows = within(errors)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toEqual([
      ['2', 'Date', '02/01/2025', "day and month order unknown: choose the file's date order"],
      ['3', 'Date', '03/01/2025', "day and month order unknown: choose the file's date order"],
      ['4', 'Date', '=cmd', 'not a date: use YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY'],
    ]);
    expect(apply().disabled).toBe(true);
    fireEvent.click(apply());
    expect(saves()).toEqual([]);

    fireEvent.change(screen.getByLabelText('Date order'), { target: { value: 'dmy' } });
    await waitFor(() =>
      expect(screen.getByRole('table', { name: /refused/ }).querySelectorAll('tbody tr')).toHaveLength(2),
    );
    expect(screen.getByText('abc')).toBeTruthy();
    expect(apply().disabled).toBe(true);
    expect(saves()).toEqual([]);
    expect((await storedCampaigns())[0]!.spend).toBeNull();
  });

  it('refuses a file in another currency than the campaign', async () => {
    await saveDirect({ spend: { amountMinor: 500, currency: 'USD' } });
    await openImport();
    upload(META);
    expect((await screen.findByRole('alert')).textContent).toBe(
      "The file's amounts are in EUR but this campaign's are in USD: amounts are not converted",
    );
    expect(apply().disabled).toBe(true);
  });

  it('says why a file cannot be read at all', async () => {
    await saveDirect({});
    await openImport();
    upload('Day,Cost\n2025-01-02,"12\n');
    expect((await screen.findByRole('alert')).textContent).toBe('Row 2: a quoted cell is never closed');
    expect(apply().disabled).toBe(true);
  });
});
