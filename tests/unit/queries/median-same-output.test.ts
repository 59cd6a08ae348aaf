// @vitest-environment node

// The faster median and medianWithout (lib/metrics/rates.ts: a native sort, no closure) give
// exactly what they gave before (tests/unit/queries/reference/rows-before.ts), and sortedNumbers
// orders numbers as the comparator sort did: on seeded random lists with ties, both zeros, NaN,
// infinities and negatives (and, for the medians, holes and values that are not numbers), down to
// which zero comes first.
import { median, medianWithout, medianWithoutAscending, sortedNumbers } from '@/lib/metrics';
import { type Random, random } from '../random';
import * as before from './reference/rows-before';

const POOL = [0, -0, 1, 1, 2, 0.5, -3, 1e-300, 1e300, -1e300, 7.25, Number.NaN, Infinity, -Infinity];

function list(rnd: Random): number[] {
  const n = rnd.pick([0, 1, 2, 3, 4, 5, 8, 21, 200]);
  // Most lists are what ERs and velocities are (finite, no -0); some hold everything else.
  const odd = rnd.chance(0.4);
  const xs = Array.from({ length: n }, () =>
    odd ? rnd.pick(POOL) : rnd.chance(0.3) ? rnd.pick([0, 1, 2, 0.5]) : rnd.int(1e6) / 1e4,
  );
  if (odd && n > 0 && rnd.chance(0.2)) (xs as unknown[])[rnd.int(n)] = rnd.pick([undefined, null, '3']);
  if (odd && n > 1 && rnd.chance(0.1)) delete xs[rnd.int(n)];
  return xs;
}

/** Object.is element by element: toEqual tells -0 from 0, and this says where. */
const same = (a: ArrayLike<unknown>, b: readonly unknown[]) =>
  a.length === b.length && Array.from(a).every((v, i) => Object.is(v, b[i]));

describe('median, medianWithout and sortedNumbers give what the comparator sort gave', () => {
  it.each(Array.from({ length: 6 }, (_, i) => i + 1))('seed %i: 3,000 random lists', (seed) => {
    const rnd = random(seed);
    for (let i = 0; i < 3000; i++) {
      const xs = list(rnd);
      // sortedNumbers takes numbers only (a hole or a null would be made a number).
      if (xs.every((v) => typeof v === 'number') && !xs.includes(undefined as unknown as number))
        expect(
          same(
            sortedNumbers(xs),
            [...xs].sort((x, y) => x - y),
          ),
        ).toBe(true);
      expect(Object.is(median(xs), before.median(xs))).toBe(true);
      const sorted = before.median(xs) === null ? xs : [...xs].sort((x, y) => x - y);
      const value = sorted.length > 0 && rnd.chance(0.8) ? sorted[rnd.int(sorted.length)]! : rnd.pick(POOL);
      expect(Object.is(medianWithout(sorted, value), before.medianWithout(sorted, value))).toBe(true);
    }
  });
});

describe('medianWithoutAscending (found by halving) gives what medianWithout gives', () => {
  // Every number but NaN: ties, both zeros, infinities; the value left out from the list or not.
  const NO_NAN = POOL.filter((v) => !Number.isNaN(v));
  it.each(Array.from({ length: 4 }, (_, i) => i + 1))('seed %i: 3,000 ascending lists', (seed) => {
    const rnd = random(seed * 7919);
    for (let i = 0; i < 3000; i++) {
      const n = rnd.pick([0, 1, 2, 3, 4, 5, 8, 21, 200]);
      const xs = Array.from({ length: n }, () =>
        rnd.chance(0.3) ? rnd.pick(NO_NAN) : rnd.chance(0.3) ? rnd.pick([0, 1, 2, 0.5]) : rnd.int(1e6) / 1e4,
      );
      const sorted = sortedNumbers(xs);
      const value = n > 0 && rnd.chance(0.8) ? sorted[rnd.int(n)]! : rnd.pick(NO_NAN);
      expect(Object.is(medianWithoutAscending(sorted, value), medianWithout(sorted, value))).toBe(true);
    }
  });
});
