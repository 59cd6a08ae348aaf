// The storage warning held one action that was not done: when a second failed before the user
// dismissed the first ("Delete all data was not done" as the disk was full, then "An import was not
// done"), the second replaced the first, and the user never learnt that the delete did not happen.
// Every action not done is now kept until dismissed, newest first; past the few the status keeps,
// the warning says how many earlier ones it does not list. Dismiss clears them all.

import { fakeBrowser } from 'wxt/testing/fake-browser';
import { StorageWarning } from '@/components/common/storage-warning';
import { NOT_DONE_KEPT, storageStatusItem } from '@/lib/background/storage-status';
import { formatDateTime } from '@/lib/format';
import { setMessageLookup, uiLocale } from '@/lib/i18n';
import { STORAGE_PROBLEM_DISMISSED_KEY } from '@/lib/messages';
import type { PostLensDb } from '@/lib/store';
import { loadMessages, lookupFrom } from '../../../harness/locale-messages';
import { POPUP, testHandlers } from '../../fixtures/handlers';
import { fireEvent, render, screen, waitFor } from '../../testing-library';
import { backend, clock, resetAll } from '../helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('../helpers')).protocolMock);

beforeEach(resetAll);

const MIN = 60_000;
const FULL = /Storage is full/;
const FULL_G = /Storage is full/g;
const POST_NOT_DELETED = /A post was not deleted/g;

/** A background whose database refuses every write (a full disk), with a clock tests move. */
function fullDisk() {
  const at = { now: clock.now };
  const { h } = testHandlers({
    db: (): Promise<PostLensDb> => Promise.reject(new DOMException('quota', 'QuotaExceededError')),
    now: () => at.now,
  });
  return { h, at };
}

type H = ReturnType<typeof fullDisk>['h'];
const deleteAll = (h: H) => h.deleteAll(undefined, POPUP);
const importNothing = (h: H) =>
  h.importData(
    {
      format: 'postlens-export',
      version: 1,
      exportedAt: new Date(clock.now).toISOString(),
      posts: [],
      authors: [],
    },
    POPUP,
  );

/** The text of the warning's actions not done, once the page shows it. */
async function shownNotDone(): Promise<string> {
  render(<StorageWarning />);
  await waitFor(() => expect(document.querySelector('.not-done')).not.toBeNull());
  return document.querySelector('.not-done')!.textContent!;
}

describe('two actions not done in a row', () => {
  it('both are shown, newest first, each with its time, and one Dismiss clears both', async () => {
    const { h, at } = fullDisk();
    expect((await deleteAll(h)).ok).toBe(false);
    at.now += MIN;
    expect((await importNothing(h)).ok).toBe(false);

    const text = await shownNotDone();
    const imported = text.indexOf('An import was not done');
    const deleted = text.indexOf('Delete all data was not done');
    expect(imported).toBeGreaterThanOrEqual(0);
    expect(deleted).toBeGreaterThan(imported);
    expect(text.match(FULL_G) ?? []).toHaveLength(2);
    expect(text).toContain(`An import was not done (${formatDateTime(at.now, uiLocale())})`);
    expect(text).toContain(`Delete all data was not done (${formatDateTime(at.now - MIN, uiLocale())})`);

    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(document.querySelector('.not-done')).toBeNull());
    expect((await backend().storageStatus(undefined, POPUP)).notDone).toBeUndefined();
    // One that fails after the dismissal is told again, alone.
    at.now += MIN;
    await deleteAll(h);
    const status = await h.storageStatus(undefined, POPUP);
    expect(status.notDone).toEqual({ error: expect.stringMatching(FULL), at: at.now, action: 'deleteAll' });
    expect(status.notDoneEarlier).toBeUndefined();
  });

  it('a status an older version stored (one notDone) is still shown, and kept beside a new failure', async () => {
    const old = clock.now - 60 * MIN;
    await storageStatusItem.setValue({
      lastError: null,
      at: null,
      notDone: { error: 'Storage is full: old', at: old, action: 'deleteAll' },
    });
    const { h, at } = fullDisk();
    expect((await importNothing(h)).ok).toBe(false);
    const status = await h.storageStatus(undefined, POPUP);
    expect(status.notDone).toMatchObject({ at: at.now, action: 'importData' });
    expect(status.notDoneEarlier).toEqual([{ error: 'Storage is full: old', at: old, action: 'deleteAll' }]);
    const text = await shownNotDone();
    expect(text).toMatch(/An import was not done.*Delete all data was not done.*Storage is full: old/s);
  });
});

describe('many actions not done', () => {
  it.each([
    // failed before the user dismissed, failed after it, listed, told as not listed
    [0, 1, 1, 0],
    [0, 2, 2, 0],
    [0, NOT_DONE_KEPT, NOT_DONE_KEPT, 0],
    [0, NOT_DONE_KEPT + 2, NOT_DONE_KEPT, 2],
    [0, NOT_DONE_KEPT + 9, NOT_DONE_KEPT, 9],
    [3, 2, 2, 0],
    [3, NOT_DONE_KEPT + 2, NOT_DONE_KEPT, 2],
  ])('%i dismissed, then %i: %i listed, %i counted as not listed', async (before, after, listed, hidden) => {
    const { h, at } = fullDisk();
    for (let i = 0; i < before; i++) {
      at.now += MIN;
      await h.deletePost(`x:${i}`, POPUP);
    }
    if (before > 0) await fakeBrowser.storage.local.set({ [STORAGE_PROBLEM_DISMISSED_KEY]: at.now });
    for (let i = 0; i < after; i++) {
      at.now += MIN;
      await h.deletePost(`x:${before + i}`, POPUP);
    }
    const text = await shownNotDone();
    expect(text.match(POST_NOT_DELETED) ?? []).toHaveLength(listed);
    if (hidden === 0) expect(text).not.toMatch(/not listed/);
    else
      expect(text).toContain(
        `${hidden} earlier action${hidden === 1 ? '' : 's'} that ${hidden === 1 ? 'was' : 'were'} not done`,
      );
    // The newest is listed first.
    expect(text.startsWith(`A post was not deleted (${formatDateTime(at.now, uiLocale())})`)).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(document.querySelector('.not-done')).toBeNull());
    const status = await h.storageStatus(undefined, POPUP);
    expect([status.notDone, status.notDoneEarlier, status.notDoneOmitted]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('the count of those not listed', () => {
  afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

  it.each([
    ['en', 1, '1 earlier action that was not done is not listed here.'],
    ['en', 3, '3 earlier actions that were not done are not listed here.'],
    ['de', 1, '1 frühere nicht ausgeführte Aktion ist hier nicht aufgeführt.'],
    ['de', 3, '3 frühere nicht ausgeführte Aktionen sind hier nicht aufgeführt.'],
  ] as const)('%s, %i: "%s"', async (lang, count, words) => {
    setMessageLookup(lookupFrom(await loadMessages(lang)), lang);
    const { h, at } = fullDisk();
    for (let i = 0; i < NOT_DONE_KEPT + count; i++) {
      at.now += MIN;
      await h.deletePost(`x:${i}`, POPUP);
    }
    expect(await shownNotDone()).toContain(words);
  });
});
