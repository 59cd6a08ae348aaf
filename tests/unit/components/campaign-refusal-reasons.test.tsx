// The background's refusals of a campaign change carry their mark (`refused`, and a `reason` where
// the page says something else than "another tab changed or deleted it"), and the campaign form
// words each by that mark, never by the answer's text: an edit sent without the copy it was made
// from (a stale page or a bug) is told to reload; a sender that is not one of PostLens's own pages
// is refused, not told to "try again" as if storage had failed.
import { CampaignForm } from '@/components/campaigns/campaign-form';
import type { Campaign } from '@/lib/campaigns';
import { setMessageLookup, t } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { fireEvent, render, screen } from '../testing-library';
import { PAGE, saveDirect } from './campaigns/setup-campaigns';
import { backend, clock, protocolMock, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.setConfig({ testTimeout: 20_000 });

/** Our content script: the same extension id, a web page's url, in a tab. */
const CONTENT_SCRIPT = { id: 'test-extension', url: 'https://x.com/home', tab: { id: 1 } };

const route = protocolMock.sendMessage.getMockImplementation()!;
beforeEach(resetAll);
afterEach(async () => {
  protocolMock.sendMessage.mockImplementation(route);
  setMessageLookup(lookupFrom(await loadMessages('en')), 'en');
});

type Handler = (data: unknown, sender: unknown) => Promise<unknown>;
const handler = (type: string) => (backend() as unknown as Record<string, Handler>)[type]!;

describe('the campaign handlers: a sender that is not one of our pages', () => {
  it.each<[string, (c: Campaign) => unknown]>([
    ['saveCampaign', (c) => ({ ...c, leads: 5, basedOn: c })],
    ['deleteCampaign', (c) => c.id],
    ['addPostsToCampaign', (c) => ({ campaignId: c.id, postKeys: ['x:2'] })],
    ['removePostsFromCampaign', (c) => ({ campaignId: c.id, postKeys: ['x:1'] })],
  ])('%s is refused with its mark, nothing changed', async (type, data) => {
    const c = await saveDirect({ postKeys: ['x:1'] });
    expect(await handler(type)(data(c), CONTENT_SCRIPT)).toEqual({
      ok: false,
      error: `${type} is only accepted from PostLens's own pages`,
      refused: true,
      reason: 'notPage',
    });
    expect(await backend().saveCampaign({ ...c, basedOn: c }, PAGE)).toMatchObject({ ok: true });
  });
});

describe('the campaign handlers: an edit and its copy', () => {
  it.each<[string, (c: Campaign) => Promise<unknown>, string | undefined]>([
    [
      'without the copy it was made from',
      async (c) => backend().saveCampaign({ ...c, leads: 5 }, PAGE),
      'noBase',
    ],
    [
      'made from a copy another tab changed since (the refusal without a reason: a conflict)',
      async (c) => {
        await backend().saveCampaign({ ...c, clicks: 800, basedOn: c }, PAGE);
        return backend().saveCampaign({ ...c, leads: 5, basedOn: c }, PAGE);
      },
      undefined,
    ],
  ])('%s: refused, reason %s', async (_how, save, reason) => {
    const c = await saveDirect({ clicks: 100 });
    const answer = (await save(c)) as { ok: boolean; refused?: true; reason?: string };
    expect(answer).toMatchObject({ ok: false, refused: true });
    expect(answer.reason).toBe(reason);
  });
});

type Lang = 'en' | 'de';
/** How the form's save is refused: sent without its copy, or from a sender the background refuses. */
type How = 'noBase' | 'notPage';

/** Routes saveCampaign to the real background as `how` says; the rest as the page sends it. */
function refusing(how: How) {
  protocolMock.sendMessage.mockImplementation(async (type: string, data: unknown, tabId?: number) => {
    if (type !== 'saveCampaign') return route(type, data, tabId);
    if (how === 'notPage') return backend().saveCampaign(data as never, CONTENT_SCRIPT);
    const { basedOn: _dropped, ...edit } = data as Record<string, unknown>;
    return backend().saveCampaign(edit as never, PAGE);
  });
}

describe('the campaign form: a save the background refuses', () => {
  it.each<[How, Lang, string]>([
    [
      'noBase',
      'en',
      'This page’s copy of the campaign is out of date, so it was not saved. Reload the page, then make your change again.',
    ],
    [
      'noBase',
      'de',
      'Die Fassung der Kampagne auf dieser Seite ist veraltet, daher wurde sie nicht gespeichert. Lade die Seite neu und nimm deine Änderung dann erneut vor.',
    ],
    [
      'notPage',
      'en',
      'This campaign was not saved: PostLens takes changes only from its own pages and did not take this page for one. Reload the page, then make your change again.',
    ],
    [
      'notPage',
      'de',
      'Diese Kampagne wurde nicht gespeichert: PostLens nimmt Änderungen nur von seinen eigenen Seiten an und hat diese Seite nicht als eine davon erkannt. Lade die Seite neu und nimm deine Änderung dann erneut vor.',
    ],
  ])('(%s, %s) says what happened and what to do, the answer folded', async (how, lang, says) => {
    setMessageLookup(lookupFrom(await loadMessages(lang)), lang);
    const c = await saveDirect({ clicks: 100 });
    refusing(how);
    render(
      <CampaignForm
        campaign={c}
        currency="EUR"
        now={() => clock.now}
        locale={lang}
        onSaved={() => {}}
        onCancel={() => {}}
      />,
    );
    fireEvent.input(screen.getByLabelText(new RegExp(`^${t('campaigns.form.leads')}`)), {
      target: { value: '25' },
    });
    fireEvent.click(screen.getByRole('button', { name: t('campaigns.form.save') }));
    const alert = await screen.findByRole('alert');
    const folded = alert.querySelector('details')?.textContent ?? '';
    const sentence = (alert.textContent ?? '').replace(folded, '');
    expect(sentence).toBe(says);
    // The background's own words (its reason, often for a developer) go under "Error details".
    expect(folded).toContain(how === 'notPage' ? 'saveCampaign' : 'Spring launch');
  });
});
