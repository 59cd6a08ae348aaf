// A campaign imported from a JSON export keeps what the file says, exactly:
// 1. a CSAT or NPS with more decimals than the form takes survives an edit that leaves it alone;
// 2. an amount written with the currency's decimals (minorDigits) means the same money in a
//    browser whose Intl gives that currency other decimals (HUF: 2 in older ICU, 0 in newer).
import { CampaignsPanel } from '@/components/campaigns';
import {
  type Campaign,
  checkCampaignInput,
  formValues,
  minorDigits,
  readCampaignForm,
} from '@/lib/campaigns';
import { checkAnyExport } from '@/lib/transfer/campaigns-in-export';
import { saveDirect, storedCampaigns } from '../components/campaigns/setup-campaigns';
import { clock, resetAll } from '../components/helpers';
import { NO_OUTCOMES } from '../fixtures/campaign';
import { fireEvent, render, screen, waitFor, within } from '../testing-library';

vi.mock('@/lib/messaging/protocol', async () => (await import('../components/helpers')).protocolMock);
vi.setConfig({ testTimeout: 20_000 });

const IMPORTED: Campaign = {
  id: 'c1',
  name: 'Imported',
  postKeys: ['x:1'],
  start: '2025-03-01',
  end: '2025-03-31',
  ...NO_OUTCOMES,
  // As a survey tool reports them: two decimals, where the form takes one.
  csat: 87.55,
  nps: 12.25,
  createdAt: 1,
  updatedAt: 2,
};

describe('an imported CSAT or NPS with more decimals than the form takes', () => {
  it.each(['en-US', 'de-DE'])('is kept exactly when an edit in %s changes only the name', (locale) => {
    const values = { ...formValues(IMPORTED, '2025-01-01', 'EUR', locale), name: 'Renamed' };
    const r = readCampaignForm(
      values,
      { id: IMPORTED.id, postKeys: IMPORTED.postKeys, stored: IMPORTED },
      locale,
    );
    expect(r.ok && { name: r.input.name, csat: r.input.csat, nps: r.input.nps }).toEqual({
      name: 'Renamed',
      csat: 87.55,
      nps: 12.25,
    });
  });

  it('keeps a score of three decimals in de, where "87.555" would read as 87,555', () => {
    const c = { ...IMPORTED, csat: 87.555 };
    const values = { ...formValues(c, '2025-01-01', 'EUR', 'de-DE'), name: 'Umbenannt' };
    const r = readCampaignForm(values, { id: c.id, postKeys: c.postKeys, stored: c }, 'de-DE');
    expect(r.ok && r.input.csat).toBe(87.555);
  });

  it('still refuses two decimals the user types', () => {
    const values = { ...formValues(IMPORTED, '2025-01-01', 'EUR', 'en-US'), csat: '87.56' };
    const r = readCampaignForm(values, { id: IMPORTED.id, postKeys: [], stored: IMPORTED }, 'en-US');
    expect(r.ok ? null : r.errors.csat).toBe('CSAT takes at most 1 decimal');
  });

  it('is kept when the campaign is renamed in the dashboard', async () => {
    await resetAll();
    // Saved as the import writes it: the background takes any number in range.
    await saveDirect({ name: 'Imported', postKeys: [], csat: 87.55, nps: 12.25 });
    render(<CampaignsPanel filteredKeys={null} now={() => clock.now} locale="en-US" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Imported' }));
    const detail = await screen.findByRole('article', { name: 'Campaign Imported' });
    fireEvent.click(within(detail).getByRole('button', { name: 'Edit period, money and outcomes' }));
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Renamed' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save campaign' }));
    await waitFor(async () => expect((await storedCampaigns())[0]!.name).toBe('Renamed'));
    expect(await storedCampaigns()).toMatchObject([{ name: 'Renamed', csat: 87.55, nps: 12.25 }]);
  });
});

// KWD has 3 decimals and JPY none in every Intl; a file written where they had others says so.
const input = (spend: unknown) => ({
  ...NO_OUTCOMES,
  name: 'Gulf',
  postKeys: [],
  start: '2025-03-01',
  end: '2025-03-31',
  spend,
});

describe('an amount whose file says how many decimals its minor units have', () => {
  it('means the same money where Intl gives the currency more decimals', () => {
    expect(minorDigits('KWD')).toBe(3);
    // 12.34 KWD written with 2 decimals: 12.340 KWD here, 12340 fils.
    const r = checkCampaignInput(input({ amountMinor: 1234, currency: 'KWD', minorDigits: 2 }));
    expect(r.ok && r.value.spend).toEqual({ amountMinor: 12_340, currency: 'KWD' });
  });

  it('means the same money where Intl gives the currency fewer decimals, when it is whole there', () => {
    expect(minorDigits('JPY')).toBe(0);
    const r = checkCampaignInput(input({ amountMinor: 150_000, currency: 'JPY', minorDigits: 2 }));
    expect(r.ok && r.value.spend).toEqual({ amountMinor: 1500, currency: 'JPY' });
  });

  it('is refused, saying why, when it has decimals the currency has none of here', () => {
    const r = checkCampaignInput(input({ amountMinor: 150_050, currency: 'JPY', minorDigits: 2 }));
    expect(r).toEqual({
      ok: false,
      error:
        'spend: 1500.50 JPY has 2 decimals, and this browser keeps JPY amounts with 0: it cannot be stored exactly',
    });
  });

  it('is taken as it is when the decimals agree, and refuses a digits value that is not one', () => {
    const same = checkCampaignInput(input({ amountMinor: 1234, currency: 'KWD', minorDigits: 3 }));
    expect(same.ok && same.value.spend).toEqual({ amountMinor: 1234, currency: 'KWD' });
    const bad = checkCampaignInput(input({ amountMinor: 1234, currency: 'KWD', minorDigits: 2.5 }));
    expect(bad).toEqual({
      ok: false,
      error: 'spend.minorDigits: must be a whole number from 0 to 6, or absent',
    });
  });

  it('reads a file without minorDigits as before: minor units of this browser', () => {
    const r = checkCampaignInput(input({ amountMinor: 1234, currency: 'KWD' }));
    expect(r.ok && r.value.spend).toEqual({ amountMinor: 1234, currency: 'KWD' });
  });

  it('is read so by the JSON import', () => {
    const file = {
      format: 'postlens-export',
      version: 2,
      exportedAt: '2025-03-20T10:00:00.000Z',
      posts: [],
      authors: [],
      campaigns: [
        {
          ...input({ amountMinor: 1234, currency: 'KWD', minorDigits: 2 }),
          id: 'c1',
          revenue: { amountMinor: 5000, currency: 'KWD', minorDigits: 2 },
          createdAt: '2025-03-02T10:00:00.000Z',
          updatedAt: '2025-03-02T10:00:00.000Z',
        },
      ],
    };
    const r = checkAnyExport(file, { now: Date.parse('2025-03-21T00:00:00Z') });
    expect(r.ok && { spend: r.campaigns[0]!.spend, revenue: r.campaigns[0]!.revenue }).toEqual({
      spend: { amountMinor: 12_340, currency: 'KWD' },
      revenue: { amountMinor: 50_000, currency: 'KWD' },
    });
  });
});
