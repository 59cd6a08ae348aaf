// @vitest-environment node
// "Readings lost" until dismissed: the popup's Dismiss clears the readings its notice said were
// lost, not readings a page reported after the popup read the count. Those were never shown, so
// they stay counted (with their reason) for the next notice.
import { lostReadingsItem } from '@/lib/background/handoff';
import { closeDb } from '@/lib/store/db';
import { CONTENT, POPUP, testHandlers } from './fixtures/handlers';
import { freshIndexedDb } from './recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const handlers = () => testHandlers().h;

describe('dismissing lost readings', () => {
  it('keeps the readings reported after the notice was read', async () => {
    const h = handlers();
    await h.reportUnsaved({ readings: 3, reason: 'storage refused' }, CONTENT);
    const shown = await h.unsavedReadings(undefined, POPUP);
    expect(shown.lost).toBe(3);
    // Another page gives up on 2 readings while the popup is open.
    await h.reportUnsaved({ readings: 2, reason: 'the page closed' }, CONTENT);
    expect(await h.dismissUnsaved({ lost: shown.lost }, POPUP)).toBe(true);
    expect(await h.unsavedReadings(undefined, POPUP)).toMatchObject({ lost: 2, reason: 'the page closed' });
  });

  it('clears the count when nothing was reported since', async () => {
    const h = handlers();
    await h.reportUnsaved({ readings: 4, reason: 'x' }, CONTENT);
    expect(await h.dismissUnsaved({ lost: 4 }, POPUP)).toBe(true);
    expect(await lostReadingsItem.getValue()).toEqual({ lost: 0, reason: null, at: null });
  });

  it.each([[undefined], [null], [{}], [{ lost: -1 }], [{ lost: 1.5 }], [{ lost: '3' }]])(
    'refuses a malformed dismissal %j and keeps the count',
    async (data) => {
      const h = handlers();
      await h.reportUnsaved({ readings: 3, reason: 'x' }, CONTENT);
      expect(await h.dismissUnsaved(data as never, POPUP)).toBe(false);
      expect(await lostReadingsItem.getValue()).toMatchObject({ lost: 3 });
    },
  );
});
