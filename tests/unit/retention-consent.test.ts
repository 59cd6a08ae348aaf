// @vitest-environment node

// Automatic pruning deletes only what the user confirmed (issue 19.6): with a 30-day setting, an
// import of a year of history followed by ordinary writes used to lose 9 of 10 snapshots at once.
import { lastAutoPruneItem, retentionConsentItem } from '@/lib/background/prune-schedule';
import { CHANGED_SETTING } from '@/lib/background/retention';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { settingsItem } from '@/lib/settings-item';
import { getDb } from '@/lib/store/db';
import { backend, clock, DAY, dumpDb, pastHistory, reading, record, resetAll } from './components/helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./components/helpers')).protocolMock);

const PAGE = { id: 'test-extension', url: 'chrome-extension://test-extension/options.html' };

beforeEach(resetAll);

/** "Prune now" in options: the preview, then the user's yes. */
async function confirmPrune() {
  const asked = await backend().previewPrune(undefined, PAGE);
  if (!asked.ok) throw new Error(asked.error);
  const done = await backend().pruneNow(asked.preview, PAGE);
  if (!done.ok) throw new Error(done.error);
  return { preview: asked.preview, removed: done.removed };
}

/** Readings over the next `days` days, one batch a day, each running the automatic prune after it. */
async function browseFor(days: number) {
  const start = clock.now;
  for (let d = 1; d <= days; d++) {
    await record([reading({ postId: 'live', likes: d })], null, start + d * DAY);
    await backend().settled();
  }
}

const snapshotCount = async () => (await getDb()).count('snapshots');

describe('an import of a year of history', () => {
  it.each([
    ['never confirmed', false],
    ['confirmed before the import', true],
  ])('with 30 days %s: writes and automatic prunes after it lose nothing', async (_name, confirmedBefore) => {
    await record([reading({ postId: 'mine', likes: 1 })]);
    await backend().settled();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, retentionDays: 30 });
    if (confirmedBefore) await confirmPrune();
    const imported = await backend().importData(pastHistory(clock.now, { posts: 4 }), PAGE);
    expect(imported).toMatchObject({ ok: true, added: { snapshots: 40 } });
    const afterImport = await dumpDb();

    await browseFor(3);

    const after = await dumpDb();
    expect(after.snapshots.filter((s) => s.postKey !== 'x:live')).toEqual(afterImport.snapshots);
    expect(after.snapshots.filter((s) => s.postKey === 'x:live')).toHaveLength(3);
    expect(await lastAutoPruneItem.getValue()).toBeNull();
  });

  it('is pruned once the user has seen it in a preview and confirmed, keeping each post its first and latest', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, retentionDays: 30 });
    await backend().importData(pastHistory(clock.now, { posts: 4 }), PAGE);
    const { preview, removed } = await confirmPrune();
    // Ten snapshots a post, all older than 30 days: the eight between first and latest go.
    expect(preview).toMatchObject({ retentionDays: 30, snapshots: 32, posts: 4 });
    expect(removed).toMatchObject({
      snapshots: 32,
      posts: 4,
      oldest: preview.oldest,
      newest: preview.newest,
    });
    expect(await snapshotCount()).toBe(8);
  });
});

describe('automatic pruning after a confirmation', () => {
  it('prunes what was stored when the user confirmed, as it ages, and records it', async () => {
    const t0 = clock.now;
    for (const age of [25, 20, 15])
      await record([reading({ postId: 'a', likes: age })], null, t0 - age * DAY);
    clock.now = t0;
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, retentionDays: 30 });
    // Nothing is older than 30 days yet: the confirmation deletes nothing and turns pruning on.
    expect((await confirmPrune()).removed.snapshots).toBe(0);
    expect(await retentionConsentItem.getValue()).toMatchObject({ retentionDays: 30, at: t0 });

    // Eleven days on, the 20-day-old snapshot is past 30 days and is neither first nor latest.
    await browseFor(11);
    expect((await dumpDb()).snapshots.filter((s) => s.postKey === 'x:a').map((s) => s.likes)).toEqual([
      25, 15,
    ]);
    expect(await lastAutoPruneItem.getValue()).toEqual({
      at: t0 + 11 * DAY,
      removed: {
        snapshots: 1,
        followerSnapshots: 0,
        posts: 1,
        authors: 0,
        oldest: t0 - 20 * DAY,
        newest: t0 - 20 * DAY,
      },
    });
  });

  it('stops when the setting is lowered, until the user confirms the new one', async () => {
    const t0 = clock.now;
    for (const age of [40, 20, 10, 5])
      await record([reading({ postId: 'a', likes: age })], null, t0 - age * DAY);
    clock.now = t0;
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, retentionDays: 30 });
    await confirmPrune();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, retentionDays: 7 });
    const before = await snapshotCount();
    await browseFor(2);
    expect(await snapshotCount()).toBe(before + 2);
    expect((await backend().retentionStatus(undefined, PAGE)).automatic).toBe(false);

    // A preview made under 30 days cannot confirm 7.
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, retentionDays: 30 });
    const stale = await backend().previewPrune(undefined, PAGE);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, retentionDays: 7 });
    expect(stale.ok && (await backend().pruneNow(stale.preview, PAGE))).toEqual({
      ok: false,
      error: CHANGED_SETTING,
    });
    expect(await snapshotCount()).toBe(before + 2);
  });
});

describe('a confirmation', () => {
  it('deletes what its preview counted, never what was written after it', async () => {
    const t0 = clock.now;
    for (const age of [40, 39, 27, 1])
      await record([reading({ postId: 'a', likes: age })], null, t0 - age * DAY);
    clock.now = t0;
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, retentionDays: 30 });
    const asked = await backend().previewPrune(undefined, PAGE);
    if (!asked.ok) throw new Error(asked.error);
    expect(asked.preview).toMatchObject({ snapshots: 1, oldest: t0 - 39 * DAY });
    // Between the preview and the yes: an import of old history, and five days, after which the
    // 27-day-old snapshot is past 30 days too. Neither was shown, so neither goes.
    await backend().importData(pastHistory(t0, { posts: 2 }), PAGE);
    const imported = (await dumpDb()).snapshots.filter((s) => s.postKey !== 'x:a');
    clock.now = t0 + 5 * DAY;
    expect(await backend().pruneNow(asked.preview, PAGE)).toMatchObject({
      ok: true,
      removed: { snapshots: 1 },
    });
    const left = (await dumpDb()).snapshots;
    expect(left.filter((s) => s.postKey === 'x:a').map((s) => s.likes)).toEqual([40, 27, 1]);
    expect(left.filter((s) => s.postKey !== 'x:a')).toEqual(imported);
  });
});
