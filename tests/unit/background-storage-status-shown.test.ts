// @vitest-environment node

// The storage warning must not vanish before anyone saw it: a failure (an import whose page was
// closed, a batch refused for a full disk) answered to no page is still shown, even after a later
// small write succeeded; once a page has shown it, a success clears it as before.
import { createStatusTracker } from '@/lib/background/storage-status';
import { closeDb } from '@/lib/store/db';
import { freshIndexedDb, T0 } from './recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

describe('the storage status', () => {
  it('keeps a failure no page has shown yet, though a later write succeeded', async () => {
    const tracker = createStatusTracker();
    await tracker.failed('Storage is full', T0);
    // A tiny write (a campaign rename, a one-post batch) commits before the popup is opened.
    await tracker.succeeded();
    expect(await tracker.get()).toEqual({ lastError: 'Storage is full', at: T0 });
  });

  it('clears a failure a page has shown once a later write succeeds', async () => {
    const tracker = createStatusTracker();
    await tracker.failed('Storage is full', T0);
    expect(await tracker.get()).toEqual({ lastError: 'Storage is full', at: T0 });
    await tracker.succeeded();
    expect(await tracker.get()).toEqual({ lastError: null, at: null });
  });

  it('a failure shown before a worker restart still clears on success after it', async () => {
    const before = createStatusTracker();
    await before.failed('Storage is full', T0);
    await before.get();
    const after = createStatusTracker();
    await after.succeeded();
    expect(await after.get()).toEqual({ lastError: null, at: null });
  });

  it('a newer failure than the one shown is kept until it is shown too', async () => {
    const tracker = createStatusTracker();
    await tracker.failed('Storage is full', T0);
    await tracker.get();
    await tracker.failed('The database was closed', T0 + 1000);
    await tracker.succeeded();
    expect(await tracker.get()).toEqual({ lastError: 'The database was closed', at: T0 + 1000 });
  });
});
