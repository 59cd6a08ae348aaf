// @vitest-environment node
// Deleting a post, an author's posts or everything takes the watchlist's alert records of those
// posts with it (when each last alerted, kept in storage.local): nothing of a deleted post stays.
// The records of posts not deleted stay, so their alerts keep their spacing.
import { alertedItem, authorAlertedItem } from '@/lib/background/watch-alerts';
import { closeDb } from '@/lib/store/db';
import { CONTENT, EXTENSION_ID, PAGES, testHandlers } from './fixtures/handlers';
import { batch, freshIndexedDb, reading, T0 } from './recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const DASHBOARD = { id: EXTENSION_ID, url: `${PAGES}dashboard.html` };
const A = 'x:1790000000000000001';
const B = 'x:1790000000000000002';

async function setup() {
  const { h } = testHandlers();
  const posts = [reading({ postId: A.slice(2) }), reading({ postId: B.slice(2) })];
  expect(await h.recordReadings(batch(posts), CONTENT)).toMatchObject({ ok: true, stored: 2 });
  await alertedItem.setValue({ [A]: T0, [B]: T0 });
  await authorAlertedItem.setValue({ [A]: T0 });
  return h;
}

describe('the alert records of deleted posts', () => {
  it('go with the post deleted, and only with it', async () => {
    const h = await setup();
    expect(await h.deletePost(A, DASHBOARD)).toMatchObject({ ok: true });
    expect(await alertedItem.getValue()).toEqual({ [B]: T0 });
    expect(await authorAlertedItem.getValue()).toEqual({});
  });

  it('all go with "delete all data"', async () => {
    const h = await setup();
    expect(await h.deleteAll(undefined, DASHBOARD)).toMatchObject({ ok: true });
    expect(await alertedItem.getValue()).toEqual({});
    expect(await authorAlertedItem.getValue()).toEqual({});
  });
});
