// A failed delete on the post page replaced the whole page with "Delete failed: <raw error>": the
// post was gone from view, the browser's words were shown in English, and nothing said what to do.
// The page now stays, says in the user's language that the post was not deleted (or, with no
// answer from PostLens, that it may not have been) and what to try, the raw error folded under it.
import { createElement } from 'preact';
import { PostDetail } from '@/components/dashboard/post-detail';
import { setMessageLookup } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { protocolMock, reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

/** The routing to the real background handlers, put back after each test. */
const route = protocolMock.sendMessage.getMockImplementation()!;
beforeEach(resetAll);
afterEach(async () => {
  protocolMock.sendMessage.mockImplementation(route);
  setMessageLookup(lookupFrom(await loadMessages('en')), 'en');
});

/** The delete's answer: the background's "not deleted" result, or no answer at all (a thrown send). */
type Failure = { answer: { ok: false; error: string } } | { thrown: Error };

it.each<[string, 'en' | 'de', Failure, string, string, string]>([
  [
    'the background refused',
    'en',
    { answer: { ok: false, error: 'Storage failed (UnknownError: disk I/O).' } },
    'Storage failed (UnknownError: disk I/O).',
    'This post was not deleted: nothing changed. Try deleting it again',
    'Delete post',
  ],
  [
    'the background refused',
    'de',
    { answer: { ok: false, error: 'Speicher voll' } },
    'Speicher voll',
    'Dieser Beitrag wurde nicht gelöscht: Nichts wurde geändert.',
    'Beitrag löschen',
  ],
  [
    'no answer',
    'en',
    { thrown: new Error('Could not establish connection. Receiving end does not exist.') },
    'Error: Could not establish connection. Receiving end does not exist.',
    'PostLens did not answer, so this post may not have been deleted.',
    'Delete post',
  ],
  [
    'no answer',
    'de',
    { thrown: new Error('Could not establish connection. Receiving end does not exist.') },
    'Error: Could not establish connection. Receiving end does not exist.',
    'PostLens hat nicht geantwortet, daher wurde dieser Beitrag vielleicht nicht gelöscht.',
    'Beitrag löschen',
  ],
])(
  '(%s, %s) a failed delete keeps the page and says so in its words, the error folded',
  async (_, lang, failure, raw, says, deleteName) => {
    setMessageLookup(lookupFrom(await loadMessages(lang)), lang);
    await record([reading({ postId: 'p', likes: 5, text: 'The post on its page' })]);
    const onDeleted = vi.fn();
    render(createElement(PostDetail, { postKey: 'x:p', onDeleted }));
    await screen.findByText('The post on its page');
    protocolMock.sendMessage.mockImplementation(async (type: string, data: unknown, tabId?: number) => {
      if (type !== 'deletePost') return route(type, data, tabId);
      if ('thrown' in failure) throw failure.thrown;
      return failure.answer;
    });
    fireEvent.click(screen.getByRole('button', { name: deleteName }));
    fireEvent.click(
      screen.getByRole('button', {
        name:
          lang === 'de' ? 'Diesen Beitrag und seine Messungen löschen' : 'Delete this post and its snapshots',
      }),
    );
    const alert = await screen.findByRole('alert');
    protocolMock.sendMessage.mockImplementation(route);
    // The page stays: the post's text, and its delete button to try again.
    expect(screen.getByText('The post on its page')).toBeTruthy();
    expect(screen.getByRole('button', { name: deleteName })).toBeTruthy();
    expect(onDeleted).not.toHaveBeenCalled();
    // What the alert says outside its folded detail: the user's language, not the raw error.
    const folded = alert.querySelector('details')?.textContent ?? '';
    const sentence = (alert.textContent ?? '').replace(folded, '');
    expect(sentence).toContain(says);
    expect(sentence).not.toContain(raw);
    expect(folded).toContain(raw);
    // A delete that then works clears the message and leaves the page.
    fireEvent.click(screen.getByRole('button', { name: deleteName }));
    fireEvent.click(
      screen.getByRole('button', {
        name:
          lang === 'de' ? 'Diesen Beitrag und seine Messungen löschen' : 'Delete this post and its snapshots',
      }),
    );
    await waitFor(() => expect(onDeleted).toHaveBeenCalled());
  },
);
