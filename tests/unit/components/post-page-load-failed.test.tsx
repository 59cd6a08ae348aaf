// A post page whose read failed showed the bare error ("TypeError: …", an IndexedDB DOMException's
// message) in English, saying neither what failed nor what to do.
import { createElement } from 'preact';
import { PostDetail } from '@/components/dashboard/post-detail';
import { setMessageLookup } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { fireEvent, render, screen } from '../testing-library';
import { reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));
const failWith = vi.hoisted(() => ({ error: null as unknown }));
vi.mock('@/lib/queries', async (original) => {
  const real = await original<typeof import('@/lib/queries')>();
  return {
    ...real,
    loadPostDetail: (key: string) =>
      failWith.error === null ? real.loadPostDetail(key) : Promise.reject(failWith.error),
  };
});

beforeEach(async () => {
  await resetAll();
  failWith.error = null;
});
afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en')), 'en'));

it.each([
  [
    'en',
    new TypeError("Cannot read properties of undefined (reading 'transaction')"),
    "TypeError: Cannot read properties of undefined (reading 'transaction')",
    'This post could not be read from PostLens’s stored data.',
  ],
  [
    'de',
    new DOMException('The database connection is closing.', 'InvalidStateError'),
    'InvalidStateError: The database connection is closing.',
    'Dieser Beitrag konnte nicht aus den gespeicherten PostLens-Daten gelesen werden.',
  ],
] as const)(
  '(%s) a failed read says what failed and what to do, the error as a detail',
  async (lang, error, raw, says) => {
    setMessageLookup(lookupFrom(await loadMessages(lang)), lang);
    await record([reading({ postId: 'p', likes: 5 })]);
    failWith.error = error;
    render(createElement(PostDetail, { postKey: 'x:p', onDeleted: () => {} }));
    const alert = await screen.findByRole('alert');
    // What the alert says outside its folded detail.
    const folded = alert.querySelector('details')?.textContent ?? '';
    const sentence = (alert.textContent ?? '').replace(folded, '');
    expect(sentence).toContain(says);
    expect(sentence).not.toContain(error.message);
    // The browser's words stay at hand (for a bug report), folded away under the sentence.
    expect(alert.querySelector('details')?.textContent).toContain(raw);
    // Trying again reads the post again: now it is read.
    failWith.error = null;
    fireEvent.click(screen.getByRole('button', { name: lang === 'de' ? 'Erneut versuchen' : 'Try again' }));
    await screen.findByText(lang === 'de' ? '1 Messung' : '1 snapshot');
    expect(screen.queryByRole('alert')).toBeNull();
  },
);
