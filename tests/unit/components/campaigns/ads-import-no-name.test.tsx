// The ads CSV import's choices, on the page. A campaign the file names with an empty name could not
// be chosen: its option's value was "", the same as "choose…", so picking "(no name)" chose nothing
// and Apply stayed off. The options are now keyed by their place in the list. Also here, as the
// page shows them: a file naming several things a day without a campaign column is refused until
// the user says which, and Meta's "Results" left unchosen says why in the preview.
import { CampaignsPanel } from '@/components/campaigns';
import { fireEvent, render, screen, within } from '../../testing-library';
import { clock, resetAll, sent } from '../helpers';
import { saveDirect, storedCampaigns } from './setup-campaigns';

vi.mock('@/lib/messaging/protocol', async () => (await import('../helpers')).protocolMock);
vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));
// Full DOM renders with a real background behind them: slow when the machine is busy.
vi.setConfig({ testTimeout: 20_000 });

beforeEach(resetAll);

async function openWith(content: string) {
  await saveDirect({});
  render(<CampaignsPanel filteredKeys={null} now={() => clock.now} locale="en-US" />);
  fireEvent.click(await screen.findByRole('button', { name: 'Spring launch' }));
  const detail = await screen.findByRole('article', { name: 'Campaign Spring launch' });
  fireEvent.click(within(detail).getByRole('button', { name: 'Import from an ads CSV' }));
  const input = screen.getByLabelText('Ads CSV file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([content], 'ads.csv')], configurable: true });
  fireEvent.change(input);
  await screen.findByText(/^ads\.csv: header on row 1/);
  return screen.getByRole('region', { name: 'Import from an ads CSV' });
}

/** Picks the option that reads `text`, as a user would, whatever its value. */
function pick(select: HTMLSelectElement, text: string) {
  const option = [...select.options].find((o) => o.textContent === text);
  if (!option) throw new Error(`no option ${text}`);
  fireEvent.change(select, { target: { value: option.value } });
}

const apply = () => screen.getByRole('button', { name: 'Apply' }) as HTMLButtonElement;
const previewAfter = (id: string) =>
  document.querySelector(`.ads-preview [data-input="${id}"] td:last-child`)?.textContent ?? null;

describe('a campaign the file names with an empty name', () => {
  const FILE = [
    'Day,Campaign name,Amount spent (EUR)',
    '2025-01-02,,12.00',
    '2025-01-02,Autumn sale,90.00',
  ].join('\n');

  it('can be chosen, and its rows alone are applied', async () => {
    await openWith(FILE);
    const which = screen.getByLabelText('This campaign in the file') as HTMLSelectElement;
    expect([...which.options].map((o) => o.textContent)).toEqual([
      'choose…',
      '(no name) · 1 row',
      'Autumn sale · 1 row',
    ]);
    expect(apply().disabled).toBe(true);

    pick(which, '(no name) · 1 row');
    expect(which.selectedOptions[0]?.textContent).toBe('(no name) · 1 row');
    expect(previewAfter('spend')).toBe('€12.00');
    expect(apply().disabled).toBe(false);

    // And back to "choose…": nothing is chosen again.
    pick(which, 'choose…');
    expect(apply().disabled).toBe(true);
    pick(which, 'Autumn sale · 1 row');
    expect(previewAfter('spend')).toBe('€90.00');
    pick(which, '(no name) · 1 row');
    fireEvent.click(apply());
    await screen.findByRole('status');
    expect((await storedCampaigns())[0]?.spend).toEqual({ amountMinor: 1200, currency: 'EUR' });
  });
});

describe('a file naming several things a day, with no campaign column', () => {
  // One campaign's export by ad: PostLens cannot tell ads from campaigns.
  const BY_AD = [
    'Day,Ad name,Amount spent (EUR)',
    '2025-01-02,Video A,10.00',
    '2025-01-02,Image B,2.50',
  ].join('\n');

  it('is refused until the user says every row is this campaign’s', async () => {
    const section = await openWith(BY_AD);
    expect(within(section).getByRole('alert').textContent).toMatch(
      /^The column "Ad name" names more than one thing on the same day \("Video A" and "Image B" on 2025-01-02\)/,
    );
    expect(apply().disabled).toBe(true);
    const all = screen.getByLabelText(
      "Every row is this campaign's (its ads, ad sets or a breakdown): add them all up",
    ) as HTMLInputElement;
    fireEvent.click(all);
    expect(previewAfter('spend')).toBe('€12.50');
    expect(apply().disabled).toBe(false);
    expect(sent.filter((m) => m.type === 'saveCampaign')).toEqual([]);
  });
});

describe('Meta’s "Results" from a Traffic campaign', () => {
  const TRAFFIC = [
    'Reporting starts,Reporting ends,Campaign name,Result indicator,Results,Link clicks,Amount spent (EUR)',
    '2025-01-02,2025-01-02,Spring launch,actions:link_click,400,400,100.00',
  ].join('\n');

  it('is not chosen as conversions, and the preview says what its rows count', async () => {
    const section = await openWith(TRAFFIC);
    expect((screen.getByLabelText('Conversions column') as HTMLSelectElement).value).toBe('');
    expect(previewAfter('conversions')).toBeNull();
    expect(previewAfter('clicks')).toBe('400');
    within(section).getByText(
      '"Results" is not taken as conversions: its rows\' Result indicator names actions:link_click, not purchases, leads or conversions. Choose it as the Conversions column if that is what you count.',
    );
  });
});
