// The storage notices' Dismiss buttons swallowed every failure (`.catch(() => {})`, and an answer
// "not done" was ignored): a Dismiss whose message got no answer (the worker restarting), whose note
// storage refused, or that the background refused left the notice up and said nothing. Each now
// says so beside its notice, the raw error folded under "Error details", and the Dismiss keeps focus
// for another try.

import { browser } from 'wxt/browser';
import { StorageWarning } from '@/components/common/storage-warning';
import { storageStatusItem } from '@/lib/background/storage-status';
import { setMessageLookup } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { backend, clock, protocolMock, reading, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

// The background's routing (helpers.ts), put back after each test that answers a message itself.
const route = protocolMock.sendMessage.getMockImplementation()!;

beforeEach(resetAll);
afterEach(async () => {
  protocolMock.sendMessage.mockImplementation(route);
  vi.restoreAllMocks();
  setMessageLookup(lookupFrom(await loadMessages('en')), 'en');
});

const CONTENT = { id: 'test-extension', url: 'https://x.com/home', tab: { id: 1 } };
const PAGE = { id: 'test-extension', url: 'chrome-extension://test-extension/popup.html' };
const NO_ANSWER = 'Could not establish connection. Receiving end does not exist.';

/** Answers message `type` by `reply` (which throws for no answer); the others as the background does. */
function answer(type: string, reply: () => unknown) {
  protocolMock.sendMessage.mockImplementation((async (t: string, data: unknown, tabId?: number) =>
    t === type ? reply() : route(t, data, tabId)) as never);
}

/** The failed Dismiss's line, once shown. */
const failedLine = () =>
  waitFor(() => {
    const el = document.querySelector<HTMLElement>('.dismiss-failed');
    if (!el) throw new Error('no failed Dismiss shown');
    return el;
  });

/** Focuses the notice's Dismiss, clicks it, and answers the alert it shows. */
async function dismissFails(): Promise<{ button: HTMLElement; alert: HTMLElement }> {
  const button = screen.getByRole('button', { name: 'Dismiss' });
  button.focus();
  fireEvent.click(button);
  const alert = await failedLine();
  return { button, alert };
}

/** The raw errors folded under "Error details" in `el`. */
const folded = (el: Element) => [...el.querySelectorAll('details code')].map((c) => c.textContent);

async function lostNotice(shown = /3 readings/) {
  await backend().reportUnsaved({ readings: 3, reason: 'storage refused' }, CONTENT);
  render(<StorageWarning />);
  await screen.findByText(shown);
}

async function checkedNotice() {
  await backend().recordReadings(
    {
      batchId: 'b1',
      pageUrl: 'https://x.com/home',
      posts: [reading({ postId: '1', likes: -1 })],
      profile: null,
    },
    CONTENT,
  );
  await backend().settled();
  render(<StorageWarning />);
  await screen.findByText(/1 value stored as unknown/);
}

describe('a Dismiss that fails says so beside its notice', () => {
  it('lost readings, no answer: said, the raw error folded, focus kept; a retry clears both', async () => {
    await lostNotice();
    answer('dismissUnsaved', () => {
      throw new Error(NO_ANSWER);
    });
    const { button, alert } = await dismissFails();
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toBe(
      'Could not dismiss: the notice stays until a Dismiss goes through. Try again in a moment.',
    );
    expect(document.querySelector('.unsaved-lost')!.nextElementSibling).toBe(alert);
    expect(folded(document.body)).toEqual([`Error: ${NO_ANSWER}`]);
    expect(screen.getByText(/3 readings/)).toBeTruthy();
    // The same button, still in the page and focused: the user can try again at once.
    expect(button.isConnected).toBe(true);
    expect(document.activeElement).toBe(button);

    protocolMock.sendMessage.mockImplementation(route);
    fireEvent.click(button);
    await waitFor(() => expect(screen.queryByText(/3 readings/)).toBeNull());
    expect(document.querySelector('.dismiss-failed')).toBeNull();
    expect((await backend().unsavedReadings(undefined, PAGE)).lost).toBe(0);
  });

  it('a failed action whose note storage refuses: said inside its notice, nothing noted', async () => {
    await storageStatusItem.setValue({
      lastError: null,
      at: null,
      notDone: { error: 'Storage is full.', at: clock.now - 1000 },
    });
    render(<StorageWarning />);
    await screen.findByText(/A change you asked for was not made/);
    vi.spyOn(browser.storage.local, 'set').mockRejectedValue(
      new Error('Resource::kQuotaBytes quota exceeded'),
    );
    const { button, alert } = await dismissFails();
    expect(alert.textContent).toMatch(/^Could not dismiss: /);
    expect(alert.closest('.not-done')).not.toBeNull();
    expect(folded(alert.closest('.not-done')!)).toContain('Error: Resource::kQuotaBytes quota exceeded');
    expect(document.activeElement).toBe(button);
    expect((await backend().storageStatus(undefined, PAGE)).notDone).toBeDefined();
  });

  it('a check’s notice the background answers "not done": its refusal, nothing folded', async () => {
    await checkedNotice();
    answer('dismissChecked', () => false);
    const { alert } = await dismissFails();
    expect(alert.textContent).toBe(
      "Could not dismiss: PostLens's background refused it. Reload this page and try again.",
    );
    expect(alert.closest('.checked-readings')).not.toBeNull();
    expect(alert.closest('.checked-readings')!.querySelector('details code')).toBeNull();
    expect(screen.getByText(/1 value stored as unknown/)).toBeTruthy();
  });

  it('dismissed, but the notices not read again: says the dismissal went and what is shown may be old', async () => {
    await checkedNotice();
    answer('checkedReadings', () => {
      throw new Error(NO_ANSWER);
    });
    const { alert } = await dismissFails();
    expect(alert.textContent).toMatch(/^Dismissed, but the notices could not be read again/);
    expect(folded(alert.closest('.checked-readings')!)).toEqual([`Error: ${NO_ANSWER}`]);
    expect((await backend().checkedReadings(undefined, PAGE)).nulled).toBe(0);
  });

  it('in German', async () => {
    setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
    await lostNotice(/3 Messungen/);
    answer('dismissUnsaved', () => {
      throw new Error(NO_ANSWER);
    });
    const button = screen.getByRole('button', { name: 'Ausblenden' });
    fireEvent.click(button);
    const alert = await failedLine();
    expect(alert.textContent).toMatch(/^Konnte nicht ausgeblendet werden: .*Versuch es/);
  });
});
