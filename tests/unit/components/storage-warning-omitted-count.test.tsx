// The storage warning lists the newest NOT_DONE_KEPT actions storage refused and counts the earlier
// ones ("N earlier actions … not listed"). That count kept one number and the newest omitted time,
// so a Dismiss at a time between the omitted ones (a page opened before more failed, or another
// tab's) left them all counted: 7 failures shown, 6 more, Dismiss on the page showing the 7, and
// the warning said "8 earlier actions" where 1 had failed after the dismissal. Each omitted one's
// time is now kept (up to OMITTED_TIMES_KEPT), so the count told is those after the dismissal.

import { fakeBrowser } from 'wxt/testing/fake-browser';
import { StorageWarning } from '@/components/common/storage-warning';
import {
  createStatusTracker,
  NOT_DONE_KEPT,
  OMITTED_TIMES_KEPT,
  storageStatusItem,
} from '@/lib/background/storage-status';
import { formatDateTime } from '@/lib/format';
import { uiLocale } from '@/lib/i18n';
import { STORAGE_PROBLEM_DISMISSED_KEY, type StorageStatus } from '@/lib/messages';
import type { PostLensDb } from '@/lib/store';
import { POPUP, testHandlers } from '../fixtures/handlers';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { clock, resetAll } from './helpers';

/** The background the page's messages go to: one whose database refuses every write, set per test. */
const worker = vi.hoisted(() => ({ h: null as null | Record<string, (d: unknown, s: unknown) => unknown> }));
vi.mock('@/lib/messaging/protocol', () => ({
  sendMessage: vi.fn(async (type: string, data: unknown) => {
    const handler = worker.h?.[type];
    if (!handler) throw new Error(`no background handler for ${type}`);
    return handler(data, POPUP);
  }),
  onMessage: vi.fn(() => () => {}),
  removeAllListeners: vi.fn(),
}));

beforeEach(resetAll);

const MIN = 60_000;
const POST_NOT_DELETED = /A post was not deleted/g;
const FULL = 'Storage is full';

/** The tracker after actions not done at times 1…n (only their order matters). */
async function failedAt(n: number) {
  const tracker = createStatusTracker();
  for (let t = 1; t <= n; t++) await tracker.notDone(FULL, t, 'deletePost');
  return tracker;
}
const dismissAt = (at: number) => fakeBrowser.storage.local.set({ [STORAGE_PROBLEM_DISMISSED_KEY]: at });
const listed = (s: StorageStatus) => (s.notDone ? 1 + (s.notDoneEarlier?.length ?? 0) : 0);

describe('the count of earlier actions not listed, after a dismissal between them', () => {
  // n actions fail at times 1…n; the newest NOT_DONE_KEPT are listed, the rest counted.
  it.each([
    // failed, dismissed at, listed, counted as not listed (and the newest of those's time)
    [NOT_DONE_KEPT + 8, 0, NOT_DONE_KEPT, { count: 8, at: 8 }],
    [NOT_DONE_KEPT + 8, 3, NOT_DONE_KEPT, { count: 5, at: 8 }],
    [NOT_DONE_KEPT + 8, 7, NOT_DONE_KEPT, { count: 1, at: 8 }],
    [NOT_DONE_KEPT + 8, 8, NOT_DONE_KEPT, undefined],
    [NOT_DONE_KEPT + 8, 10, NOT_DONE_KEPT + 8 - 10, undefined],
    [NOT_DONE_KEPT + 1, 0, NOT_DONE_KEPT, { count: 1, at: 1 }],
    [NOT_DONE_KEPT, 0, NOT_DONE_KEPT, undefined],
  ])('%i failed, dismissed at %i: %i listed, %o not listed', async (n, dismissed, shown, omitted) => {
    const tracker = await failedAt(n);
    await dismissAt(dismissed);
    const status = await tracker.get();
    expect([listed(status), status.notDoneOmitted]).toEqual([shown, omitted]);
    // A worker started again reads the same from storage.local.
    expect(await createStatusTracker().get()).toEqual(status);
  });

  it('stays exact as more fail after the dismissal', async () => {
    const n = NOT_DONE_KEPT + 8;
    const tracker = await failedAt(n);
    await dismissAt(7);
    // Each new failure pushes the oldest listed one into the count: 8 (before), then 9, 10.
    for (const t of [n + 1, n + 2]) await tracker.notDone(FULL, t, 'deletePost');
    expect((await tracker.get()).notDoneOmitted).toEqual({ count: 3, at: 10 });
  });

  it('keeps at most OMITTED_TIMES_KEPT times in storage, and counts the rest', async () => {
    const n = NOT_DONE_KEPT + OMITTED_TIMES_KEPT + 7;
    const tracker = await failedAt(n);
    // Each time is stored for the newest OMITTED_TIMES_KEPT only: the status stays small.
    expect((await storageStatusItem.getValue()).notDoneOmitted?.times).toHaveLength(OMITTED_TIMES_KEPT);
    expect((await tracker.get()).notDoneOmitted).toEqual({ count: n - NOT_DONE_KEPT, at: n - NOT_DONE_KEPT });
    // A dismissal among the timed ones is exact; the 7 past the bound are before all of them.
    await dismissAt(n - NOT_DONE_KEPT - 3);
    expect((await tracker.get()).notDoneOmitted).toEqual({ count: 3, at: n - NOT_DONE_KEPT });
    await dismissAt(7);
    expect((await tracker.get()).notDoneOmitted).toEqual({
      count: n - NOT_DONE_KEPT - 7,
      at: n - NOT_DONE_KEPT,
    });
  });
});

describe('a count an older version stored (no times)', () => {
  const old = (): StorageStatus => ({
    lastError: null,
    at: null,
    notDone: { error: FULL, at: 20, action: 'deletePost' },
    notDoneEarlier: [19, 18, 17, 16].map((at) => ({ error: FULL, at, action: 'deletePost' as const })),
    notDoneOmitted: { count: 4, at: 10 },
  });

  it.each([
    // dismissed at, told as not listed: as before, all or none by the newest's time
    [0, { count: 4, at: 10 }],
    [9, { count: 4, at: 10 }],
    [10, undefined],
  ])('dismissed at %i: %o', async (dismissed, omitted) => {
    await storageStatusItem.setValue(old());
    await dismissAt(dismissed);
    expect((await createStatusTracker().get()).notDoneOmitted).toEqual(omitted);
  });

  it.each([
    // dismissed at (after the new failure at 21), told as not listed
    [0, { count: 5, at: 16 }],
    [9, { count: 5, at: 16 }],
    [12, { count: 1, at: 16 }],
    [16, undefined],
  ])('with one pushed out since, dismissed at %i: %o', async (dismissed, omitted) => {
    await storageStatusItem.setValue(old());
    const tracker = createStatusTracker();
    await tracker.notDone(FULL, 21, 'deletePost');
    await dismissAt(dismissed);
    expect((await tracker.get()).notDoneOmitted).toEqual(omitted);
  });
});

/** A background whose database refuses every write (a full disk), with a clock tests move. */
function fullDisk() {
  const at = { now: clock.now };
  const { h } = testHandlers({
    db: (): Promise<PostLensDb> => Promise.reject(new DOMException('quota', 'QuotaExceededError')),
    now: () => at.now,
  });
  worker.h = h as unknown as typeof worker.h;
  return { h, at };
}

describe('Dismiss on a page that shows fewer failures than there are now', () => {
  it.each([
    // failed before the page read them, failed after, then listed and counted after its Dismiss
    [NOT_DONE_KEPT + 2, 6, NOT_DONE_KEPT, 1],
    [NOT_DONE_KEPT + 2, 9, NOT_DONE_KEPT, 4],
    [NOT_DONE_KEPT + 2, 3, 3, 0],
    [2, NOT_DONE_KEPT + 2, NOT_DONE_KEPT, 2],
  ])('%i shown, %i more: %i listed after Dismiss, %i counted', async (before, after, shown, hidden) => {
    const { h, at } = fullDisk();
    const fail = async (n: number) => {
      for (let i = 0; i < n; i++) {
        at.now += MIN;
        await h.deletePost(`x:${at.now}`, POPUP);
      }
    };
    await fail(before);
    render(<StorageWarning />);
    await waitFor(() => expect(document.querySelector('.not-done')).not.toBeNull());
    await fail(after);
    // The page still shows what it read; Dismiss notes the newest it showed.
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    const status = await h.storageStatus(undefined, POPUP);
    expect(status.notDoneOmitted?.count ?? 0).toBe(hidden);
    // The page, read again, lists the newest first and counts the rest.
    const newest = `A post was not deleted (${formatDateTime(at.now, uiLocale())})`;
    await waitFor(() =>
      expect(document.querySelector('.not-done')?.textContent?.startsWith(newest)).toBe(true),
    );
    const text = document.querySelector('.not-done')!.textContent!;
    expect(text.match(POST_NOT_DELETED) ?? []).toHaveLength(shown);
    if (hidden === 0) expect(text).not.toMatch(/not listed/);
    else expect(text).toContain(`${hidden} earlier action${hidden === 1 ? '' : 's'} that`);
  });
});
