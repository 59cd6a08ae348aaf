// @vitest-environment node

// The storage status kept one last error, and the next write that succeeded cleared it: a delete,
// an import or a campaign change that failed (not done, and never tried again) was gone from the
// popup's "Storage problem" as soon as the next batch of readings was stored, so a user who opened
// the popup later never learnt of it. Only a failure whose data is still tried again (a batch of
// readings the content script keeps until stored) may be cleared by a later success.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { STORAGE_PROBLEM_DISMISSED_KEY } from '@/lib/messages';
import type { PostLensDb } from '@/lib/store';
import { closeDb, getDb } from '@/lib/store/db';
import { CONTENT, POPUP, testHandlers } from '../fixtures/handlers';
import { batch, freshIndexedDb, MIN, reading, T0 } from '../recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const full = () => Promise.reject(new DOMException('quota', 'QuotaExceededError'));

/** Handlers whose database refuses while `refusing.now` is true, with a clock tests move. */
function setup() {
  const refusing = { now: true };
  const clock = { now: T0 };
  const { h } = testHandlers({
    db: (): Promise<PostLensDb> => (refusing.now ? full() : getDb()),
    now: () => clock.now,
  });
  return { h, refusing, clock };
}

type H = ReturnType<typeof setup>['h'];
// Each with the name the failure is kept with (the notice names the action).
const actions: Array<[string, (h: H) => Promise<{ ok: boolean }>, string]> = [
  ['a delete of a post', (h) => h.deletePost('x:1', POPUP), 'deletePost'],
  ['"delete all data"', (h) => h.deleteAll(undefined, POPUP), 'deleteAll'],
  [
    'an import',
    (h) =>
      h.importData(
        {
          format: 'postlens-export',
          version: 1,
          exportedAt: new Date(T0).toISOString(),
          posts: [],
          authors: [],
        },
        POPUP,
      ),
    'importData',
  ],
];

describe('a storage failure of an action that is not tried again', () => {
  it.each(actions)('%s stays told after a later write succeeds, until dismissed', async (_, act, action) => {
    const { h, refusing, clock } = setup();
    expect((await act(h)).ok).toBe(false);
    refusing.now = false;
    clock.now = T0 + MIN;
    expect(await h.recordReadings(batch([reading()]), CONTENT)).toMatchObject({ ok: true, stored: 1 });
    await h.queue.idle();
    const status = await h.storageStatus(undefined, POPUP);
    expect(status.notDone).toEqual({ error: expect.stringMatching(/Storage is full/), at: T0, action });
    // The user dismisses what the notice showed (the page writes the time of the failure it showed).
    await fakeBrowser.storage.local.set({ [STORAGE_PROBLEM_DISMISSED_KEY]: T0 });
    expect((await h.storageStatus(undefined, POPUP)).notDone ?? null).toBeNull();
  });

  it('a failure after the one dismissed is told again', async () => {
    const { h, clock } = setup();
    await h.deletePost('x:1', POPUP);
    await fakeBrowser.storage.local.set({ [STORAGE_PROBLEM_DISMISSED_KEY]: T0 });
    clock.now = T0 + MIN;
    await h.deletePost('x:2', POPUP);
    expect((await h.storageStatus(undefined, POPUP)).notDone).toEqual({
      error: expect.stringMatching(/Storage is full/),
      at: T0 + MIN,
      action: 'deletePost',
    });
  });
});

describe('a storage failure of readings that are tried again', () => {
  it('is cleared by the next write that succeeds, and a failed action before it stays', async () => {
    const { h, refusing, clock } = setup();
    await h.deletePost('x:1', POPUP);
    clock.now = T0 + MIN;
    expect(await h.recordReadings(batch([reading()]), CONTENT)).toMatchObject({ ok: false });
    await h.queue.idle();
    expect(await h.storageStatus(undefined, POPUP)).toMatchObject({
      lastError: expect.stringMatching(/Storage is full/),
      at: T0 + MIN,
    });
    refusing.now = false;
    await h.recordReadings(batch([reading()]), CONTENT);
    await h.queue.idle();
    expect(await h.storageStatus(undefined, POPUP)).toEqual({
      lastError: null,
      at: null,
      notDone: { error: expect.stringMatching(/Storage is full/), at: T0, action: 'deletePost' },
    });
  });
});
