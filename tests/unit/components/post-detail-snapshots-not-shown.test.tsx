// The post page's snapshot table and its report: a count a reading did not show is said to be
// "not shown" (unknown, not 0), not a bare dash; and the Engagement column's formula is written on
// the page, so it is in the printed page and the PNG, not only in a hover title.
import { createElement } from 'preact';
import { PostDetail } from '@/components/dashboard/post-detail';
import { setMessageLookup } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { render, screen, within } from '../testing-library';
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

async function open() {
  await record([reading({ postId: 'p', likes: 50, comments: null, views: 900 })]);
  render(createElement(PostDetail, { postKey: 'x:p', onDeleted: () => {} }));
  await screen.findByText('1 snapshot');
  const table = screen.getByRole('table');
  const heads = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent);
  const cells = within(table).getAllByRole('row')[1]!.querySelectorAll('td');
  return (name: string) => cells[heads.indexOf(name)]!;
}

it('a count the reading did not show is said to be not shown, on hover and to a screen reader', async () => {
  const cell = await open();
  const comments = cell('Comments');
  expect(within(comments).getByRole('img', { name: 'not shown' }).textContent).toBe('—');
  expect(comments.title).toBe('Not shown on the page at this reading: unknown, not 0');
  // A count it did show reads as before.
  expect(cell('Likes').textContent).toBe('50');
  expect(cell('Likes').title).toBe('');
});

it.each([
  ['en', 'Engagement', 'likes + comments + reposts + saves of this reading, those it shows'],
  ['de', 'Interaktionen', 'Likes + Kommentare + Reposts + Speicherungen dieser Messung'],
] as const)(
  '(%s) the Engagement formula is written on the page, for print and the image',
  async (lang, name, formula) => {
    setMessageLookup(lookupFrom(await loadMessages(lang)), lang);
    await record([reading({ postId: 'p', likes: 5 })]);
    render(createElement(PostDetail, { postKey: 'x:p', onDeleted: () => {} }));
    await screen.findAllByRole('columnheader');
    // Written text, not a title: what the print and the PNG show.
    const written = document.querySelector('.post-detail .engagement-formula')?.textContent ?? '';
    expect(written).toContain(`${name} = ${formula}`);
  },
);

it('a reading without a count the others show reads no engagement drop (as the chart breaks its line)', async () => {
  const { clock, HOUR } = await import('./helpers');
  const t0 = clock.now;
  const author = { handle: 'alice', name: 'Alice', followers: 1000 };
  await record([reading({ postId: 'p', author, likes: 50, comments: 500 })], null, t0);
  await record([reading({ postId: 'p', author, likes: 60, comments: null })], null, t0 + HOUR);
  render(createElement(PostDetail, { postKey: 'x:p', onDeleted: () => {} }));
  await screen.findByText('2 snapshots');
  const table = screen.getByRole('table');
  const heads = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent);
  const [, newest, oldest] = within(table).getAllByRole('row');
  const at = (row: HTMLElement, name: string) => row.querySelectorAll('td')[heads.indexOf(name)]!;
  expect(at(oldest!, 'Engagement').textContent).toBe('550');
  // 60 (likes alone) after 550 (likes + comments) reads as a fall of 490 no reading showed.
  expect(at(newest!, 'Engagement').textContent).not.toBe('60');
  expect(at(newest!, 'ER followers').textContent).not.toContain('6%');
  expect(at(newest!, 'Engagement').title).toContain('Comments');
});
