// The popup, options and dashboard each show the check's notice ("Readings not stored as the page
// showed them") and the lost-readings notice, each with Dismiss. A page left open keeps the counts
// it read: when another page has dismissed them meanwhile and new changes have come since, that
// page's Dismiss must not clear the new ones, which it never showed.

import { StorageWarning } from '@/components/common/storage-warning';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { backend, clock, reading, resetAll, sent } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);

const PAGE_B = { id: 'test-extension', url: 'chrome-extension://test-extension/options.html' };
const CONTENT = { id: 'test-extension', url: 'https://x.com/home', tab: { id: 1 } };

const send = (posts: unknown[], batchId: string) =>
  backend().recordReadings({ batchId, pageUrl: 'https://x.com/home', posts, profile: null }, CONTENT);

/** Clicks page A's Dismiss and waits until page A has asked for the counts again. */
async function dismissOnPageA(type: 'dismissChecked' | 'dismissUnsaved', read: string) {
  const before = sent.filter((m) => m.type === read).length;
  fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
  await waitFor(() => expect(sent.some((m) => m.type === type)).toBe(true));
  await waitFor(() => expect(sent.filter((m) => m.type === read).length).toBe(before + 1));
  await backend().settled();
}

describe('Dismiss on a page whose counts are out of date', () => {
  it('keeps the check’s changes that came after another page dismissed the ones it showed', async () => {
    // Three counts stored as unknown: page A shows them.
    await send(
      [1, 2, 3].map((i) => reading({ postId: `${i}`, likes: -i })),
      'b1',
    );
    await backend().settled();
    render(<StorageWarning />);
    await screen.findByText(/3 values stored as unknown/);

    // Page B (options) reads and dismisses them.
    const onB = await backend().checkedReadings(undefined, PAGE_B);
    expect(await backend().dismissChecked(onB, PAGE_B)).toBe(true);

    // A minute later two more counts are stored as unknown: nobody has seen these.
    clock.now += 60_000;
    await send(
      [4, 5].map((i) => reading({ postId: `${i}`, likes: -i })),
      'b2',
    );
    await backend().settled();

    // Page A, still showing the old 3, is dismissed.
    await dismissOnPageA('dismissChecked', 'checkedReadings');

    expect(await backend().checkedReadings(undefined, PAGE_B)).toMatchObject({
      dropped: 0,
      nulled: 2,
      cut: 0,
      at: clock.now,
    });
    expect((await backend().checkedReadings(undefined, PAGE_B)).reasons.sort()).toEqual([
      'x:4 likes: must be 0 or more, got -4',
      'x:5 likes: must be 0 or more, got -5',
    ]);
    // And page A now shows them.
    await screen.findByText(/2 values stored as unknown/);
  });

  it('keeps readings lost after another page dismissed the loss it showed', async () => {
    await backend().reportUnsaved({ readings: 3, reason: 'storage refused' }, CONTENT);
    render(<StorageWarning />);
    await screen.findByText(/3 readings/);

    const onB = await backend().unsavedReadings(undefined, PAGE_B);
    expect(await backend().dismissUnsaved(onB, PAGE_B)).toBe(true);

    clock.now += 60_000;
    await backend().reportUnsaved({ readings: 2, reason: 'the page closed' }, CONTENT);

    await dismissOnPageA('dismissUnsaved', 'unsavedReadings');

    expect(await backend().unsavedReadings(undefined, PAGE_B)).toMatchObject({
      lost: 2,
      reason: 'the page closed',
      at: clock.now,
    });
  });

  it('still clears, on the stale page, what it showed that nobody dismissed, and keeps what came after', async () => {
    // Page B read 1 change; then 2 more came and page A read all 3; B dismisses its 1, then
    // another change comes, and A dismisses: A's other 2 go, the last one stays.
    await send([reading({ postId: '1', likes: -1 })], 'b1');
    await backend().settled();
    const onB = await backend().checkedReadings(undefined, PAGE_B);
    clock.now += 60_000;
    await send(
      [1, 2].map((i) => reading({ postId: `2${i}`, likes: -i })),
      'b2',
    );
    await backend().settled();
    render(<StorageWarning />);
    await screen.findByText(/3 values stored as unknown/);
    expect(await backend().dismissChecked(onB, PAGE_B)).toBe(true);
    clock.now += 60_000;
    await send([reading({ postId: '4', likes: -4 })], 'b3');
    await backend().settled();

    await dismissOnPageA('dismissChecked', 'checkedReadings');

    expect(await backend().checkedReadings(undefined, PAGE_B)).toMatchObject({
      dropped: 0,
      nulled: 1,
      cut: 0,
      reasons: ['x:4 likes: must be 0 or more, got -4'],
    });
  });
});

describe('what a Dismiss sends back', () => {
  it.each([['soon'], [Number.NaN], [{}]])(
    'refuses a time that is not one (%j) and clears nothing',
    async (at) => {
      await send([reading({ postId: '1', likes: -1 })], 'b1');
      await backend().settled();
      await backend().reportUnsaved({ readings: 3, reason: 'x' }, CONTENT);
      expect(await backend().dismissChecked({ dropped: 0, nulled: 1, cut: 0, at } as never, PAGE_B)).toBe(
        false,
      );
      expect(await backend().dismissUnsaved({ lost: 3, at } as never, PAGE_B)).toBe(false);
      expect(await backend().checkedReadings(undefined, PAGE_B)).toMatchObject({ nulled: 1 });
      expect(await backend().unsavedReadings(undefined, PAGE_B)).toMatchObject({ lost: 3 });
    },
  );

  it('never clears, from a page read long ago, any of the many changes noted after it', async () => {
    await backend().reportUnsaved({ readings: 1, reason: 'x' }, CONTENT);
    const old = await backend().unsavedReadings(undefined, PAGE_B);
    for (let i = 0; i < 150; i++) {
      clock.now += 1_000;
      await backend().reportUnsaved({ readings: 1, reason: 'y' }, CONTENT);
    }
    expect(await backend().dismissUnsaved(old, PAGE_B)).toBe(true);
    expect((await backend().unsavedReadings(undefined, PAGE_B)).lost).toBeGreaterThanOrEqual(150);
  });
});
