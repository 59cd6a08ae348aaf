// The dashboard mounts the campaigns panel without a locale, as every other view: numbers then
// follow the language the browser's UI is in (uiLocale), as the Overview's and the Authors' do.
// The panel fell back to the JavaScript default (en-US here), so a German user read "€300.00"
// spend and "1,500" in the campaign view while the rest of the dashboard wrote "300,00 €".
import { CampaignsPanel } from '@/components/campaigns';
import { setMessageLookup } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../../harness/locale-messages';
import { render, screen } from '../../testing-library';
import { clock, resetAll } from '../helpers';
import { saveDirect, seedPosts } from './setup-campaigns';

vi.mock('@/lib/messaging/protocol', async () => (await import('../helpers')).protocolMock);
vi.setConfig({ testTimeout: 20_000 });
vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

beforeEach(resetAll);
afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en')), 'en'));

it('writes the comparison’s amounts in the UI’s language when no locale is given (German)', async () => {
  setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
  await seedPosts();
  await saveDirect({ name: 'Launch', postKeys: ['x:1'], spend: { amountMinor: 123_456, currency: 'EUR' } });
  render(<CampaignsPanel now={() => clock.now} />);
  await screen.findByRole('table', { name: 'Verglichene Kampagnen' });
  const spend = document.querySelector(
    '.comparison.campaigns [data-campaign] [data-col="spend"]',
  )?.textContent;
  expect(spend).toBe(new Intl.NumberFormat('de', { style: 'currency', currency: 'EUR' }).format(1234.56));
});
