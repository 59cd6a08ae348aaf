// The Posts table's Author and Post columns, and the Author filter's list, sort in the user's
// language (uiLocale, the browser's UI language, which every number and date on the page
// follows), not the JavaScript default locale. A Swedish user looks for Ödman after Zorn, as
// Swedish alphabets end "… x y z å ä ö"; the default locale here (en-US) puts Ö with O.
import { PostsView } from '@/components/dashboard/posts-view';
import { setMessageLookup } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { postRow } from '../fixtures/post-row';
import { fireEvent, render, screen, within } from '../testing-library';
import { resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);
afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

const rows = () => [
  postRow({ authorHandle: 'zorn', authorName: 'Zorn', text: 'Zebra' }),
  postRow({ authorHandle: 'ödman', authorName: 'Ödman', text: 'Ödla' }),
  postRow({ authorHandle: 'anna', authorName: 'Anna', text: 'Apa' }),
];

const bodyRows = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .filter((r) => !r.classList.contains('spacer') && r.closest('tbody'));
const postTexts = () => bodyRows().map((r) => within(r).getAllByRole('link')[0]!.textContent);

describe('a Swedish user (browser language sv)', () => {
  beforeEach(async () => setMessageLookup(lookupFrom(await loadMessages('en')), 'sv'));

  it('sorts the Author column A, Z, Ö', () => {
    render(<PostsView rows={rows()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Author' }));
    expect(postTexts()).toEqual(['Apa', 'Zebra', 'Ödla']);
    fireEvent.click(screen.getByRole('button', { name: 'Author' }));
    expect(postTexts()).toEqual(['Ödla', 'Zebra', 'Apa']);
  });

  it('sorts the Post column A, Z, Ö', () => {
    render(<PostsView rows={rows()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Post' }));
    expect(postTexts()).toEqual(['Apa', 'Zebra', 'Ödla']);
  });

  it('lists the Author filter’s authors A, Z, Ö', () => {
    render(<PostsView rows={rows()} />);
    const options = [...screen.getByLabelText<HTMLSelectElement>('Author').options].map((o) => o.text);
    expect(options).toEqual(['All', '@anna (X)', '@zorn (X)', '@ödman (X)']);
  });
});

describe('an English user', () => {
  beforeEach(async () => setMessageLookup(lookupFrom(await loadMessages('en')), 'en'));

  it('sorts Ö with O, as English does', () => {
    render(<PostsView rows={rows()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Author' }));
    expect(postTexts()).toEqual(['Apa', 'Ödla', 'Zebra']);
  });
});
