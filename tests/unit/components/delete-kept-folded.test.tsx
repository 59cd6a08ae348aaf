// A delete that stood while storage.local refused to drop the deleted posts' tags and notes: its
// answer's `kept` holds the sentence, then storage's own words ("QUOTA_BYTES quota exceeded")
// enclosed in invisible marks. "Delete all data" and the Authors view showed `kept` whole, so the
// user read the raw English (and the marks) inline. The sentence is now shown, the raw error
// folded under "Error details".
import { AuthorsView } from '@/components/dashboard/authors-view';
import { DataPanel } from '@/components/dashboard/data-panel';
import { App as DashboardApp } from '@/entrypoints/dashboard/App';
import { annotationsItem } from '@/lib/annotations';
import { setMessageLookup, t } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { fireEvent, render, screen, waitFor, within } from '../testing-library';
import { reading, record, resetAll } from './helpers';

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

const RAW = 'QUOTA_BYTES quota exceeded';
type Lang = 'en' | 'de';
const useLang = async (lang: Lang) => setMessageLookup(lookupFrom(await loadMessages(lang)), lang);

beforeEach(resetAll);
afterEach(async () => {
  vi.restoreAllMocks();
  await useLang('en');
});

/** Post x:1 by alice, with a tag and a note that storage.local will refuse to drop. */
async function seedRefusingNotes() {
  await record([
    reading({ postId: '1', author: { handle: 'alice', name: 'Alice', followers: 100 }, likes: 1 }),
  ]);
  await annotationsItem.setValue({ sets: [], tags: { 'x:1': ['launch'] }, notes: { 'x:1': 'a note' } });
  vi.spyOn(annotationsItem, 'setValue').mockRejectedValue(new Error(RAW));
}

/** What `el` shows unfolded, and what its "Error details" hold. */
function shown(el: Element): { visible: string; folded: string[]; summaries: string[] } {
  const copy = el.cloneNode(true) as Element;
  const details = [...copy.querySelectorAll('details')];
  const folded = details.map((d) => d.querySelector('code')?.textContent ?? '');
  const summaries = details.map((d) => d.querySelector('summary')?.textContent ?? '');
  for (const d of details) d.remove();
  return { visible: copy.textContent ?? '', folded, summaries };
}

function expectFolded(el: Element) {
  const { visible, folded, summaries } = shown(el);
  expect(visible).toContain(t('background.deletedNotesKept'));
  expect(visible).not.toContain('QUOTA');
  expect(visible).not.toContain('\u2063');
  expect(folded).toEqual([RAW]);
  expect(summaries).toEqual([t('dashboard.post.errorDetail')]);
}

describe('a delete whose tags and notes stayed: the sentence shown, storage’s words folded', () => {
  it.each(['en', 'de'] as const)('%s: Delete all data', async (lang) => {
    await seedRefusingNotes();
    await useLang(lang);
    const { container } = render(<DataPanel onChanged={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: t('dashboard.data.deleteAll') }));
    fireEvent.click(screen.getByRole('button', { name: t('dashboard.data.deleteConfirm') }));
    const zone = container.querySelector('.danger-zone')!;
    await waitFor(() => expect(zone.textContent).toContain(t('background.deletedNotesKept')));
    expectFolded(zone);
  });

  it.each(['en', 'de'] as const)('%s: Delete author', async (lang) => {
    await seedRefusingNotes();
    await useLang(lang);
    const { container } = render(<AuthorsView pref="followers" version={0} onChanged={vi.fn()} />);
    fireEvent.click(await screen.findByRole('checkbox'));
    const row = await waitFor(() => {
      const r = document.querySelector('.comparison tr[data-author="x:alice"]');
      if (!r) throw new Error('no row for alice yet');
      return r as HTMLElement;
    });
    fireEvent.click(within(row).getByRole('button', { name: t('dashboard.comparison.deleteAuthor') }));
    fireEvent.click(
      await screen.findByRole('button', { name: t('dashboard.comparison.deleteConfirm', '@alice') }),
    );
    const body = container.querySelector('.comparison-body')!;
    await waitFor(() => expect(body.textContent).toContain(t('background.deletedNotesKept')));
    expectFolded(body);
  });

  it.each(['en', 'de'] as const)('%s: Delete on the post page', async (lang) => {
    await seedRefusingNotes();
    await useLang(lang);
    location.hash = '#/post/x%3A1';
    try {
      const { container } = render(<DashboardApp />);
      fireEvent.click(await screen.findByRole('button', { name: t('dashboard.post.delete') }));
      fireEvent.click(await screen.findByRole('button', { name: t('dashboard.post.deleteConfirm') }));
      await waitFor(() => expect(container.textContent).toContain(t('background.deletedNotesKept')));
      const note = screen.getByRole('alert', { name: '' });
      expectFolded(note.parentElement!);
    } finally {
      location.hash = '';
    }
  });
});
