// A failed read or export in the campaigns' views put the browser's raw error (English, in German
// too) into the sentence the user read: "Could not read the campaigns: UnknownError: …". Each now
// says in the user's language which read or export failed and what to do, the raw error folded
// under "Error details".
import { AddToCampaign, CampaignsPanel } from '@/components/campaigns';
import { setMessageLookup, t } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { saveDirect, seedPosts } from '../components/campaigns/setup-campaigns';
import { clock, protocolMock, resetAll } from '../components/helpers';
import { fireEvent, render, screen, within } from '../testing-library';

/** The reads the views make, failing while `failing.read` is set. */
const failing = vi.hoisted(() => ({ read: null as Error | null }));
vi.mock('@/lib/queries', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/queries')>();
  return {
    ...real,
    loadCampaigns: (...a: Parameters<typeof real.loadCampaigns>) =>
      failing.read ? Promise.reject(failing.read) : real.loadCampaigns(...a),
    loadAllCampaignData: (...a: Parameters<typeof real.loadAllCampaignData>) =>
      failing.read ? Promise.reject(failing.read) : real.loadAllCampaignData(...a),
  };
});
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

type Lang = 'en' | 'de';
const RAW = 'The database connection is closing.';
const raw = () => Object.assign(new Error(RAW), { name: 'InvalidStateError' });

beforeEach(async () => {
  await resetAll();
  failing.read = null;
});
/** The routing to the real background handlers, put back after each test. */
const route = protocolMock.sendMessage.getMockImplementation()!;
afterEach(async () => {
  protocolMock.sendMessage.mockImplementation(route);
  setMessageLookup(lookupFrom(await loadMessages('en')), 'en');
});

const speak = async (lang: Lang) => setMessageLookup(lookupFrom(await loadMessages(lang)), lang);

/** The alert's sentence (outside its folded detail), the folded detail and its summary. */
async function alertParts() {
  const alert = await screen.findByRole('alert');
  const details = alert.querySelector('details');
  const folded = details?.textContent ?? '';
  return {
    sentence: (alert.textContent ?? '').replace(folded, ''),
    folded,
    summary: details?.querySelector('summary')?.textContent ?? '',
  };
}

function expectFolded(parts: Awaited<ReturnType<typeof alertParts>>, says: string) {
  expect(parts.sentence).toContain(says);
  expect(parts.sentence).not.toContain(RAW);
  expect(parts.folded).toContain(`InvalidStateError: ${RAW}`);
  expect(parts.summary).toBe(t('dashboard.post.errorDetail'));
}

describe('a campaigns read that fails', () => {
  it.each<[Lang, string]>([
    ['en', 'The campaigns could not be read from PostLens’s stored data. Reload the page'],
    [
      'de',
      'Die Kampagnen konnten nicht aus den gespeicherten PostLens-Daten gelesen werden. Lade die Seite neu',
    ],
  ])('in the campaigns panel (%s) says so and what to do, the error folded', async (lang, says) => {
    await speak(lang);
    failing.read = raw();
    render(<CampaignsPanel now={() => clock.now} locale={lang} />);
    expectFolded(await alertParts(), says);
  });

  it.each<[Lang, string]>([
    [
      'en',
      'The campaigns could not be read from PostLens’s stored data, so the post cannot be added to one here.',
    ],
    [
      'de',
      'Die Kampagnen konnten nicht aus den gespeicherten PostLens-Daten gelesen werden, daher kann der Beitrag hier keiner hinzugefügt werden.',
    ],
  ])('in the "Add to campaign" picker (%s) says so and what to do, the error folded', async (lang, says) => {
    await speak(lang);
    failing.read = raw();
    render(<AddToCampaign postKeys={['x:1']} />);
    expectFolded(await alertParts(), says);
  });
});

describe('an ads file whose read fails', () => {
  it.each<[Lang, string]>([
    ['en', 'The file could not be read: nothing was imported. Choose the file again'],
    ['de', 'Die Datei konnte nicht gelesen werden: Nichts wurde importiert. Wähle die Datei erneut'],
  ])('(%s) says so and what to do, the error folded', async (lang, says) => {
    await speak(lang);
    await saveDirect({});
    render(<CampaignsPanel now={() => clock.now} locale={lang} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Spring launch' }));
    const detail = await screen.findByRole('article', { name: t('campaigns.detail.label', 'Spring launch') });
    fireEvent.click(within(detail).getByRole('button', { name: t('campaigns.ads.import.title') }));
    const input = screen.getByLabelText(t('campaigns.ads.import.file')) as HTMLInputElement;
    // A file changed on disk after it was chosen: the browser refuses to read it.
    const file = new File(['x'], 'ads.csv');
    Object.defineProperty(file, 'arrayBuffer', { value: () => Promise.reject(raw()) });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    expectFolded(await alertParts(), says);
  });
});

describe('the comparison’s export that fails', () => {
  it.each<[Lang, string]>([
    ['en', 'The comparison was not downloaded: nothing was saved. Export it again'],
    ['de', 'Der Vergleich wurde nicht heruntergeladen: Nichts wurde gespeichert. Exportiere ihn erneut'],
  ])('(%s) says what was not done and what to do, the error folded', async (lang, says) => {
    await speak(lang);
    await seedPosts();
    await saveDirect({ postKeys: ['x:1'] });
    const download = vi.fn(() => {
      throw raw();
    });
    render(<CampaignsPanel now={() => clock.now} locale={lang} download={download} />);
    fireEvent.click(await screen.findByRole('button', { name: t('campaigns.comparison.export') }));
    expect(download).toHaveBeenCalledTimes(1);
    expectFolded(await alertParts(), says);
  });
});

describe('"Add to campaign" that gets no answer', () => {
  it.each<[Lang, string]>([
    ['en', 'PostLens did not answer, so the post may or may not have been added to Spring launch.'],
    ['de', 'PostLens hat nicht geantwortet, daher wurde der Beitrag vielleicht zu Spring launch hinzugefügt'],
  ])('(%s) says it may have been added and what to do, the error folded', async (lang, says) => {
    await speak(lang);
    await saveDirect({});
    protocolMock.sendMessage.mockImplementation(async (ty: string, data: unknown, tabId?: number) => {
      if (ty === 'addPostsToCampaign') throw raw();
      return route(ty, data, tabId);
    });
    render(<AddToCampaign postKeys={['x:1']} />);
    fireEvent.click(await screen.findByRole('button', { name: t('campaigns.addTo.addOne') }));
    expectFolded(await alertParts(), says);
  });
});
