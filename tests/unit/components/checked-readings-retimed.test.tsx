// Readings stored as of an earlier time than they were read (the computer's clock was set back
// between reading and storing: lib/store/write-queue.ts) were told only in the service worker's
// console, though re-dating a reading changes the user's data. The checked-readings notice now
// counts them with the check's changes, says why, and its Dismiss clears them as it clears those.

import { StorageWarning } from '@/components/common/storage-warning';
import { checkedReadingsItem } from '@/lib/background/checked-readings';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { backend, clock, reading, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);

const PAGE = { id: 'test-extension', url: 'chrome-extension://test-extension/popup.html' };
const CONTENT = { id: 'test-extension', url: 'https://x.com/home', tab: { id: 1 } };
const MIN = 60_000;
const iso = (t: number) => new Date(t).toISOString();

/** A batch the page read at `readAt`, by the clock before it was set back. */
const send = (postIds: string[], batchId: string, readAt: number) =>
  backend().recordReadings(
    {
      batchId,
      pageUrl: 'https://x.com/home',
      posts: postIds.map((postId) => reading({ postId })),
      profile: null,
      readAt,
    },
    CONTENT,
  );

describe('readings re-dated by a clock set back', () => {
  it('are counted, with when they were read and the time they are stored as', async () => {
    const read = clock.now + 5 * MIN;
    expect(await send(['1', '2'], 'b1', read)).toMatchObject({ ok: true, stored: 2 });
    await backend().settled();
    const now = await backend().checkedReadings(undefined, PAGE);
    expect(now).toMatchObject({ dropped: 0, nulled: 0, cut: 0, retimed: 2, at: clock.now });
    expect(now.reasons).toHaveLength(1);
    expect(now.reasons[0]).toContain(iso(read));
    expect(now.reasons[0]).toContain(iso(clock.now));
  });

  it('are not counted when read before the time they are stored', async () => {
    await send(['1'], 'b1', clock.now - MIN);
    await backend().settled();
    expect(await backend().checkedReadings(undefined, PAGE)).toMatchObject({ retimed: 0, reasons: [] });
  });

  it('are added to a notice kept before they were counted, which has no count of them', async () => {
    // As an older version kept it: no `retimed`, in itself or its marks.
    await checkedReadingsItem.setValue({
      dropped: 1,
      nulled: 0,
      cut: 0,
      reasons: ['x:9 url: must be https'],
      at: clock.now - MIN,
      marks: [{ at: clock.now - MIN, dropped: 1, nulled: 0, cut: 0 }],
    } as never);
    expect(await backend().checkedReadings(undefined, PAGE)).toMatchObject({ dropped: 1, retimed: 0 });
    await send(['1'], 'b1', clock.now + MIN);
    await backend().settled();
    const now = await backend().checkedReadings(undefined, PAGE);
    expect(now).toMatchObject({ dropped: 1, retimed: 1 });
    expect(now.reasons[1]).toBe('x:9 url: must be https');
    // Dismissing what an older page showed (no `retimed`) clears the rest, and no re-dated one.
    expect(
      await backend().dismissChecked({ dropped: 1, nulled: 0, cut: 0, at: clock.now } as never, PAGE),
    ).toBe(true);
    expect(await backend().checkedReadings(undefined, PAGE)).toMatchObject({ dropped: 0, retimed: 1 });
    expect((await backend().checkedReadings(undefined, PAGE)).reasons).toHaveLength(1);
  });

  it('are shown in the notice until dismissed', async () => {
    await send(['1'], 'b1', clock.now + 5 * MIN);
    await backend().settled();
    render(<StorageWarning />);
    const notice = await screen.findByText(/Readings not stored as the page showed them/);
    const text = notice.closest('.checked-readings')?.textContent ?? '';
    expect(text).toContain(
      '1 reading stored as of an earlier time than it was read (the clock was set back).',
    );
    expect(text).toContain(`read at ${iso(clock.now + 5 * MIN)}`);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByText(/Readings not stored as the page showed them/)).toBeNull());
    expect(await checkedReadingsItem.getValue()).toMatchObject({ retimed: 0, reasons: [] });
  });
});
