// @vitest-environment node

// Export JSON, delete everything, import: every stored record comes back as it was. And an import
// into a database that holds other readings keeps the newer ones, and names what it left as it was.
import { deleteAll, putCampaign, recordBatches } from '@/lib/store';
import { closeDb, getDb } from '@/lib/store/db';
import { shownTime } from '@/lib/transfer';
import { NO_OUTCOMES } from '../fixtures/campaign';
import { dumpStores as dump, exportText, importText } from '../fixtures/round-trip';
import { batch, DAY, freshIndexedDb, HOUR, MIN, reading, SETTINGS, T0 } from '../recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const profile = (followers: number) =>
  batch([], { profile: { platform: 'x', handle: 'nasa', name: 'NASA', followers } });
const withFollowers = (followers: number) => ({ author: { handle: 'nasa', name: 'NASA', followers } });

/** Each case records its calls, as [ms after T0, batch]. */
const CASES: Array<[string, Array<[number, ReturnType<typeof batch>]>]> = [
  ['a promoted post', [[0, batch([reading({ promoted: true })])]]],
  [
    'a post seen again unchanged (lastSeen after its last snapshot)',
    [
      [0, batch([reading()])],
      [10 * MIN, batch([reading()])],
    ],
  ],
  [
    "an author's count read again unchanged (followersAt after the last follower snapshot)",
    [
      [0, profile(1_000)],
      [10 * MIN, profile(1_000)],
    ],
  ],
  [
    'followers read on a profile, then a post that shows none',
    [
      [0, profile(1_000)],
      [3 * DAY, batch([reading()])],
    ],
  ],
  [
    'a late batch, read before the newest snapshot',
    [
      [2 * HOUR, batch([reading({ likes: 300, ...withFollowers(2_000) })])],
      [HOUR, batch([reading({ likes: 200, ...withFollowers(1_500) })])],
    ],
  ],
  [
    "the author's name read after its count, then a late batch's older name (nameAt kept)",
    [
      [0, profile(1_000)],
      [HOUR, batch([reading({ author: { handle: 'nasa', name: 'NASA (new name)' } })])],
      [
        30 * MIN,
        batch([reading({ postId: '1790000000000000002', author: { handle: 'nasa', name: 'NASA' } })]),
      ],
    ],
  ],
  [
    'an author named only by a post card, and one never named (no nameAt)',
    [
      [0, batch([reading({ author: { handle: 'nasa', name: 'NASA' } })])],
      [0, batch([reading({ postId: '1790000000000000002', author: { handle: 'esa', name: null } })])],
    ],
  ],
  [
    'the same post twice in one batch, and a profile and a card at one moment',
    [
      [
        0,
        batch(
          [reading({ likes: 100, ...withFollowers(1_234_567) }), reading({ likes: 101 })],
          profile(1_200_000),
        ),
      ],
    ],
  ],
];

describe('JSON round trip: export, delete everything, import', () => {
  it.each(CASES)('%s: every record comes back as it was', async (_, calls) => {
    const db = await getDb();
    for (const [at, b] of calls) await recordBatches(db, [b], SETTINGS, T0 + 3 * DAY, () => {}, [T0 + at]);
    const before = await dump(db);
    const text = await exportText(db);
    expect((await deleteAll(db)).ok).toBe(true);
    const r = await importText(db, text);
    expect(r).toMatchObject({ ok: true });
    expect(r).not.toHaveProperty('kept');
    expect(await dump(db)).toEqual(before);
  });

  it('a file of posts with nothing the snapshots do not say holds none of the optional keys', async () => {
    const db = await getDb();
    await recordBatches(db, [profile(1_000)], SETTINGS, T0);
    await recordBatches(db, [batch([reading()])], SETTINGS, T0);
    const file = JSON.parse(await exportText(db));
    expect(Object.keys(file.posts[0]).sort()).toEqual(
      ['author', 'platform', 'postId', 'publishedAt', 'snapshots', 'text', 'url'].sort(),
    );
    // When the author's name was read is not in the snapshots: nameAt is written beside it.
    expect(Object.keys(file.authors[0]).sort()).toEqual([
      'followerSnapshots',
      'handle',
      'name',
      'nameAt',
      'platform',
    ]);
  });
});

describe('an import into a database with readings of its own', () => {
  it("keeps the author's newer count: the file's older one joins the history, not the latest", async () => {
    // Machine A: 1,000 followers read on day 0; a post of theirs seen on day 10 (no count shown).
    let db = await getDb();
    await recordBatches(db, [profile(1_000)], SETTINGS, T0);
    await recordBatches(db, [batch([reading()])], SETTINGS, T0 + 10 * DAY);
    const text = await exportText(db);
    // Machine B: 5,000 read on day 5.
    await freshIndexedDb();
    db = await getDb();
    await recordBatches(db, [profile(5_000)], SETTINGS, T0 + 5 * DAY);
    const r = await importText(db, text);
    expect(r).toMatchObject({ ok: true });
    expect(r).not.toHaveProperty('kept');
    expect(await db.get('authors', 'x:nasa')).toMatchObject({ followers: 5_000, followersAt: T0 + 5 * DAY });
    const follows = (await dump(db)).followerSnapshots.map((f) => [f.capturedAt, f.followers]);
    expect(follows).toEqual([
      [T0, 1_000],
      [T0 + 5 * DAY, 5_000],
    ]);
    // The post's snapshot keeps the count known when it was read (day 10: A's 1,000).
    expect((await db.get('posts', 'x:1790000000000000001'))!.summary.followers).toBe(1_000);
  });

  it('names a reading of the file at a stored moment with other counts, and keeps yours', async () => {
    const db = await getDb();
    await recordBatches(db, [profile(1_000)], SETTINGS, T0);
    await recordBatches(db, [batch([reading({ likes: 100 })])], SETTINGS, T0);
    const file = JSON.parse(await exportText(db));
    file.posts[0].snapshots[0].likes = 250;
    file.authors[0].followerSnapshots[0].followers = 1_001;
    file.posts[0].author.followers = 1_001; // the file's latest count, as its export would say
    const before = await dump(db);
    const r = await importText(db, JSON.stringify(file));
    expect(r).toEqual({
      ok: true,
      added: { posts: 0, snapshots: 0, authors: 0, followerSnapshots: 0 },
      kept:
        '2 entries in the file differ from what you already had for the same moments (or ids) and were left as you had them: ' +
        `followers of x:nasa read at ${shownTime(T0)}, post x:1790000000000000001 read at ${shownTime(T0)}.`,
    });
    expect(await dump(db)).toEqual(before);
  });

  it('names a campaign of the file whose id you hold with other content, and keeps yours', async () => {
    const db = await getDb();
    const input = {
      ...NO_OUTCOMES,
      name: 'Spring',
      postKeys: [],
      start: '2025-03-01',
      end: '2025-03-31',
      spend: null,
      revenue: null,
    };
    expect((await putCampaign(db, input as never, T0, () => 'c1')).ok).toBe(true);
    const same = await exportText(db);
    expect(await importText(db, same)).not.toHaveProperty('kept');
    const file = JSON.parse(same);
    file.campaigns[0].name = 'Spring (edited elsewhere)';
    const r = await importText(db, JSON.stringify(file));
    expect(r).toMatchObject({
      ok: true,
      kept: expect.stringContaining('campaign "Spring (edited elsewhere)" (c1)'),
    });
    expect((await db.getAll('campaigns')).map((c) => c.name)).toEqual(['Spring']);
  });
});
