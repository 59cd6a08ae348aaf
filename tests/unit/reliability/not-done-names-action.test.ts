// @vitest-environment node

// The storage warning's "A change you asked for was not made" did not say which change: a user
// who deleted a post, then ran an import, and found the notice an hour later could not tell which
// of the two to do again. The background now keeps the action's name with the failure. And a
// delete whose records went but whose tags and notes stayed answered ok, so the warning never
// told it: only the page that asked did, and a user who had closed it never learnt of them.
import { annotationsItem } from '@/lib/annotations';
import type { PostLensDb } from '@/lib/store';
import { closeDb, getDb } from '@/lib/store/db';
import { CONTENT, POPUP, testHandlers } from '../fixtures/handlers';
import { batch, freshIndexedDb, MIN, reading, T0 } from '../recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const full = () => Promise.reject(new DOMException('quota', 'QuotaExceededError'));

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
const EMPTY_EXPORT = {
  format: 'postlens-export',
  version: 1,
  exportedAt: new Date(T0).toISOString(),
  posts: [],
  authors: [],
};

describe('a failed action is kept with its name', () => {
  it.each<[string, (h: H) => Promise<{ ok: boolean }>]>([
    ['importData', (h) => h.importData(EMPTY_EXPORT, POPUP)],
    ['deletePost', (h) => h.deletePost('x:1', POPUP)],
    ['deleteAuthor', (h) => h.deleteAuthor('x:someone', POPUP)],
    ['deleteAll', (h) => h.deleteAll(undefined, POPUP)],
    ['deleteCampaign', (h) => h.deleteCampaign('c1', POPUP)],
    ['campaign', (h) => h.addPostsToCampaign({ campaignId: 'c1', postKeys: ['x:1'] }, POPUP)],
    ['campaign', (h) => h.removePostsFromCampaign({ campaignId: 'c1', postKeys: ['x:1'] }, POPUP)],
  ])('%s', async (action, act) => {
    const { h } = setup();
    expect((await act(h)).ok).toBe(false);
    expect((await h.storageStatus(undefined, POPUP)).notDone).toEqual({
      error: expect.stringMatching(/Storage is full/),
      at: T0,
      action,
    });
  });
});

describe('a delete whose tags and notes stayed', () => {
  it('is told in the storage warning as not done, and stays after a later write succeeds', async () => {
    const { h, refusing, clock } = setup();
    refusing.now = false;
    await annotationsItem.setValue({ sets: [], tags: { 'x:1': ['launch'] }, notes: { 'x:1': 'private' } });
    const spy = vi
      .spyOn(annotationsItem, 'setValue')
      .mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    let answer: Awaited<ReturnType<H['deleteAll']>>;
    try {
      answer = await h.deleteAll(undefined, POPUP);
    } finally {
      spy.mockRestore();
    }
    // The delete stands: the page is still told ok, with what stayed.
    expect(answer).toMatchObject({ ok: true, kept: expect.stringMatching(/tags and notes/) });
    clock.now = T0 + MIN;
    expect(await h.recordReadings(batch([reading()]), CONTENT)).toMatchObject({ ok: true });
    await h.queue.idle();
    expect((await h.storageStatus(undefined, POPUP)).notDone).toEqual({
      error: (answer as { kept: string }).kept,
      at: T0,
      action: 'deletedKept',
    });
  });

  it('a delete that removed everything tells nothing', async () => {
    const { h, refusing } = setup();
    refusing.now = false;
    await annotationsItem.setValue({ sets: [], tags: { 'x:1': ['launch'] }, notes: {} });
    expect(await h.deleteAll(undefined, POPUP)).toEqual({ ok: true });
    expect((await h.storageStatus(undefined, POPUP)).notDone).toBeUndefined();
  });
});
