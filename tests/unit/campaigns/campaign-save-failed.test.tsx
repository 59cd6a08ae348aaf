// A campaign save that failed put the raw error into the sentence or showed it alone: no answer
// from the background showed the browser's English words ("Could not establish connection…") as if
// nothing had been saved, a storage failure said nothing of the campaign or of what to do. Each now
// says, in the user's language, what became of the save (not saved; changed in another tab; may or
// may not have been saved) and what to do, the raw error folded under "Error details".
import { CampaignsPanel } from '@/components/campaigns';
import { setMessageLookup, t } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { PAGE, saveDirect, seedPosts, storedCampaigns } from '../components/campaigns/setup-campaigns';
import { backend, clock, protocolMock, resetAll } from '../components/helpers';
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

type Lang = 'en' | 'de';
/** How the save fails: no answer (a thrown send), storage's answer, or another tab's edit first. */
type How = 'no answer' | 'storage' | 'changed';

const RAW_NO_ANSWER = 'Could not establish connection. Receiving end does not exist.';
const RAW_STORAGE = 'Storage failed (UnknownError: disk I/O). Data already stored is kept.';

/** The routing to the real background handlers, put back after each test. */
const route = protocolMock.sendMessage.getMockImplementation()!;
beforeEach(resetAll);
afterEach(async () => {
  protocolMock.sendMessage.mockImplementation(route);
  setMessageLookup(lookupFrom(await loadMessages('en')), 'en');
});

/** Makes `type` fail as `how` says (another tab's edit goes through the real background). */
async function failing(type: string, how: How, campaign: { id: string }) {
  if (how === 'changed') {
    const stored = (await storedCampaigns()).find((c) => c.id === campaign.id)!;
    const other = await backend().saveCampaign({ ...stored, clicks: 800, basedOn: stored }, PAGE);
    expect(other.ok).toBe(true);
    return;
  }
  protocolMock.sendMessage.mockImplementation(async (ty: string, data: unknown, tabId?: number) => {
    if (ty !== type) return route(ty, data, tabId);
    if (how === 'no answer') throw new Error(RAW_NO_ANSWER);
    return { ok: false, error: RAW_STORAGE };
  });
}

/** The alert's sentence (outside its folded detail) and the folded detail. */
async function alertParts(): Promise<{ sentence: string; folded: string; summary: string }> {
  const alert = await screen.findByRole('alert');
  const details = alert.querySelector('details');
  const folded = details?.textContent ?? '';
  return {
    sentence: (alert.textContent ?? '').replace(folded, ''),
    folded,
    summary: details?.querySelector('summary')?.textContent ?? '',
  };
}

async function openCampaign(lang: Lang) {
  setMessageLookup(lookupFrom(await loadMessages(lang)), lang);
  render(<CampaignsPanel filteredKeys={null} now={() => clock.now} locale={lang} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Spring launch' }));
  return screen.findByRole('article', { name: t('campaigns.detail.label', 'Spring launch') });
}

/** What the folded detail holds: the raw error, or the background's refusal. */
const RAW: Record<How, (lang: Lang) => string> = {
  'no answer': () => RAW_NO_ANSWER,
  storage: () => RAW_STORAGE,
  changed: (lang) =>
    lang === 'en'
      ? '“Spring launch” was changed in another tab'
      : '„Spring launch“ wurde in einem anderen Tab',
};

describe('the campaign form: a save that fails', () => {
  it.each<[How, Lang, string]>([
    [
      'no answer',
      'en',
      'PostLens did not answer, so this campaign may or may not have been saved. Reload the page',
    ],
    [
      'no answer',
      'de',
      'PostLens hat nicht geantwortet, daher wurde diese Kampagne vielleicht gespeichert, vielleicht auch nicht. Lade die Seite neu',
    ],
    ['storage', 'en', 'This campaign was not saved: nothing changed. Try saving again'],
    ['storage', 'de', 'Diese Kampagne wurde nicht gespeichert: Nichts wurde geändert. Versuche erneut'],
    ['changed', 'en', 'changed or deleted in another tab or window after this page read it. Reload the page'],
    [
      'changed',
      'de',
      'in einem anderen Tab oder Fenster geändert oder gelöscht, nachdem diese Seite sie gelesen hat. Lade die Seite neu',
    ],
  ])('(%s, %s) says so and what to do, the error folded', async (how, lang, says) => {
    const c = await saveDirect({ clicks: 100 });
    const detail = await openCampaign(lang);
    fireEvent.click(within(detail).getByRole('button', { name: t('campaigns.detail.edit') }));
    await failing('saveCampaign', how, c);
    fireEvent.input(screen.getByLabelText(new RegExp(`^${t('campaigns.form.leads')}`)), {
      target: { value: '25' },
    });
    fireEvent.click(screen.getByRole('button', { name: t('campaigns.form.save') }));
    const { sentence, folded, summary } = await alertParts();
    expect(sentence).toContain(says);
    expect(sentence).not.toContain(RAW[how](lang));
    expect(folded).toContain(RAW[how](lang));
    expect(summary).toBe(t('dashboard.post.errorDetail'));
  });
});

// A Meta export of one campaign in its period (2025-01-01 – 2025-01-31).
const META = [
  'Reporting starts,Reporting ends,Campaign name,Amount spent (EUR),Impressions,Link clicks,Results,Purchases conversion value',
  '2025-01-02,2025-01-02,Spring launch,50.00,12000,120,3,450.00',
].join('\r\n');

describe('the ads import: an Apply whose save fails', () => {
  it.each<[How, Lang, string]>([
    [
      'no answer',
      'en',
      'PostLens did not answer, so the file’s totals may or may not have been imported. Reload the page',
    ],
    [
      'no answer',
      'de',
      'PostLens hat nicht geantwortet, daher wurden die Summen der Datei vielleicht übernommen, vielleicht auch nicht. Lade die Seite neu',
    ],
    ['storage', 'en', 'Nothing was imported: the campaign is as it was. Apply again'],
    [
      'storage',
      'de',
      'Nichts wurde importiert: Die Kampagne ist unverändert. Klicke erneut auf „Übernehmen“',
    ],
    ['changed', 'en', 'Nothing was imported: this campaign was changed or deleted in another tab or window'],
    [
      'changed',
      'de',
      'Nichts wurde importiert: Diese Kampagne wurde in einem anderen Tab oder Fenster geändert oder gelöscht',
    ],
  ])('(%s, %s) says so and what to do, the error folded', async (how, lang, says) => {
    const c = await saveDirect({});
    const detail = await openCampaign(lang);
    fireEvent.click(within(detail).getByRole('button', { name: t('campaigns.ads.import.title') }));
    const input = screen.getByLabelText(t('campaigns.ads.import.file')) as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([META], 'ads.csv')], configurable: true });
    fireEvent.change(input);
    const apply = screen.getByRole('button', { name: t('campaigns.ads.import.apply') }) as HTMLButtonElement;
    await waitFor(() => expect(apply.disabled).toBe(false));
    await failing('saveCampaign', how, c);
    fireEvent.click(apply);
    const { sentence, folded } = await alertParts();
    expect(sentence).toContain(says);
    expect(sentence).not.toContain(RAW[how](lang));
    expect(folded).toContain(RAW[how](lang));
  });
});

describe('a campaign’s posts: an add that gets no answer', () => {
  it.each<[Lang, string]>([
    [
      'en',
      'PostLens did not answer, so this campaign’s posts may or may not have been changed. Reload the page',
    ],
    [
      'de',
      'PostLens hat nicht geantwortet, daher wurden die Beiträge dieser Kampagne vielleicht geändert, vielleicht auch nicht. Lade die Seite neu',
    ],
  ])('(%s) says it may have been saved, the error folded', async (lang, says) => {
    await seedPosts();
    const c = await saveDirect({});
    const detail = await openCampaign(lang);
    await failing('addPostsToCampaign', 'no answer', c);
    fireEvent.input(within(detail).getByLabelText(t('campaigns.posts.key')), { target: { value: 'x:1' } });
    fireEvent.click(within(detail).getByRole('button', { name: t('campaigns.posts.addByKey') }));
    const { sentence, folded } = await alertParts();
    expect(sentence).toContain(says);
    expect(sentence).not.toContain(RAW_NO_ANSWER);
    expect(folded).toContain(RAW_NO_ANSWER);
  });
});
