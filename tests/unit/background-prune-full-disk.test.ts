// @vitest-environment node

// On a full disk storage.local refuses every write ("QUOTA_BYTES quota exceeded"), and that is
// when the automatic prune the user confirmed should free room. The prune schedule's run time is
// kept in storage.session, which lives in memory (never on disk), so a full disk does not keep
// the schedule from running: the snapshots past retention are deleted, and a write right after
// does not start a second prune. (Only the record of what it removed, in storage.local, is lost,
// and the log says so.)
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  lastPruneItem,
  maybePrune,
  PRUNE_EVERY_MS,
  retentionConsentItem,
} from '@/lib/background/prune-schedule';
import { recordBatch } from '@/lib/store';
import { closeDb, getDb } from '@/lib/store/db';
import { batch, DAY, freshIndexedDb, MIN, reading, T0 } from './recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(() => {
  vi.restoreAllMocks();
  return closeDb();
});

const consent = { retentionDays: 30, at: T0 - 1, snapshotsThrough: 1_000_000, followersThrough: 1_000_000 };

/** One post read 50, 45 and 40 days ago: with 30 days kept, the middle snapshot goes. */
async function oldReadings() {
  const db = await getDb();
  for (const [age, likes] of [
    [50, 1],
    [45, 2],
    [40, 3],
  ] as const)
    await recordBatch(db, batch([reading({ likes })]), { snapshotIntervalMinutes: 0 }, T0 - age * DAY);
  return db.count('snapshots');
}

describe('automatic pruning on a full disk (storage.local refuses writes)', () => {
  it('still deletes the snapshots past retention, and once only for writes right after', async () => {
    await retentionConsentItem.setValue(consent);
    expect(await oldReadings()).toBe(3);
    const localSet = vi
      .spyOn(fakeBrowser.storage.local, 'set')
      .mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const warn = vi.fn();
    const db = vi.fn(getDb);
    const deps = { db, retentionDays: async () => 30, warn };

    expect(await maybePrune({ ...deps, now: () => T0 })).toMatchObject({ snapshots: 1 });
    expect(await (await getDb()).count('snapshots')).toBe(2);
    // The refused write was storage.local's (the record of what was removed), and it is said so.
    expect(localSet).toHaveBeenCalled();
    expect(warn.mock.calls.map(([m]) => String(m))).toEqual([
      expect.stringMatching(/record of what automatic pruning removed was not kept.*QUOTA_BYTES/),
    ]);
    expect(await lastPruneItem.getValue()).toBe(T0);

    const opened = db.mock.calls.length;
    expect(await maybePrune({ ...deps, now: () => T0 + MIN })).toBeNull();
    expect(db.mock.calls.length).toBe(opened);
    expect(await maybePrune({ ...deps, now: () => T0 + PRUNE_EVERY_MS })).not.toBeNull();
  });
});
