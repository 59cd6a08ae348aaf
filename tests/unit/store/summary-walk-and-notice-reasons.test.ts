// @vitest-environment node
// The check notice's reasons after a dismissal (only those of the changes left, none of the ones
// dismissed), and a summary kept snapshot by snapshot against one built from every snapshot, over
// random histories whose readings come seconds to an hour apart, some late.

import { createCheckedReadings } from '@/lib/background/checked-readings';
import type { RecordResult } from '@/lib/messages';
import type { SnapshotRecord } from '@/lib/records';
import { emptySummary, summarize, withSnapshot } from '@/lib/store/summary';

/** A stored batch's answer from the recorder, with what the check changed and why. */
const result = (
  changes: Partial<{ dropped: number; nulled: number; cut: number }>,
  reasons: string[],
): RecordResult => ({
  ok: true,
  stored: 1,
  duplicate: false,
  dropped: changes.dropped ?? 0,
  nulled: changes.nulled ?? 0,
  cut: changes.cut ?? 0,
  reasons,
});

describe('the check notice after a dismissal', () => {
  const tracker = () => createCheckedReadings({ now: () => 1_000, warn: () => {} });

  // A refused batch of 3 readings gives one reason for its 3 changes: the number of changes
  // left is not the number of reasons left. Before the fix the dismissed reason stayed, and the
  // notice said "3 readings left out" with, as its why, a value stored as unknown the user had
  // already dismissed (and no longer counted).
  it('keeps only the reasons of the changes left, not the reasons of those dismissed', async () => {
    const c = tracker();
    await c.noted([result({ nulled: 1 }, ['x:1 likes: must be 0 or more, got -3'])]);
    const shown = await c.get();
    await c.noted([result({ dropped: 3 }, ['the batch: posts must be an array'])]);
    expect(await c.dismiss(shown)).toBe(true);
    expect(await c.get()).toEqual({
      dropped: 3,
      nulled: 0,
      cut: 0,
      retimed: 0,
      reasons: ['the batch: posts must be an array'],
      at: 1_000,
    });
  });

  it('keeps every reason of a batch some of whose changes are left', async () => {
    const c = tracker();
    await c.noted([result({ nulled: 1 }, ['A'])]);
    const shown = await c.get();
    await c.noted([result({ nulled: 1, cut: 1 }, ['B', 'C'])]);
    expect(await c.dismiss(shown)).toBe(true);
    const left = await c.get();
    expect(left).toMatchObject({ nulled: 1, cut: 1 });
    expect([...left.reasons].sort()).toEqual(['B', 'C']);
  });
});

// The tables' summary, kept snapshot by snapshot in any arrival order (late batches included),
// must equal the one built from all snapshots: `recent` decides the velocity the tables show.
describe('a summary kept snapshot by snapshot equals one built from all of them', () => {
  const MIN = 60_000;
  const snap = (capturedAt: number, likes: number): SnapshotRecord => ({
    postKey: 'x:1',
    capturedAt,
    likes,
    comments: null,
    reposts: null,
    saves: null,
    views: null,
    followers: null,
  });
  // A small deterministic generator, so a failure can be replayed.
  let seed = 7;
  const rand = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };

  it('for 300 histories of readings seconds to hours apart, arriving out of order', () => {
    for (let n = 0; n < 300; n++) {
      const times = new Set<number>();
      let t = 0;
      const count = 1 + Math.floor(rand() * 8);
      for (let i = 0; i < count; i++) {
        t += [20_000, 2 * MIN, 4 * MIN, 5 * MIN, 7 * MIN, 60 * MIN][Math.floor(rand() * 6)]!;
        times.add(t);
      }
      const snaps = [...times].map((at, i) => snap(at, 10 + i));
      const arrival = [...snaps];
      // Mostly in order; a late one now and then.
      for (let i = arrival.length - 1; i > 0; i--)
        if (rand() < 0.3) [arrival[i], arrival[i - 1]] = [arrival[i - 1]!, arrival[i]!];
      const kept = arrival.reduce((s, x) => withSnapshot(s, x, null), emptySummary(null));
      expect(kept, JSON.stringify(arrival.map((s) => s.capturedAt))).toEqual(summarize(snaps, null));
    }
  });
});
