// @vitest-environment node

import type { SummaryReading } from '@/lib/records';
import { recordBatch } from '@/lib/store';
// A summary's `recent` is one Float64Array (lib/store/packed-readings.ts, packReadings): the readings it
// stands for come back exactly, nulls as null, through the recorder's write and an IndexedDB read,
// and the velocity the tables show is compared with the same reading as before packing.
import { closeDb, getDb } from '@/lib/store/db';
import { packReadings, RECENT_STRIDE, summarize, unpackReadings, velocityOf } from '@/lib/store/summary';
import { countsFrom } from '@/lib/types';
import { batch, freshIndexedDb, MIN, reading, T0 } from '../recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

/** A reading at `capturedAt` showing `counts`, every other count and the followers unknown. */
const r = (capturedAt: number, counts: Partial<SummaryReading> = {}): SummaryReading => ({
  capturedAt,
  ...countsFrom(() => null),
  followers: null,
  ...counts,
});

describe('packed readings', () => {
  it.each([
    ['no reading', []],
    ['every count unknown', [r(T0)]],
    [
      'zeros are zeros, not unknown',
      [r(T0, { likes: 0, comments: 0, reposts: 0, saves: 0, views: 0, followers: 0 })],
    ],
    [
      'large counts and times exactly',
      [
        r(T0, { likes: 1e13, views: Number.MAX_SAFE_INTEGER, followers: 2 ** 53 - 2 }),
        r(T0 + 1, { comments: 123_456_789_012, saves: 7 }),
      ],
    ],
    ['a time before 1970', [r(-86_400_000, { likes: 3 })]],
  ] as [string, SummaryReading[]][])('%s: unpacked as packed', (_name, readings) => {
    const packed = packReadings(readings);
    expect(packed).toBeInstanceOf(Float64Array);
    expect(packed.length).toBe(readings.length * RECENT_STRIDE);
    const back = unpackReadings(packed);
    expect(back).toEqual(readings);
    // Key for key in the order the summary's other readings keep (JSON reads the same).
    for (const [i, x] of back.entries()) expect(Object.keys(x)).toEqual(Object.keys(readings[i]!));
  });

  it('the stride is a time, one number per count, and followers', () => {
    const packed = packReadings([
      r(5, { likes: 1, comments: 2, reposts: 3, saves: 4, views: 6, followers: 7 }),
    ]);
    expect([...packed]).toEqual([5, 1, 2, 3, 4, 6, 7]);
  });
});

describe('a summary keeps `recent` packed', () => {
  it('summarize packs every reading from the one to compare to the one before the latest', () => {
    const snaps = [0, 2, 6, 7, 8].map((m, i) => ({
      id: i + 1,
      postKey: 'x:1',
      ...r(T0 + m * MIN, { likes: 10 * m, views: m === 7 ? null : 100 * m }),
    }));
    const s = summarize(snaps, 50);
    expect(s.recent).toBeInstanceOf(Float64Array);
    // Latest at 8 min: the newest read 5 min or more before it is the one at 2 min.
    expect(unpackReadings(s.recent!).map((x) => (x.capturedAt - T0) / MIN)).toEqual([2, 6, 7]);
    expect(unpackReadings(s.recent!)[2]).toMatchObject({ likes: 70, views: null });
    expect(velocityOf(s).pair?.from).toEqual(r(T0 + 2 * MIN, { likes: 20, views: 200 }));
  });

  it('the recorder stores it packed, and IndexedDB gives back the same readings', async () => {
    const db = await getDb();
    const post = { postId: '7', url: 'https://x.com/a/status/7' };
    for (const [m, likes] of [
      [0, 10],
      [1, 11],
      [2, null],
      [5.5, 40],
    ] as const)
      expect(
        await recordBatch(
          db,
          batch([reading({ ...post, likes })]),
          { snapshotIntervalMinutes: 0 },
          T0 + m * MIN,
        ),
      ).toMatchObject({ ok: true });
    const stored = (await db.getAll('posts'))[0]!.summary;
    expect(stored.recent).toBeInstanceOf(Float64Array);
    const readings = unpackReadings(stored.recent!);
    // Latest at 5.5 min: the newest 5 min or more before it is the first (0 min); then 1 and 2 min.
    expect(readings.map((x) => [(x.capturedAt - T0) / MIN, x.likes])).toEqual([
      [0, 10],
      [1, 11],
      [2, null],
    ]);
    const snaps = await db.getAllFromIndex('snapshots', 'by-post-time');
    expect(stored).toEqual(summarize(snaps, stored.followers));
    expect(velocityOf(stored).pair?.from.capturedAt).toBe(T0);
  });
});
