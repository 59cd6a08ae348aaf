// @vitest-environment node

// An author's name is the one read last, by when the page read it (a batch's readAt), not by when
// the batch was stored: batches are handed off and stored late. The author record keeps when its
// name was read (nameAt), so neither a late batch's older name nor a newer reading without a name
// moves what "newer" means.
import type { ReadingBatch } from '@/lib/messaging/protocol';
import { recordBatches } from '@/lib/store';
import { closeDb, getDb } from '@/lib/store/db';
import { batch, freshIndexedDb, MIN, reading, SETTINGS, T0 } from '../recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

/** Stores one batch in a call of its own, read at 12:`readAt`, stored at 12:`storedAt`. */
async function record(b: ReadingBatch, readAt: number, storedAt = readAt) {
  const db = await getDb();
  const [r] = await recordBatches(db, [b], SETTINGS, T0 + storedAt * MIN, () => {}, [T0 + readAt * MIN]);
  expect(r).toMatchObject({ ok: true, duplicate: false });
}

/** A post card of the author, showing `name` (null: no name shown) and no follower count. */
const card = (name: string | null, postId = '1790000000000000001') =>
  batch([reading({ postId, author: { handle: 'nasa', name } })]);
/** The author's profile page, showing `name` and no follower count. */
const profilePage = (name: string | null) =>
  batch([], { profile: { platform: 'x', handle: 'nasa', name, followers: null } });

const OLD = 'NASA (old name)';
const NEW = 'NASA (new name)';

async function author() {
  return (await getDb()).get('authors', 'x:nasa');
}

describe("an author's name and when it was read", () => {
  it.each([
    ['a profile page', profilePage(NEW)],
    ['another post card', card(NEW, '1790000000000000002')],
  ])(
    '12:05 old name, 12:10 new name on %s, a 12:07 batch stored late: the new name stays',
    async (_, newer) => {
      await record(card(OLD), 5);
      await record(newer, 10);
      await record(card(OLD, '1790000000000000003'), 7, 12);
      expect((await author())!.name).toBe(NEW);
      expect((await author())!.nameAt).toBe(T0 + 10 * MIN);
    },
  );

  it.each([
    ['a post card without a name', card(null)],
    ['a profile page without a name', profilePage(null)],
  ])(
    '12:05 old name, 12:20 %s, a 12:10 batch with the new name stored late: the new name is taken',
    async (_, nameless) => {
      await record(card(OLD), 5);
      await record(nameless, 20);
      await record(card(NEW, '1790000000000000002'), 10, 21);
      expect((await author())!.name).toBe(NEW);
      expect((await author())!.nameAt).toBe(T0 + 10 * MIN);
    },
  );

  it.each([
    // [what, the stored name's minute, the late reading's minute, the name kept]
    ['older than the kept name: refused', 10, 7, NEW],
    ['as old as the kept name: taken (the one stored later)', 10, 10, OLD],
    ['newer than the kept name: taken', 10, 12, OLD],
  ])('a late reading %s', async (_, keptAt, lateAt, expected) => {
    await record(card(NEW), keptAt);
    await record(card(OLD, '1790000000000000002'), lateAt, 30);
    expect((await author())!.name).toBe(expected);
  });

  // The same name read again keeps the time it was first read with (no author write per batch:
  // store/record-requests.test.ts): a late other name read before that time is refused.
  it('the same name read again keeps its first time: an older other name is refused', async () => {
    await record(card(OLD), 5);
    await record(card(NEW, '1790000000000000002'), 10);
    await record(card(NEW, '1790000000000000002'), 15);
    await record(card(OLD, '1790000000000000003'), 8, 20);
    expect((await author())!.name).toBe(NEW);
    expect((await author())!.nameAt).toBe(T0 + 10 * MIN);
  });

  it('in one call: the newer reading first, the late one after it, the newer name stays', async () => {
    const db = await getDb();
    await recordBatches(db, [card(OLD)], SETTINGS, T0 + 5 * MIN, () => {}, [T0 + 5 * MIN]);
    await recordBatches(
      db,
      [profilePage(NEW), card(OLD, '1790000000000000002')],
      SETTINGS,
      T0 + 12 * MIN,
      () => {},
      [T0 + 10 * MIN, T0 + 7 * MIN],
    );
    expect(await author()).toMatchObject({ name: NEW, nameAt: T0 + 10 * MIN });
  });

  it('an author no reading named has no name time', async () => {
    await record(card(null), 5);
    const a = await author();
    expect(a?.name).toBeNull();
    expect(a).not.toHaveProperty('nameAt');
  });
});
