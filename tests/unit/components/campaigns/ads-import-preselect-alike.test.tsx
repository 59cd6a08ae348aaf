// The ads CSV import preselects which of the file's campaigns this one is only when certain. It
// took the exact name alone: a file whose campaign column says "spring launch" (or "Spring  launch")
// for the campaign "Spring launch" preselected nothing, and the user had to pick it by hand. A name
// alike but for case and spaces is taken when it is the only one; between two it never guesses.
import { CampaignsPanel } from '@/components/campaigns';
import { adsCampaignFor } from '@/lib/campaigns';
import { fireEvent, render, screen, within } from '../../testing-library';
import { clock, resetAll } from '../helpers';
import { saveDirect } from './setup-campaigns';

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

const named = (...names: string[]) => names.map((name) => ({ name, rows: 1 }));

describe('which of the file’s campaigns is preselected', () => {
  it.each<[string, string[], string, string | null]>([
    ['the file’s only campaign, whatever its name', ['Autumn sale'], 'Spring Sale', 'Autumn sale'],
    ['the one named exactly so', ['Autumn sale', 'Spring Sale'], 'Spring Sale', 'Spring Sale'],
    [
      'the exact one, though another differs only in case',
      ['spring sale', 'Spring Sale'],
      'Spring Sale',
      'Spring Sale',
    ],
    ['the only one alike but for case', ['Autumn sale', 'spring sale'], 'Spring Sale', 'spring sale'],
    [
      'the only one alike but for inner spaces',
      ['Autumn sale', 'Spring   Sale'],
      'Spring Sale',
      'Spring   Sale',
    ],
    [
      'the only one alike, the campaign’s own name spaced',
      ['Autumn sale', 'SPRING SALE'],
      ' Spring  Sale ',
      'SPRING SALE',
    ],
    ['none between two alike', ['SPRING SALE', 'spring sale'], 'Spring Sale', null],
    ['none when none is alike', ['Autumn sale', 'Spring Sales'], 'Spring Sale', null],
    ['none from a file without names', [], 'Spring Sale', null],
  ])('%s', (_what, names, campaign, chosen) => {
    expect(adsCampaignFor(named(...names), campaign)).toBe(chosen);
  });
});

// A Meta export of two campaigns, this one spelt in other case and spacing.
const META = [
  'Reporting starts,Reporting ends,Campaign name,Amount spent (EUR),Impressions,Link clicks,Results,Purchases conversion value',
  '2025-01-02,2025-01-02,spring  LAUNCH,50.00,12000,120,3,450.00',
  '2025-01-03,2025-01-03,Autumn sale,10.00,100,1,0,0.00',
].join('\r\n');

it('preselects the file’s campaign named like this one but for case and spaces', async () => {
  await saveDirect({});
  render(<CampaignsPanel filteredKeys={null} now={() => clock.now} locale="en-US" />);
  fireEvent.click(await screen.findByRole('button', { name: 'Spring launch' }));
  const detail = await screen.findByRole('article', { name: 'Campaign Spring launch' });
  fireEvent.click(within(detail).getByRole('button', { name: 'Import from an ads CSV' }));
  const input = screen.getByLabelText('Ads CSV file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([META], 'ads.csv')], configurable: true });
  fireEvent.change(input);
  await screen.findByText('ads.csv: header on row 1, 2 rows below it');
  const which = screen.getByLabelText('This campaign in the file') as HTMLSelectElement;
  expect(which.value).toBe('spring  LAUNCH');
  // Chosen, the file's rows of it are read: its spend is in the preview.
  expect(screen.getByRole('button', { name: 'Apply' }).hasAttribute('disabled')).toBe(false);
});
