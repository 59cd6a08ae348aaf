// @vitest-environment node

// One hand-off entry whose read time is no date at all (another version's unit, a corrupt entry)
// must not make the database refuse the batches stored with it, nor wait in storage forever.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handoffKey } from '@/lib/messaging/protocol';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { settingsItem } from '@/lib/settings-item';
import { closeDb, getDb } from '@/lib/store/db';
import { captureTime } from '@/lib/store/write-queue';
import { CONTENT, POPUP, testHandlers } from '../fixtures/handlers';
import { batch, freshIndexedDb, reading, T0 } from '../recorder-helpers';

beforeEach(async () => {
  await freshIndexedDb();
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, snapshotIntervalMinutes: 0 });
});
afterEach(closeDb);

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('a hand-off read "after" any date there is', () => {
  it('captureTime takes it as now rather than throwing', () => {
    const logs: string[] = [];
    expect(captureTime({}, 1.7e18, T0, (m) => logs.push(m))).toBe(T0);
    expect(logs).toHaveLength(1);
  });

  it('captureTime does not store a reading at a time before any date there is', () => {
    // Not a date: the batch's own readAt is used, else now (never a snapshot at -1e300).
    expect(captureTime({}, -1e300, T0)).toBe(T0);
    expect(captureTime({ readAt: T0 - 5000 }, -1e300, T0)).toBe(T0 - 5000);
    expect(captureTime({ readAt: -1e300 }, undefined, T0)).toBe(T0);
  });

  it('neither blocks the drain nor takes the batches stored beside it down with it', async () => {
    const { h } = testHandlers();
    const odd = batch([reading({ postId: 'odd' })]);
    const fine = batch([reading({ postId: 'fine' })]);
    // Nanoseconds rather than milliseconds: a number, finite, but no date.
    await fakeBrowser.storage.local.set({
      [handoffKey(odd.batchId)]: { batch: odd, at: 1.7e18 },
      [handoffKey(fine.batchId)]: { batch: fine, at: T0 - 1000 },
    });
    await h.drainHandoffs();
    // A message arriving meanwhile is stored too.
    const live = h.recordReadings(batch([reading({ postId: 'live' })]), CONTENT);
    await h.drainHandoffs();
    expect(await live).toMatchObject({ ok: true, stored: 1 });
    for (let i = 0; i < 5; i++) await tick();
    const stored = (await (await getDb()).getAll('snapshots')).map((s) => s.postKey).sort();
    expect(stored).toEqual(['x:fine', 'x:live', 'x:odd']);
    expect(
      Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith('handoff:')),
    ).toEqual([]);
    expect(await h.unsavedReadings(undefined, POPUP)).toMatchObject({ waiting: 0 });
  });
});
