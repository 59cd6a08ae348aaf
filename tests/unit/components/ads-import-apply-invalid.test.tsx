// The ads import's Apply, for a campaign the campaign check refuses as it is (here a post key listed
// twice, as no PostLens of today stores it: a campaign another version wrote), was answered "Nothing
// was imported: the campaign is as it was. Apply again; if it fails again, restart the browser."
// Applying again sends the same campaign and is refused again, restart or not. It now says that the
// check refuses the campaign for what Error details names, and to correct that first.
import { AdsImport } from '@/components/campaigns/ads-import';
import type { Campaign } from '@/lib/campaigns';
import { setMessageLookup, t } from '@/lib/i18n';
import { getDb } from '@/lib/store/db';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { saveDirect, storedCampaigns } from './campaigns/setup-campaigns';
import { resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.setConfig({ testTimeout: 20_000 });

type Lang = 'en' | 'de';
beforeEach(resetAll);
afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en')), 'en'));

// A Meta export of one campaign in its period (2025-01-01 – 2025-01-31).
const META = [
  'Reporting starts,Reporting ends,Campaign name,Amount spent (EUR),Impressions,Link clicks,Results,Purchases conversion value',
  '2025-01-02,2025-01-02,Spring launch,50.00,12000,120,3,450.00',
].join('\r\n');

/** A campaign stored as the check refuses it today: post x:1 listed twice. */
async function storedRefused(): Promise<Campaign> {
  const c = await saveDirect({ postKeys: ['x:1'] });
  const odd = { ...c, postKeys: ['x:1', 'x:1'] };
  await (await getDb()).put('campaigns', odd);
  return odd;
}

/** The alert's words, "Error details" left out, and what it folds. */
function alertOf(alert: HTMLElement) {
  const folded = alert.querySelector('details')?.textContent ?? '';
  return { said: (alert.textContent ?? '').replace(folded, ''), folded };
}

describe('the ads import: an Apply the campaign check refuses', () => {
  it.each<Lang>(['en', 'de'])(
    '(%s) says what is wrong and to correct it, not to apply again',
    async (lang) => {
      setMessageLookup(lookupFrom(await loadMessages(lang)), lang);
      const c = await storedRefused();
      render(<AdsImport campaign={c} locale={lang} onApplied={() => {}} />);
      fireEvent.click(screen.getByRole('button', { name: t('campaigns.ads.import.title') }));
      const input = screen.getByLabelText(t('campaigns.ads.import.file')) as HTMLInputElement;
      Object.defineProperty(input, 'files', { value: [new File([META], 'ads.csv')], configurable: true });
      fireEvent.change(input);
      const apply = screen.getByRole('button', {
        name: t('campaigns.ads.import.apply'),
      }) as HTMLButtonElement;
      await waitFor(() => expect(apply.disabled).toBe(false));
      const answers: string[] = [];
      for (const _ of [1, 2]) {
        fireEvent.click(apply);
        const { said, folded } = alertOf(await screen.findByRole('alert'));
        // Not the advice for a passing failure: the same Apply is refused the same way.
        expect(said).not.toBe(t('campaigns.ads.import.applyFailed'));
        expect(said).toBe(t('campaigns.ads.import.applyInvalid'));
        // What the check refuses, named in the folded details.
        expect(folded).toContain('postKeys[1]');
        answers.push(said);
        await waitFor(() => expect(apply.disabled).toBe(false));
      }
      expect(answers[1]).toBe(answers[0]);
      // Nothing was written: the spend is as it was, not the file's.
      expect((await storedCampaigns()).find((s) => s.id === c.id)!.spend).toEqual(c.spend);
    },
  );
});
