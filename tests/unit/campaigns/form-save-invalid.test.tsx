// The campaign form's save that the background's campaign check refuses (a campaign stored as no
// PostLens of today stores it: a post listed twice, a CSAT past 100 the form keeps as it is while
// its field is left alone) was answered "This campaign was not saved: nothing changed. Try saving
// again; if it fails again, restart the browser." Saving again sends the same campaign and is
// refused again, restart or not. The form now checks the campaign as the background will and,
// refused, says that it does not pass the check for what Error details names, and to correct that
// before saving. (A name past 200 characters, refused the same way before, is now said at its
// field: campaign-form.test.ts.)
import { CampaignForm } from '@/components/campaigns/campaign-form';
import type { Campaign } from '@/lib/campaigns';
import { setMessageLookup, t } from '@/lib/i18n';
import { getDb } from '@/lib/store/db';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { saveDirect, storedCampaigns } from '../components/campaigns/setup-campaigns';
import { clock, resetAll } from '../components/helpers';
import { fireEvent, render, screen, waitFor } from '../testing-library';

vi.mock('@/lib/messaging/protocol', async () => (await import('../components/helpers')).protocolMock);
vi.setConfig({ testTimeout: 20_000 });

type Lang = 'en' | 'de';
beforeEach(resetAll);
afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en')), 'en'));

/** A campaign stored as the check refuses it today (written past the background, as another version could). */
async function storedAs(odd: Partial<Campaign>): Promise<Campaign> {
  const c = { ...(await saveDirect({ postKeys: ['x:1'] })), ...odd };
  await (await getDb()).put('campaigns', c);
  return c;
}

type Case = 'a post listed twice' | 'a stored CSAT past 100';
/** The campaign the form edits (null: a new one), what the user types, and the field the check names. */
const CASES: Record<Case, { campaign: () => Promise<Campaign | null>; type: () => void; names: string }> = {
  'a post listed twice': {
    campaign: () => storedAs({ postKeys: ['x:1', 'x:1'] }),
    type: () =>
      fireEvent.input(screen.getByLabelText(new RegExp(`^${t('campaigns.form.leads')}`)), {
        target: { value: '25' },
      }),
    names: 'postKeys[1]',
  },
  'a stored CSAT past 100': {
    campaign: () => storedAs({ csat: 150 }),
    type: () =>
      fireEvent.input(screen.getByLabelText(new RegExp(`^${t('campaigns.form.leads')}`)), {
        target: { value: '25' },
      }),
    names: 'csat',
  },
};

/** The alert's words, "Error details" left out, and what it folds. */
function alertOf(alert: HTMLElement) {
  const folded = alert.querySelector('details')?.textContent ?? '';
  return { said: (alert.textContent ?? '').replace(folded, ''), folded };
}

describe('the campaign form: a save the campaign check refuses', () => {
  it.each(
    (Object.keys(CASES) as Case[]).flatMap((c) => (['en', 'de'] as const).map((l): [Case, Lang] => [c, l])),
  )('(%s, %s) says what is wrong and to correct it, not to save again', async (which, lang) => {
    setMessageLookup(lookupFrom(await loadMessages(lang)), lang);
    const { campaign: make, type, names } = CASES[which];
    const campaign = await make();
    const before = await storedCampaigns();
    render(
      <CampaignForm
        campaign={campaign}
        currency="EUR"
        now={() => clock.now}
        locale={lang}
        onSaved={() => {}}
        onCancel={() => {}}
      />,
    );
    type();
    const save = screen.getByRole('button', {
      name: campaign ? t('campaigns.form.save') : t('campaigns.form.create'),
    }) as HTMLButtonElement;
    const answers: string[] = [];
    for (const _ of [1, 2]) {
      fireEvent.click(save);
      const { said, folded } = alertOf(await screen.findByRole('alert'));
      // Not the advice for a passing failure: the same save is refused the same way.
      expect(said).not.toBe(t('campaigns.detail.saveFailed'));
      expect(said).toBe(t('campaigns.detail.saveInvalid'));
      // What the check refuses, named in the folded details.
      expect(folded).toContain(`${names}:`);
      answers.push(said);
      await waitFor(() => expect(save.disabled).toBe(false));
    }
    expect(answers[1]).toBe(answers[0]);
    // Nothing was written.
    expect(await storedCampaigns()).toEqual(before);
  });
});
