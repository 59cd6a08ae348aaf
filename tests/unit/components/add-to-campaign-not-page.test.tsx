// "Add to campaign" showed a refusal's words as the background wrote them. For one marked
// `notPage` (a sender the background does not take for one of PostLens's pages) that was
// "addPostsToCampaign is only accepted from PostLens's own pages": the message's code name, in the
// background's language, and nothing of what to do. It is now worded by its mark, the background's
// words folded under it; a refusal without a reason (a bad key, a full campaign) is still shown as
// it is, those words being for the user.
import { AddToCampaign } from '@/components/campaigns';
import { setMessageLookup, t, tn } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { fireEvent, render, screen } from '../testing-library';
import { saveDirect, storedCampaigns } from './campaigns/setup-campaigns';
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

describe('"Add to campaign": an add refused as not from one of our pages', () => {
  it.each<[Lang, string[], string]>([
    [
      'en',
      ['x:1'],
      'The post was not added to Launch: PostLens takes changes only from its own pages and did not take this page for one. Reload the page, then add it again.',
    ],
    [
      'en',
      ['x:1', 'x:2'],
      'The 2 posts were not added to Launch: PostLens takes changes only from its own pages and did not take this page for one. Reload the page, then add them again.',
    ],
    [
      'de',
      ['x:1'],
      'Der Beitrag wurde nicht zu Launch hinzugefügt: PostLens nimmt Änderungen nur von seinen eigenen Seiten an und hat diese Seite nicht als eine davon erkannt. Lade die Seite neu und füge ihn dann erneut hinzu.',
    ],
    [
      'de',
      ['x:1', 'x:2'],
      'Die 2 Beiträge wurden nicht zu Launch hinzugefügt: PostLens nimmt Änderungen nur von seinen eigenen Seiten an und hat diese Seite nicht als eine davon erkannt. Lade die Seite neu und füge sie dann erneut hinzu.',
    ],
  ])('(%s, %j) says so and what to do, the answer folded', async (lang, postKeys, says) => {
    setMessageLookup(lookupFrom(await loadMessages(lang)), lang);
    await saveDirect({ name: 'Launch' });
    protocolMock.sendMessage.mockImplementation(async (type: string, data: unknown, tabId?: number) =>
      type === 'addPostsToCampaign'
        ? backend().addPostsToCampaign(data as never, CONTENT_SCRIPT)
        : route(type, data, tabId),
    );
    render(<AddToCampaign postKeys={postKeys} />);
    const name =
      postKeys.length > 1 ? tn('campaigns.addTo.addMany', postKeys.length) : t('campaigns.addTo.addOne');
    fireEvent.click(await screen.findByRole('button', { name }));
    const alert = await screen.findByRole('alert');
    const folded = alert.querySelector('details')?.textContent ?? '';
    expect((alert.textContent ?? '').replace(folded, '')).toBe(says);
    // The background's own words (naming the message, for a developer) go under "Error details".
    expect(folded).toContain('addPostsToCampaign');
    expect((await storedCampaigns())[0]!.postKeys).toEqual([]);
  });
});
