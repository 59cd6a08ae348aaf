// A campaign's own page gave its report (Download PNG, Copy image, Print) no time of drawing: the
// "Made …" line kept the time the page was first shown, also after the campaign's posts or figures
// were drawn again (a post added, an edit saved), so a picture made hours later was dated with
// figures it did not show. The line now says when the figures shown were drawn.
import { CampaignsPanel } from '@/components/campaigns';
import { reportMade } from '@/components/common/report-image';
import { t, uiLocale } from '@/lib/i18n';
import { saveDirect, seedPosts } from '../components/campaigns/setup-campaigns';
import { clock, HOUR, resetAll } from '../components/helpers';
import { fireEvent, render, screen, waitFor, within } from '../testing-library';

vi.mock('@/lib/messaging/protocol', async () => (await import('../components/helpers')).protocolMock);
vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));
// Full DOM renders with a real background behind them: slow when the machine is busy.
vi.setConfig({ testTimeout: 20_000 });

beforeEach(async () => {
  await resetAll();
  // The page's clock, for the report's first drawing too: only a later drawing can tell them apart.
  vi.spyOn(Date, 'now').mockImplementation(() => clock.now);
});
afterEach(() => vi.restoreAllMocks());

const madeLine = (detail: HTMLElement) => detail.querySelector('.report-made')?.textContent;

it.each<[string, (detail: HTMLElement) => void]>([
  [
    'a post added',
    (detail) => {
      fireEvent.input(within(detail).getByLabelText(t('campaigns.posts.key')), { target: { value: 'x:2' } });
      fireEvent.click(within(detail).getByRole('button', { name: t('campaigns.posts.addByKey') }));
    },
  ],
  [
    'an edit saved',
    (detail) => {
      fireEvent.click(within(detail).getByRole('button', { name: t('campaigns.detail.edit') }));
      fireEvent.input(screen.getByLabelText(new RegExp(`^${t('campaigns.form.leads')}`)), {
        target: { value: '25' },
      });
      fireEvent.click(screen.getByRole('button', { name: t('campaigns.form.save') }));
    },
  ],
])('a campaign’s report is dated with its figures, drawn again after %s', async (_, change) => {
  await seedPosts();
  await saveDirect({ postKeys: ['x:1'] });
  const opened = clock.now;
  render(<CampaignsPanel filteredKeys={null} now={() => clock.now} locale="en-US" />);
  fireEvent.click(await screen.findByRole('button', { name: 'Spring launch' }));
  const detail = await screen.findByRole('article', { name: t('campaigns.detail.label', 'Spring launch') });
  expect(madeLine(detail)).toBe(reportMade(opened, uiLocale()));

  // Three hours later the campaign changes, and its figures are drawn again.
  clock.now = opened + 3 * HOUR;
  change(detail);
  const redrawn = reportMade(clock.now, uiLocale());
  await waitFor(() => expect(madeLine(screen.getByRole('article'))).toBe(redrawn));
});
