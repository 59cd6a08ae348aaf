// @vitest-environment node

// The prune schedule's own writes that storage refuses are logged by what was not kept, not as
// "pruning failed": the time of the run (written first, before pruning) and the record of what an
// automatic prune removed (written after it deleted). Either is refused without breaking the
// schedule: a prune that deleted still answers what it removed and clears a failure told before.
// On a full disk storage.local refuses every write ("QUOTA_BYTES quota exceeded"), and that is
// when the automatic prune the user confirmed should free room. The run time is kept in
// storage.session, which lives in memory (never on disk), so a full disk does not keep the
// schedule from running: the snapshots past retention are deleted, and a write right after does
// not start a second prune. (Only the record of what it removed, in storage.local, is lost, and
// the log says so.)
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  lastAutoPruneItem,
  lastPruneItem,
  maybePrune,
  PRUNE_EVERY_MS,
  retentionConsentItem,
} from '@/lib/background/prune-schedule';
import { autoPruneFailedItem } from '@/lib/background/storage-status';
import { recordBatch } from '@/lib/store';
import { closeDb, getDb } from '@/lib/store/db';
import { batch, DAY, freshIndexedDb, MIN, reading, T0 } from './recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(() => {
  vi.restoreAllMocks();
  return closeDb();
});

const refused = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
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

async function run() {
  const warn = vi.fn();
  const result = await maybePrune({ db: getDb, retentionDays: async () => 30, now: () => T0, warn });
  return { result, lines: warn.mock.calls.map(([m]) => String(m)) };
}

describe("the prune schedule's writes that storage refuses", () => {
  it('the time of the run: said as such, not as a failed prune, and nothing thrown', async () => {
    await retentionConsentItem.setValue(consent);
    expect(await oldReadings()).toBe(3);
    vi.spyOn(lastPruneItem, 'setValue').mockImplementation(refused);
    const { result, lines } = await run();
    expect(result).toBeNull();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/time of this prune was not kept/);
    expect(lines[0]).toContain('QUOTA_BYTES quota exceeded');
    expect(lines[0]).not.toMatch(/pruning failed/);
  });

  it('the record of what was removed: said as such; the prune answers what it removed and clears a failure told before', async () => {
    await retentionConsentItem.setValue(consent);
    await autoPruneFailedItem.setValue({ error: 'an earlier failure', at: T0 - DAY });
    expect(await oldReadings()).toBe(3);
    vi.spyOn(lastAutoPruneItem, 'setValue').mockImplementation(refused);
    const { result, lines } = await run();
    expect(result).toMatchObject({ snapshots: 1, posts: 1 });
    expect(await (await getDb()).count('snapshots')).toBe(2);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/record of what automatic pruning removed was not kept/);
    expect(lines[0]).toContain('QUOTA_BYTES quota exceeded');
    expect(await autoPruneFailedItem.getValue()).toBeNull();
  });
});

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
