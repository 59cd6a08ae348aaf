// @vitest-environment node

// loadFollowerReadings against fake-indexeddb: the authors asked for, oldest first, ids dropped.
import { loadFollowerReadings } from '@/lib/queries';
import { getDb } from '@/lib/store';
import { resetAll } from '../components/helpers';

beforeEach(async () => {
  await resetAll();
  const db = await getDb();
  // Written out of time order, and one author whose key starts like another's.
  for (const [authorKey, capturedAt, followers] of [
    ['x:a', 300, 12],
    ['x:a', 100, 10],
    ['x:b', 200, 50],
    ['x:ab', 150, 7],
  ] as const)
    await db.add('followerSnapshots', { authorKey, capturedAt, followers });
});

describe('loadFollowerReadings', () => {
  it.each([
    [
      ['x:a'],
      [
        { authorKey: 'x:a', capturedAt: 100, followers: 10 },
        { authorKey: 'x:a', capturedAt: 300, followers: 12 },
      ],
    ],
    [['x:b', 'x:b'], [{ authorKey: 'x:b', capturedAt: 200, followers: 50 }]],
    [['x:nobody'], []],
    [[], []],
  ])('for %j reads %j', async (keys, expected) => {
    expect(await loadFollowerReadings(keys)).toEqual(expected);
  });

  it('reads every author’s readings when asked for null', async () => {
    const all = await loadFollowerReadings(null);
    expect(all.map((r) => `${r.authorKey}@${r.capturedAt}`)).toEqual([
      'x:a@100',
      'x:a@300',
      'x:ab@150',
      'x:b@200',
    ]);
    expect(all.every((r) => !('id' in r))).toBe(true);
  });
});
