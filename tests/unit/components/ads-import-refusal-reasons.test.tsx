// The ads import's Apply said "changed or deleted in another tab" for every refusal of its save,
// also for one marked `noBase` (the page's copy out of date) or `notPage` (a sender the background
// does not take for one of PostLens's pages), where no other tab did anything. Its sentence is now
// chosen by the answer's mark, as the campaign form's is; the background's words stay folded.
import { AdsImport } from '@/components/campaigns/ads-import';
import { setMessageLookup, t } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { PAGE, saveDirect, storedCampaigns } from './campaigns/setup-campaigns';
import { backend, protocolMock, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
// Full DOM renders with a real background behind them: slow when the machine is busy.
vi.setConfig({ testTimeout: 20_000 });

/** Our content script: the same extension id, a web page's url, in a tab. */
const CONTENT_SCRIPT = { id: 'test-extension', url: 'https://x.com/home', tab: { id: 1 } };

const route = protocolMock.sendMessage.getMockImplementation()!;
beforeEach(resetAll);
afterEach(async () => {
  protocolMock.sendMessage.mockImplementation(route);
  setMessageLookup(lookupFrom(await loadMessages('en')), 'en');
});

type Lang = 'en' | 'de';
/** How the Apply's save is refused: sent without its copy, from a refused sender, or after another tab's edit. */
type How = 'noBase' | 'notPage' | 'changed';

/** Routes saveCampaign to the real background as `how` says; the rest as the page sends it. */
async function refusing(how: How, id: string) {
  if (how === 'changed') {
    const stored = (await storedCampaigns()).find((c) => c.id === id)!;
    expect((await backend().saveCampaign({ ...stored, clicks: 800, basedOn: stored }, PAGE)).ok).toBe(true);
    return;
  }
  protocolMock.sendMessage.mockImplementation(async (type: string, data: unknown, tabId?: number) => {
    if (type !== 'saveCampaign') return route(type, data, tabId);
    if (how === 'notPage') return backend().saveCampaign(data as never, CONTENT_SCRIPT);
    const { basedOn: _dropped, ...edit } = data as Record<string, unknown>;
    return backend().saveCampaign(edit as never, PAGE);
  });
}

// A Meta export of one campaign in its period (2025-01-01 – 2025-01-31).
const META = [
  'Reporting starts,Reporting ends,Campaign name,Amount spent (EUR),Impressions,Link clicks,Results,Purchases conversion value',
  '2025-01-02,2025-01-02,Spring launch,50.00,12000,120,3,450.00',
].join('\r\n');

describe('the ads import: an Apply the background refuses', () => {
  it.each<[How, Lang, string]>([
    [
      'noBase',
      'en',
      'Nothing was imported: this page’s copy of the campaign is out of date. Reload the page, then import the file again.',
    ],
    [
      'noBase',
      'de',
      'Nichts wurde importiert: Die Fassung der Kampagne auf dieser Seite ist veraltet. Lade die Seite neu und importiere die Datei dann erneut.',
    ],
    [
      'notPage',
      'en',
      'Nothing was imported: PostLens takes changes only from its own pages and did not take this page for one. Reload the page, then import the file again.',
    ],
    [
      'notPage',
      'de',
      'Nichts wurde importiert: PostLens nimmt Änderungen nur von seinen eigenen Seiten an und hat diese Seite nicht als eine davon erkannt. Lade die Seite neu und importiere die Datei dann erneut.',
    ],
    [
      'changed',
      'en',
      'Nothing was imported: this campaign was changed or deleted in another tab or window after this page read it. Reload the page to see that change, then import the file again.',
    ],
    [
      'changed',
      'de',
      'Nichts wurde importiert: Diese Kampagne wurde in einem anderen Tab oder Fenster geändert oder gelöscht, nachdem diese Seite sie gelesen hat. Lade die Seite neu, um diese Änderung zu sehen, und importiere die Datei dann erneut.',
    ],
  ])('(%s, %s) says what happened by its mark, the answer folded', async (how, lang, says) => {
    setMessageLookup(lookupFrom(await loadMessages(lang)), lang);
    const c = await saveDirect({});
    render(<AdsImport campaign={c} locale={lang} onApplied={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: t('campaigns.ads.import.title') }));
    const input = screen.getByLabelText(t('campaigns.ads.import.file')) as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([META], 'ads.csv')], configurable: true });
    fireEvent.change(input);
    const apply = screen.getByRole('button', { name: t('campaigns.ads.import.apply') }) as HTMLButtonElement;
    await waitFor(() => expect(apply.disabled).toBe(false));
    await refusing(how, c.id);
    fireEvent.click(apply);
    const alert = await screen.findByRole('alert');
    const folded = alert.querySelector('details')?.textContent ?? '';
    expect((alert.textContent ?? '').replace(folded, '')).toBe(says);
    // The background's own words go under "Error details".
    expect(folded).toContain(how === 'notPage' ? 'saveCampaign' : 'Spring launch');
    // Nothing was written: the spend is as it was, not the file's.
    expect((await storedCampaigns()).find((s) => s.id === c.id)!.spend).toEqual(c.spend);
  });
});
