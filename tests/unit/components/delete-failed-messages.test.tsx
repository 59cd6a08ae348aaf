// A failed delete in the Import & data view ("Delete all data"), the Authors view ("Delete author")
// and a campaign's page ("Delete campaign") said "Delete failed: <raw error>": the browser's English
// words even in German, and nothing said whether anything was deleted or what to do. Each now says,
// in the user's language, that nothing was deleted (the background answered: its transaction was
// undone) or that it may not have been (no answer came), what to do, the raw error folded under it.
import { CampaignsPanel } from '@/components/campaigns';
import { AuthorsView } from '@/components/dashboard/authors-view';
import { DataPanel } from '@/components/dashboard/data-panel';
import { setMessageLookup, t } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { fireEvent, render, screen, waitFor, within } from '../testing-library';
import { saveDirect, seedPosts } from './campaigns/setup-campaigns';
import { clock, protocolMock, reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));
// Full DOM renders with a real background behind them: slow when the machine is busy.
vi.setConfig({ testTimeout: 20_000 });

/** The routing to the real background handlers, put back after each test. */
const route = protocolMock.sendMessage.getMockImplementation()!;
beforeEach(resetAll);
afterEach(async () => {
  protocolMock.sendMessage.mockImplementation(route);
  setMessageLookup(lookupFrom(await loadMessages('en')), 'en');
});

/** The delete's answer: the background's "not deleted" result, or no answer at all (a thrown send). */
type Failure = { answer: { ok: false; error: string } } | { thrown: Error };
type Lang = 'en' | 'de';

const REFUSED: Failure = { answer: { ok: false, error: 'Storage failed (UnknownError: disk I/O).' } };
const RAW_REFUSED = 'Storage failed (UnknownError: disk I/O).';
const NO_ANSWER: Failure = { thrown: new Error('The database connection is closing.') };
const RAW_NO_ANSWER = 'The database connection is closing.';

/** Every `type` message fails as `failure` says; the others reach the real background. */
function failing(type: string, failure: Failure) {
  protocolMock.sendMessage.mockImplementation(async (t: string, data: unknown, tabId?: number) => {
    if (t !== type) return route(t, data, tabId);
    if ('thrown' in failure) throw failure.thrown;
    return failure.answer;
  });
}

/** The alert's sentence (outside its folded detail) and the folded detail. */
async function alertParts(): Promise<{ sentence: string; folded: string }> {
  const alert = await screen.findByRole('alert');
  const folded = alert.querySelector('details')?.textContent ?? '';
  return { sentence: (alert.textContent ?? '').replace(folded, ''), folded };
}

async function inLanguage(lang: Lang) {
  setMessageLookup(lookupFrom(await loadMessages(lang)), lang);
}

describe('Import & data: "Delete all data" that fails', () => {
  it.each<[string, Lang, Failure, string, string]>([
    ['refused', 'en', REFUSED, RAW_REFUSED, 'Nothing was deleted: your data is as it was.'],
    ['refused', 'de', REFUSED, RAW_REFUSED, 'Nichts wurde gelöscht: Deine Daten sind unverändert.'],
    [
      'no answer',
      'en',
      NO_ANSWER,
      RAW_NO_ANSWER,
      'PostLens did not answer, so your data may not have been deleted.',
    ],
    [
      'no answer',
      'de',
      NO_ANSWER,
      RAW_NO_ANSWER,
      'PostLens hat nicht geantwortet, daher wurden deine Daten vielleicht nicht gelöscht.',
    ],
  ])('(%s, %s) says so in the user’s words, the error folded', async (_, lang, failure, raw, says) => {
    await inLanguage(lang);
    const onChanged = vi.fn();
    render(<DataPanel onChanged={onChanged} />);
    failing('deleteAll', failure);
    fireEvent.click(screen.getByRole('button', { name: t('dashboard.data.deleteAll') }));
    fireEvent.click(screen.getByRole('button', { name: t('dashboard.data.deleteConfirm') }));
    const { sentence, folded } = await alertParts();
    expect(sentence).toContain(says);
    expect(sentence).not.toContain(raw);
    expect(folded).toContain(raw);
    expect(onChanged).not.toHaveBeenCalled();
    // A delete that then works says so, and no failure stays.
    protocolMock.sendMessage.mockImplementation(route);
    fireEvent.click(screen.getByRole('button', { name: t('dashboard.data.deleteAll') }));
    fireEvent.click(screen.getByRole('button', { name: t('dashboard.data.deleteConfirm') }));
    await screen.findByText(t('dashboard.data.deleted'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onChanged).toHaveBeenCalled();
  });
});

describe('Authors: "Delete author" that fails', () => {
  it.each<[string, Lang, Failure, string, string]>([
    ['refused', 'en', REFUSED, RAW_REFUSED, 'This author was not deleted: nothing changed.'],
    ['refused', 'de', REFUSED, RAW_REFUSED, 'Dieser Autor wurde nicht gelöscht: Nichts wurde geändert.'],
    [
      'no answer',
      'en',
      NO_ANSWER,
      RAW_NO_ANSWER,
      'PostLens did not answer, so this author may not have been deleted.',
    ],
    [
      'no answer',
      'de',
      NO_ANSWER,
      RAW_NO_ANSWER,
      'PostLens hat nicht geantwortet, daher wurde dieser Autor vielleicht nicht gelöscht.',
    ],
  ])('(%s, %s) says so in the user’s words, the error folded', async (_, lang, failure, raw, says) => {
    await inLanguage(lang);
    await record([
      reading({ postId: '1', author: { handle: 'alice', name: 'Alice', followers: 100 }, likes: 1 }),
    ]);
    const onChanged = vi.fn();
    render(<AuthorsView pref="followers" version={0} onChanged={onChanged} />);
    fireEvent.click(await screen.findByRole('checkbox'));
    const row = await waitFor(() => {
      const r = document.querySelector('.comparison tr[data-author="x:alice"]');
      if (!r) throw new Error('no row for alice yet');
      return r as HTMLElement;
    });
    failing('deleteAuthor', failure);
    fireEvent.click(within(row).getByRole('button', { name: t('dashboard.comparison.deleteAuthor') }));
    fireEvent.click(
      await screen.findByRole('button', { name: t('dashboard.comparison.deleteConfirm', '@alice') }),
    );
    const { sentence, folded } = await alertParts();
    expect(sentence).toContain(says);
    expect(sentence).not.toContain(raw);
    expect(folded).toContain(raw);
    expect(onChanged).not.toHaveBeenCalled();
  });
});

describe('A campaign’s page: "Delete campaign" that fails', () => {
  it.each<[string, Lang, Failure, string, string]>([
    ['refused', 'en', REFUSED, RAW_REFUSED, 'This campaign was not deleted: nothing changed.'],
    ['refused', 'de', REFUSED, RAW_REFUSED, 'Diese Kampagne wurde nicht gelöscht: Nichts wurde geändert.'],
    [
      'no answer',
      'en',
      NO_ANSWER,
      RAW_NO_ANSWER,
      'PostLens did not answer, so this campaign may not have been deleted.',
    ],
    [
      'no answer',
      'de',
      NO_ANSWER,
      RAW_NO_ANSWER,
      'PostLens hat nicht geantwortet, daher wurde diese Kampagne vielleicht nicht gelöscht.',
    ],
  ])('(%s, %s) says so in the user’s words, the error folded', async (_, lang, failure, raw, says) => {
    await inLanguage(lang);
    await seedPosts();
    await saveDirect({ name: 'Teaser', postKeys: ['x:1'] });
    render(<CampaignsPanel now={() => clock.now} locale={lang} download={vi.fn()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Teaser' }));
    const detail = await screen.findByRole('article', { name: t('campaigns.detail.label', 'Teaser') });
    failing('deleteCampaign', failure);
    fireEvent.click(within(detail).getByRole('button', { name: t('campaigns.detail.delete') }));
    fireEvent.click(
      within(detail).getByRole('button', { name: t('campaigns.detail.confirmDelete', 'Teaser') }),
    );
    const { sentence, folded } = await alertParts();
    expect(sentence).toContain(says);
    expect(sentence).not.toContain(raw);
    expect(folded).toContain(raw);
    // The page stays, its delete there to try again.
    expect(within(detail).getByRole('button', { name: t('campaigns.detail.delete') })).toBeTruthy();
  });
});
