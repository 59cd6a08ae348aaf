// @vitest-environment node

// Each stored batch starts the automatic prune after its write. Two batches stored close together
// used to start two prunes that both read the last run time before either wrote it: both pruned,
// twice the work over the whole store, two records of what was removed, and a failure record one
// wrote that the other cleared in whichever order they ended. And `settled` awaited only the later
// one, so it could answer before the prune that deleted had finished.
import { lastAutoPruneItem, lastPruneItem, retentionConsentItem } from '@/lib/background/prune-schedule';
import { autoPruneFailedItem } from '@/lib/background/storage-status';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { settingsItem } from '@/lib/settings-item';
import { recordBatch } from '@/lib/store';
import { closeDb, getDb } from '@/lib/store/db';
import { CONTENT, POPUP, testHandlers } from './fixtures/handlers';
import { batch, DAY, freshIndexedDb, MIN, reading, T0 } from './recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(() => {
  vi.restoreAllMocks();
  return closeDb();
});

const consent = { retentionDays: 30, at: T0 - 1, snapshotsThrough: 1_000_000, followersThrough: 1_000_000 };

/** One post read 50, 45 and 40 days ago, 30 days kept and confirmed: the middle snapshot goes. */
async function duePrune() {
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, retentionDays: 30 });
  await retentionConsentItem.setValue(consent);
  const db = await getDb();
  for (const [age, likes] of [
    [50, 1],
    [45, 2],
    [40, 3],
  ] as const)
    await recordBatch(db, batch([reading({ likes })]), { snapshotIntervalMinutes: 0 }, T0 - age * DAY);
}

let post = 10;
/** A batch of one new post, so each is a write of its own. */
const newBatch = () => batch([reading({ postId: `17900000000000000${post++}` })]);

/** The prunes that ran: each writes its run time first, then (having deleted) clears a failure told before. */
function countRuns() {
  const runs = vi.spyOn(lastPruneItem, 'setValue');
  const cleared = vi.spyOn(autoPruneFailedItem, 'removeValue');
  return () => ({ runs: runs.mock.calls.length, cleared: cleared.mock.calls.length });
}

const lastRemoved = () => lastAutoPruneItem.getValue();

describe('automatic prunes after writes close together', () => {
  it('two batches stored back to back prune once, while storage.session answers slowly', async () => {
    await duePrune();
    const ran = countRuns();
    // storage.session is a round trip to the browser: the second write can be stored before the
    // first prune has read the last run time. Held here until both writes are done.
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const read = lastPruneItem.getValue.bind(lastPruneItem);
    vi.spyOn(lastPruneItem, 'getValue').mockImplementation(async () => {
      await answered;
      return read();
    });
    const { h, warnings } = testHandlers();

    expect(await h.recordReadings(newBatch(), CONTENT)).toMatchObject({ ok: true, stored: 1 });
    expect(await h.recordReadings(newBatch(), CONTENT)).toMatchObject({ ok: true, stored: 1 });
    await h.queue.idle();
    expect(h.queue.transactions).toBe(2);
    answer();
    await h.settled();

    expect(ran()).toEqual({ runs: 1, cleared: 1 });
    expect(await lastRemoved()).toMatchObject({ removed: { snapshots: 1, posts: 1 } });
    expect(await (await getDb()).count('snapshots')).toBe(4);
    expect(warnings).toEqual([]);
  });

  it('settled waits for the prune an earlier write started, not only for the latest write’s', async () => {
    await duePrune();
    const ran = countRuns();
    const { h } = testHandlers();

    await h.recordReadings(newBatch(), CONTENT);
    await h.recordReadings(newBatch(), CONTENT);
    await h.settled();

    expect(ran()).toEqual({ runs: 1, cleared: 1 });
    expect(await lastRemoved()).toMatchObject({ removed: { snapshots: 1, posts: 1 } });
  });

  it('a prune that failed does not keep later writes from pruning', async () => {
    await duePrune();
    const ran = countRuns();
    let now = T0;
    const { h, warnings } = testHandlers({ now: () => now });
    const consentRead = vi
      .spyOn(retentionConsentItem, 'getValue')
      .mockRejectedValueOnce(new Error('storage.local could not be read'));

    await h.recordReadings(newBatch(), CONTENT);
    await h.settled();
    expect(warnings).toEqual([expect.stringMatching(/pruning failed.*could not be read/)]);
    expect(ran()).toEqual({ runs: 2, cleared: 0 }); // its run time, then the retry time
    consentRead.mockRestore();

    // Five minutes after a failure it is due again: the next write prunes.
    now = T0 + 10 * MIN;
    await h.recordReadings(newBatch(), CONTENT);
    await h.settled();
    expect(ran()).toEqual({ runs: 3, cleared: 1 });
    expect(await lastRemoved()).toMatchObject({ removed: { snapshots: 1, posts: 1 } });
    expect((await h.storageStatus(undefined, POPUP)).autoPrune ?? null).toBeNull();
  });
});
