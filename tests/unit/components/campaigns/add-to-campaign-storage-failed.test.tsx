// "Add to campaign" (and a campaign's "Add by key") whose write storage failed showed the
// background's storage description as the whole message: "Storage failed (UnknownError: The
// database connection is closing.). Data already stored is kept.", the browser's English words in
// the sentence, nothing of the post or campaign, and no folded detail. The other failed actions say
// in the user's language what became of the action and what to do, the raw error folded under
// "Error details"; a refusal for what was asked (no such campaign, a key that is none) still shows
// the background's own words.
import { AddToCampaign, CampaignsPanel } from '@/components/campaigns';
import { createHandlers } from '@/lib/background/handlers';
import { setMessageLookup, t } from '@/lib/i18n';
import { getSettings } from '@/lib/settings';
import type { PostLensDb } from '@/lib/store';
import { loadMessages, lookupFrom } from '../../../harness/locale-messages';
import { fireEvent, render, screen, within } from '../../testing-library';
import { clock, protocolMock, resetAll } from '../helpers';
import { PAGE, saveDirect, seedPosts, storedCampaigns } from './setup-campaigns';

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

type Lang = 'en' | 'de';
const RAW = 'The database connection is closing.';

/** The routing to the real background handlers, put back after each test. */
const route = protocolMock.sendMessage.getMockImplementation()!;
beforeEach(resetAll);
afterEach(async () => {
  protocolMock.sendMessage.mockImplementation(route);
  setMessageLookup(lookupFrom(await loadMessages('en')), 'en');
});

/** Sends addPostsToCampaign to a real background whose storage fails with the browser's RAW words. */
function storageFailsForAdds() {
  const failing = createHandlers({
    db: (): Promise<PostLensDb> => Promise.reject(new DOMException(RAW, 'UnknownError')),
    settings: getSettings,
    now: () => clock.now,
    warn: () => {},
    runtimeId: PAGE.id,
    extensionUrl: 'chrome-extension://test-extension/',
  });
  protocolMock.sendMessage.mockImplementation(async (ty: string, data: unknown, tabId?: number) =>
    ty === 'addPostsToCampaign' ? failing.addPostsToCampaign(data, PAGE) : route(ty, data, tabId),
  );
}

/** The alert's sentence (outside its folded detail) and the folded detail. */
async function alertParts(): Promise<{ sentence: string; folded: string }> {
  const alert = await screen.findByRole('alert');
  const folded = alert.querySelector('details')?.textContent ?? '';
  return { sentence: (alert.textContent ?? '').replace(folded, ''), folded };
}

describe('an add whose write storage failed', () => {
  it.each<[Lang, string]>([
    ['en', 'The post was not added to Launch: nothing changed. Add it again'],
    ['de', 'Der Beitrag wurde nicht zu Launch hinzugefügt: Nichts wurde geändert. Füge ihn erneut hinzu'],
  ])('(%s) "Add to campaign" says so in the user’s words, the raw error folded', async (lang, says) => {
    await saveDirect({ name: 'Launch' });
    setMessageLookup(lookupFrom(await loadMessages(lang)), lang);
    storageFailsForAdds();
    render(<AddToCampaign postKeys={['x:1']} />);
    fireEvent.click(await screen.findByRole('button', { name: t('campaigns.addTo.addOne') }));
    const { sentence, folded } = await alertParts();
    expect(sentence).toContain(says);
    expect(sentence).not.toContain(RAW);
    expect(folded).toContain(RAW);
    expect((await storedCampaigns())[0]!.postKeys).toEqual([]);
  });

  it.each<[Lang, string]>([
    ['en', 'This campaign’s posts were not changed. Try again'],
    ['de', 'Die Beiträge dieser Kampagne wurden nicht geändert. Versuche es erneut'],
  ])(
    '(%s) a campaign’s "Add by key" says so in the user’s words, the raw error folded',
    async (lang, says) => {
      await seedPosts();
      await saveDirect({});
      setMessageLookup(lookupFrom(await loadMessages(lang)), lang);
      render(<CampaignsPanel filteredKeys={null} now={() => clock.now} locale={lang} />);
      fireEvent.click(await screen.findByRole('button', { name: 'Spring launch' }));
      const detail = await screen.findByRole('article', {
        name: t('campaigns.detail.label', 'Spring launch'),
      });
      storageFailsForAdds();
      fireEvent.input(within(detail).getByLabelText(t('campaigns.posts.key')), { target: { value: 'x:1' } });
      fireEvent.click(within(detail).getByRole('button', { name: t('campaigns.posts.addByKey') }));
      const { sentence, folded } = await alertParts();
      expect(sentence).toContain(says);
      expect(sentence).not.toContain(RAW);
      expect(folded).toContain(RAW);
      expect((await storedCampaigns())[0]!.postKeys).toEqual([]);
    },
  );
});

describe('an add refused for what it asked', () => {
  it('shows the background’s own words, with nothing folded', async () => {
    const c = await saveDirect({ name: 'Launch' });
    render(<AddToCampaign postKeys={['x:1']} />);
    await screen.findByRole('button', { name: 'Add to campaign' });
    await route('deleteCampaign', c.id);
    fireEvent.click(screen.getByRole('button', { name: 'Add to campaign' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Campaign not saved: no such campaign (it may have been deleted); reopen to see the list',
    );
    expect(alert.querySelector('details')).toBeNull();
  });
});
