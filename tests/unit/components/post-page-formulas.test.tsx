// A post's page: its snapshot table's Engagement column gave no formula (the Posts table's header
// does), and a post the page showed no posting time for read "Posted —" without the reason the
// table's cell gives on hover.
import { createElement } from 'preact';
import { PostDetail } from '@/components/dashboard/post-detail';
import { setMessageLookup } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { render, screen } from '../testing-library';
import { reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

beforeEach(resetAll);
afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en')), 'en'));

async function openPost(publishedAt: string | null) {
  await record([reading({ postId: 'p', likes: 5, publishedAt })]);
  render(createElement(PostDetail, { postKey: 'x:p', onDeleted: () => {} }));
  await screen.findByText('1 snapshot');
}

it.each([
  ['en', 'likes + comments + reposts + saves of this reading, those it shows (views are not counted)'],
  [
    'de',
    'Likes + Kommentare + Reposts + Speicherungen dieser Messung, soweit sie sie zeigt (Aufrufe zählen nicht mit)',
  ],
] as const)('(%s) the snapshot table’s Engagement header gives its formula', async (lang, formula) => {
  setMessageLookup(lookupFrom(await loadMessages(lang)), lang);
  await record([reading({ postId: 'p', likes: 5 })]);
  render(createElement(PostDetail, { postKey: 'x:p', onDeleted: () => {} }));
  const heads = await screen.findAllByRole('columnheader');
  const engagement = heads.find((th) => th.textContent === (lang === 'de' ? 'Interaktionen' : 'Engagement'))!;
  expect(engagement.title).toBe(formula);
});

it('a post without a posting time says why', async () => {
  await openPost(null);
  expect(document.body.textContent).toContain('Posted — (the page showed no posting time)');
});

it('a post with a posting time says it as before', async () => {
  await openPost('2025-01-09T10:00:00.000Z');
  expect(document.body.textContent).not.toContain('no posting time');
});
