// @vitest-environment node

// An automatic prune (the retention setting deleting old snapshots, at most once an hour) that
// failed was written only to the service worker's console: the user, who set the retention to
// free room (often because the disk is full), never learnt that nothing was deleted. The storage
// status now tells it (the popup's storage warning shows it) until an automatic prune succeeds.
import { maybePrune, PRUNE_EVERY_MS, retentionConsentItem } from '@/lib/background/prune-schedule';
import type { PostLensDb } from '@/lib/store';
import { closeDb, getDb } from '@/lib/store/db';
import { POPUP, testHandlers } from '../fixtures/handlers';
import { DAY, freshIndexedDb, MIN, T0 } from '../recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const refusing = async () =>
  ({
    transaction() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
  }) as unknown as PostLensDb;
const unopenable = () => Promise.reject(new DOMException('quota', 'QuotaExceededError'));

const consent = { retentionDays: 30, at: T0 - DAY, snapshotsThrough: 1000, followersThrough: 1000 };

function deps(db: () => Promise<PostLensDb>, now: () => number) {
  return { db: () => db(), retentionDays: async () => 30, now, warn: () => {} };
}

const status = () => testHandlers().h.storageStatus(undefined, POPUP);

describe('an automatic prune that failed', () => {
  it.each([
    ['the database refused it', refusing],
    ['the database could not be opened', unopenable],
  ])('is told when %s, and cleared by the next that succeeds', async (_, broken) => {
    await retentionConsentItem.setValue(consent);
    let now = T0;
    await maybePrune(deps(broken, () => now)).catch(() => null);
    expect((await status()).autoPrune).toEqual({ error: expect.stringMatching(/Storage is full/), at: T0 });
    // A later failure of the same prune says when it last failed.
    now = T0 + 10 * MIN;
    await maybePrune(deps(broken, () => now)).catch(() => null);
    expect((await status()).autoPrune).toEqual({ error: expect.stringMatching(/Storage is full/), at: now });
    now = T0 + 20 * MIN;
    expect(await maybePrune(deps(getDb, () => now))).not.toBeNull();
    expect((await status()).autoPrune ?? null).toBeNull();
  });

  it('is not told while automatic pruning is off (no confirmed retention): it deletes none of your data', async () => {
    await maybePrune(deps(refusing, () => T0));
    expect((await status()).autoPrune ?? null).toBeNull();
  });

  it('a prune not due yet leaves the failure told', async () => {
    await retentionConsentItem.setValue(consent);
    await maybePrune(deps(refusing, () => T0));
    // Not due: nothing ran, so nothing it would delete was deleted.
    expect(await maybePrune(deps(getDb, () => T0 + MIN))).toBeNull();
    expect((await status()).autoPrune).toMatchObject({ at: T0 });
    expect(await maybePrune(deps(getDb, () => T0 + PRUNE_EVERY_MS))).not.toBeNull();
    expect((await status()).autoPrune ?? null).toBeNull();
  });
});
