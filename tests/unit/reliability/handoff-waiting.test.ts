// @vitest-environment node

// The popup's "waiting" count: readings of hand-offs the database refused. Once such a batch is
// stored another way (the content script's retried message), it must no longer be counted.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/lib/background/handlers';
import { type HandedOffBatch, handoffKey } from '@/lib/messaging/protocol';
import { DEFAULT_SETTINGS, getSettings } from '@/lib/settings';
import { settingsItem } from '@/lib/settings-item';
import { closeDb, getDb } from '@/lib/store/db';
import { batch, freshIndexedDb, reading, T0 } from '../recorder-helpers';

beforeEach(async () => {
  await freshIndexedDb();
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, snapshotIntervalMinutes: 0 });
});
afterEach(closeDb);

const ID = fakeBrowser.runtime.id;
const PAGES = fakeBrowser.runtime.getURL('/');
const CONTENT = { id: ID, url: 'https://x.com/home', tab: { id: 7 } };
const POPUP = { id: ID, url: `${PAGES}popup.html` };
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('hand-offs waiting for the database', () => {
  it('are not counted as waiting when the copy refused was stored already from its message', async () => {
    // The first transaction (the message) takes the last room; the second (the kept copy, taken
    // as it was written) is refused.
    let calls = 0;
    const h = createHandlers({
      db: async () => {
        if (++calls === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return getDb();
      },
      settings: getSettings,
      now: () => T0,
      warn: () => {},
      runtimeId: ID,
      extensionUrl: PAGES,
    });
    const a = batch([reading({ postId: '1' })]);
    const entry: HandedOffBatch = { batch: a, at: T0 };
    await fakeBrowser.storage.local.set({ [handoffKey(a.batchId)]: entry });
    const answer = h.recordReadings(a, CONTENT);
    await tick();
    const taken = h.handoffChanged({ [handoffKey(a.batchId)]: { newValue: entry } });
    expect(await answer).toMatchObject({ ok: true, stored: 1 });
    await taken;
    for (let i = 0; i < 5; i++) await tick();
    expect(
      Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith('handoff:')),
    ).toEqual([]);
    expect((await (await getDb()).getAll('snapshots')).map((s) => s.postKey)).toEqual(['x:1']);
    // The reading is in the database: nothing waits.
    expect(await h.unsavedReadings(undefined, POPUP)).toMatchObject({ waiting: 0 });
    expect(h.handoff.hasWaiting).toBe(false);
  });
});
