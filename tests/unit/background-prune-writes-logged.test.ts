// @vitest-environment node

// A storage write of the prune schedule that the browser refuses (the retry time, the failure
// record, its clearing) is logged naming what was not kept, and never breaks the schedule.
import { lastPruneItem, maybePrune, retentionConsentItem } from '@/lib/background/prune-schedule';
import { autoPruneFailedItem } from '@/lib/background/storage-status';
import type { PostLensDb } from '@/lib/store';
import { closeDb, getDb } from '@/lib/store/db';
import { freshIndexedDb, T0 } from './recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(() => {
  vi.restoreAllMocks();
  return closeDb();
});

const refused = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
const brokenDb = async () =>
  ({
    transaction() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
  }) as unknown as PostLensDb;
const consent = { retentionDays: 30, at: T0 - 1, snapshotsThrough: 0, followersThrough: 0 };

it.each([
  {
    what: 'the retry time after a failed prune',
    db: brokenDb,
    refuse: () => {
      const set = lastPruneItem.setValue.bind(lastPruneItem);
      // The first write (the run's time) is kept, the retry time is refused.
      vi.spyOn(lastPruneItem, 'setValue').mockImplementationOnce(set).mockImplementation(refused);
    },
    said: /retry time of a failed prune was not kept/,
  },
  {
    what: 'the record of a failed prune',
    db: brokenDb,
    refuse: () => vi.spyOn(autoPruneFailedItem, 'setValue').mockImplementation(refused),
    said: /record of a failed prune was not kept/,
  },
  {
    what: 'the clearing of a failed prune’s record after one that succeeded',
    db: getDb,
    refuse: () => vi.spyOn(autoPruneFailedItem, 'removeValue').mockImplementation(refused),
    said: /record of a failed prune was not cleared/,
  },
])('logs $what that storage refused, and goes on', async ({ db, refuse, said }) => {
  await retentionConsentItem.setValue(consent);
  refuse();
  const warn = vi.fn();
  await maybePrune({ db, retentionDays: async () => 30, now: () => T0, warn });
  const lines = warn.mock.calls.map(([m]) => String(m));
  const line = lines.find((m) => said.test(m));
  expect(line, lines.join('\n')).toBeDefined();
  expect(line).toContain('QUOTA_BYTES quota exceeded');
});
