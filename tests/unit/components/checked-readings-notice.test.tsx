// What the batch check changed in readings it stored (a reading left out, a count stored as
// unknown, a text cut to the limit) was only written to the service worker's console: the user,
// whose data it is, was never told. The popup, options and dashboard now say so, with the newest
// reasons, until dismissed; and dismissing clears only what the notice showed.

import { StorageWarning } from '@/components/common/storage-warning';
import { checkedReadingsItem, KEPT_REASONS } from '@/lib/background/checked-readings';
import { LIMITS } from '@/lib/limits';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { backend, clock, reading, record, resetAll, sent } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);

const PAGE = { id: 'test-extension', url: 'chrome-extension://test-extension/popup.html' };
const CONTENT = { id: 'test-extension', url: 'https://x.com/home', tab: { id: 1 } };

/** A batch as a content script sends it, with readings the check must change. */
const send = (posts: unknown[], batchId: string) =>
  backend().recordReadings({ batchId, pageUrl: 'https://x.com/home', posts, profile: null }, CONTENT);

describe('the background counts what the check changed', () => {
  it('adds each stored batch’s changes, with the newest reasons first', async () => {
    await send(
      [reading({ postId: '1', likes: -3 }), { ...reading({ postId: '2' }), url: 'javascript:1' }],
      'b1',
    );
    clock.now += 60_000;
    await send([reading({ postId: '3', text: 't'.repeat(LIMITS.text + 2) })], 'b2');
    await backend().settled();
    expect(await backend().checkedReadings(undefined, PAGE)).toEqual({
      dropped: 1,
      nulled: 1,
      cut: 1,
      retimed: 0,
      reasons: [
        'x:3 text: longer than 65,536 characters, kept the first 65,536',
        'x:1 likes: must be 0 or more, got -3',
        'x:2 url: must be https',
      ],
      at: clock.now,
    });
  });

  it('says nothing of readings stored as the page showed them', async () => {
    await record([reading({ postId: '1', likes: 3 })]);
    await backend().settled();
    expect(await backend().checkedReadings(undefined, PAGE)).toMatchObject({ dropped: 0, nulled: 0, cut: 0 });
  });

  it(`keeps the ${KEPT_REASONS} newest reasons, and every count`, async () => {
    for (let i = 0; i < 8; i++) await send([reading({ postId: `p${i}`, likes: -1 - i })], `b${i}`);
    await backend().settled();
    const now = await backend().checkedReadings(undefined, PAGE);
    expect(now.nulled).toBe(8);
    expect(now.reasons).toHaveLength(KEPT_REASONS);
    expect(now.reasons[0]).toBe('x:p7 likes: must be 0 or more, got -8');
  });

  it('dismissing clears what the notice showed, not what came after it', async () => {
    await send([reading({ postId: '1', likes: -3 })], 'b1');
    await backend().settled();
    const shown = await backend().checkedReadings(undefined, PAGE);
    await send([{ ...reading({ postId: '2' }), url: 'javascript:1' }], 'b2');
    await backend().settled();
    expect(await backend().dismissChecked(shown, PAGE)).toBe(true);
    expect(await backend().checkedReadings(undefined, PAGE)).toMatchObject({
      dropped: 1,
      nulled: 0,
      cut: 0,
      reasons: ['x:2 url: must be https'],
    });
  });

  it.each([
    [undefined],
    [null],
    [{}],
    [{ dropped: 1, nulled: -1, cut: 0 }],
    [{ dropped: '1', nulled: 0, cut: 0 }],
  ])('refuses a malformed dismissal %j and keeps the counts', async (data) => {
    await send([reading({ postId: '1', likes: -3 })], 'b1');
    await backend().settled();
    expect(await backend().dismissChecked(data as never, PAGE)).toBe(false);
    expect(await checkedReadingsItem.getValue()).toMatchObject({ nulled: 1 });
  });

  it('answers a content script nothing, and lets it dismiss nothing', async () => {
    await send([reading({ postId: '1', likes: -3 })], 'b1');
    await backend().settled();
    expect(await backend().checkedReadings(undefined, CONTENT)).toMatchObject({ nulled: 0, reasons: [] });
    expect(await backend().dismissChecked({ dropped: 0, nulled: 1, cut: 0 }, CONTENT)).toBe(false);
    expect(await checkedReadingsItem.getValue()).toMatchObject({ nulled: 1 });
  });
});

describe('the notice on the extension pages', () => {
  it('says what was changed and why, and goes once dismissed', async () => {
    await send(
      [reading({ postId: '1', likes: -3 }), reading({ postId: '3', text: 't'.repeat(LIMITS.text + 2) })],
      'b1',
    );
    await backend().settled();
    render(<StorageWarning />);
    const notice = await screen.findByText(/Readings not stored as the page showed them/);
    const text = notice.closest('.checked-readings')?.textContent ?? '';
    expect(text).toContain('1 value stored as unknown; 1 text cut to what PostLens keeps.');
    expect(text).not.toContain('left out');
    expect(text).toContain('x:1 likes: must be 0 or more, got -3');
    expect(text).toContain('x:3 text: longer than 65,536 characters, kept the first 65,536');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByText(/Readings not stored as the page showed them/)).toBeNull());
    expect(await checkedReadingsItem.getValue()).toMatchObject({
      dropped: 0,
      nulled: 0,
      cut: 0,
      reasons: [],
    });
  });

  it('shows nothing when the check changed nothing', async () => {
    await record([reading({ postId: '1', likes: 3 })]);
    await backend().settled();
    render(<StorageWarning />);
    await waitFor(() => expect(sent.some((m) => m.type === 'checkedReadings')).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.queryByText(/Readings not stored as the page showed them/)).toBeNull();
  });
});
