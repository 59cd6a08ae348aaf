// @vitest-environment node

// The consent automatic pruning follows is read from storage.local, which can hold anything an
// older or broken version, another tool or a hand edit wrote. A consent whose record bounds are
// unusable is no consent: automatic pruning stays off, and never prunes without bounds.
import { retentionConsentItem } from '@/lib/background/prune-schedule';
import type { RetentionConsent } from '@/lib/messages';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { settingsItem } from '@/lib/settings-item';
import { getDb } from '@/lib/store/db';
import { backend, clock, DAY, dumpDb, pastHistory, reading, record, resetAll } from '../components/helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('../components/helpers')).protocolMock);

const PAGE = { id: 'test-extension', url: 'chrome-extension://test-extension/options.html' };

beforeEach(resetAll);

const UNUSABLE: Array<[string, unknown]> = [
  ['record bounds null', { retentionDays: 30, at: 0, snapshotsThrough: null, followersThrough: null }],
  ['record bounds as text', { retentionDays: 30, at: 0, snapshotsThrough: '1e9', followersThrough: '1e9' }],
  ['a fractional retention', { retentionDays: 30.5, at: 0, snapshotsThrough: null, followersThrough: null }],
];

describe('a stored consent that cannot be used', () => {
  it.each(UNUSABLE)('(%s) prunes nothing and is reported as off', async (_name, consent) => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, retentionDays: 30 });
    await retentionConsentItem.setValue(consent as RetentionConsent);
    const imported = await backend().importData(pastHistory(clock.now, { posts: 2 }), PAGE);
    expect(imported).toMatchObject({ ok: true, added: { snapshots: 20 } });
    const afterImport = await dumpDb();

    const start = clock.now;
    await record([reading({ postId: 'live', likes: 1 })], null, start + DAY);
    await backend().settled();

    expect((await dumpDb()).snapshots.filter((s) => s.postKey !== 'x:live')).toEqual(afterImport.snapshots);
    expect(await (await getDb()).count('snapshots')).toBe(21);
    expect((await backend().retentionStatus(undefined, PAGE)).automatic).toBe(false);
  });
});
