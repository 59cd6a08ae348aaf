// The Authors view when reading the authors or a comparison failed showed the browser's error alone
// ("The database connection is closing."): English words even in German, and nothing said what
// failed or what to do. It now says so in the user's language, the raw error folded under it.
import { AuthorsView } from '@/components/dashboard/authors-view';
import { setMessageLookup, t } from '@/lib/i18n';
import * as queries from '@/lib/queries';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { fireEvent, render, screen } from '../testing-library';
import { reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('@/lib/queries', async (original) => {
  const real = await original<typeof import('@/lib/queries')>();
  return { ...real, loadAuthors: vi.fn(real.loadAuthors), loadComparison: vi.fn(real.loadComparison) };
});
vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));
vi.setConfig({ testTimeout: 20_000 });

const RAW = 'The database connection is closing.';
type Lang = 'en' | 'de';

beforeEach(resetAll);
afterEach(async () => {
  setMessageLookup(lookupFrom(await loadMessages('en')), 'en');
});

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

describe('Authors view: a read that fails', () => {
  it.each<[Lang, string]>([
    ['en', 'The authors could not be read from PostLens’s stored data.'],
    ['de', 'Die Autoren konnten nicht aus den gespeicherten PostLens-Daten gelesen werden.'],
  ])('reading the authors (%s) says what failed and what to do, the error folded', async (lang, says) => {
    setMessageLookup(lookupFrom(await loadMessages(lang)), lang);
    vi.mocked(queries.loadAuthors).mockRejectedValueOnce(new Error(RAW));
    render(<AuthorsView pref="followers" version={0} onChanged={vi.fn()} />);
    const { sentence, folded, summary } = await alertParts();
    expect(sentence).toContain(says);
    expect(sentence).not.toContain(RAW);
    expect(folded).toContain(RAW);
    expect(summary).toBe(t('dashboard.post.errorDetail'));
  });

  it.each<[Lang, string]>([
    ['en', 'The comparison of these authors could not be read from PostLens’s stored data.'],
    ['de', 'Der Vergleich dieser Autoren konnte nicht aus den gespeicherten PostLens-Daten gelesen werden.'],
  ])('reading a comparison (%s) says what failed and what to do, the error folded', async (lang, says) => {
    setMessageLookup(lookupFrom(await loadMessages(lang)), lang);
    await record([
      reading({ postId: '1', author: { handle: 'alice', name: 'Alice', followers: 100 }, likes: 1 }),
    ]);
    vi.mocked(queries.loadComparison).mockRejectedValueOnce(new Error(RAW));
    render(<AuthorsView pref="followers" version={0} onChanged={vi.fn()} />);
    fireEvent.click(await screen.findByRole('checkbox'));
    const { sentence, folded } = await alertParts();
    expect(sentence).toContain(says);
    expect(sentence).not.toContain(RAW);
    expect(folded).toContain(RAW);
  });
});
