// @vitest-environment node

// A failed automatic prune is tried again soon, not an hour later.
import { maybePrune, PRUNE_EVERY_MS } from '@/lib/background/prune-schedule';
import type { PostLensDb } from '@/lib/store';
import { closeDb, getDb } from '@/lib/store/db';
import { freshIndexedDb, MIN, T0 } from './recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const broken = async () =>
  ({
    transaction() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
  }) as unknown as PostLensDb;

describe('an automatic prune that failed', () => {
  it('is tried again after a few minutes when the database refused it', async () => {
    let now = T0;
    const warn = vi.fn();
    let db: () => Promise<PostLensDb> = broken;
    const deps = { db: () => db(), retentionDays: async () => 30, now: () => now, warn };
    expect(await maybePrune(deps)).toBeNull();
    expect(warn).toHaveBeenCalled();
    db = getDb;
    now = T0 + 10 * MIN;
    expect(await maybePrune(deps)).not.toBeNull();
  });

  it('is tried again after a few minutes when the database could not be opened', async () => {
    let now = T0;
    let db: () => Promise<PostLensDb> = () => Promise.reject(new Error('could not open'));
    const deps = { db: () => db(), retentionDays: async () => 30, now: () => now, warn: () => {} };
    await expect(maybePrune(deps)).rejects.toThrow();
    db = getDb;
    now = T0 + 10 * MIN;
    expect(await maybePrune(deps)).not.toBeNull();
  });

  it('one that succeeded still waits the hour', async () => {
    let now = T0;
    const deps = { db: getDb, retentionDays: async () => 30, now: () => now, warn: () => {} };
    expect(await maybePrune(deps)).not.toBeNull();
    now = T0 + 10 * MIN;
    expect(await maybePrune(deps)).toBeNull();
    now = T0 + PRUNE_EVERY_MS;
    expect(await maybePrune(deps)).not.toBeNull();
  });
});
