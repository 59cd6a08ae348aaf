// The charts' y axes: each tick's label must read the value the tick stands at. uPlot steps ticks
// by 1, 2, 2.5 or 5 of a power of ten. An ER between 10% and 12% on a 320 px chart gets a step of
// 0.25 points (10%, 10.25%, 10.5%…), which the rates' usual one decimal above 10% wrote "10.3%" and
// "10.8%": the line crossed a tick labelled 10.3% where the rate was 10.25%. The count axis carries
// the Overview's median velocity per day, whose 0.125/h tick read "0.13".
import { countTicks, rateTicks } from '@/components/common/time-chart';

/** A label read back as a number ("10,25 %" → 10.25), in the locale's separators. */
function readBack(label: string, locale: string): number {
  const [group, decimal] = locale.startsWith('de') ? ['.', ','] : [',', '.'];
  return Number(
    label
      .replace(/[\s\u00a0%]/g, '')
      .replaceAll(group, '')
      .replace(decimal, '.'),
  );
}

/** `n` ticks from `first` by `step`, as uPlot makes them (rounded to the step's decimals). */
const ticksOf = (first: number, step: number, n: number, decimals: number) =>
  Array.from({ length: n }, (_, i) => Number((first + i * step).toFixed(decimals)));

describe('rateTicks: every label reads its tick', () => {
  it.each([
    ['en-US', ticksOf(0.1, 0.0025, 9, 6)],
    ['de-DE', ticksOf(0.1, 0.0025, 9, 6)],
    ['en-US', ticksOf(0.099, 0.0005, 4, 6)],
    ['en-US', ticksOf(0.2, 0.025, 5, 6)],
    ['de-DE', ticksOf(0.01, 0.00025, 5, 7)],
    ['en-US', ticksOf(0, 0.02, 6, 6)],
    ['en-US', ticksOf(0.12, 0.00005, 5, 7)],
    ['en-US', ticksOf(0.0000031, 0.00000005, 4, 10)],
    ['en-US', ticksOf(0.0000001, 0.000000001, 4, 12)],
  ])('%s %j', (locale, ticks) => {
    const labels = rateTicks(locale, ticks);
    labels.forEach((label, i) => {
      expect(readBack(label, locale), `${label} at ${ticks[i]}`).toBeCloseTo(ticks[i]! * 100, 9);
    });
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe('countTicks: every label reads its tick', () => {
  it.each([
    ['en-US', ticksOf(0.1, 0.025, 5, 6)],
    ['de-DE', ticksOf(0, 0.025, 5, 6)],
    ['en-US', ticksOf(1, 0.25, 5, 6)],
    ['en-US', ticksOf(0, 0.0025, 5, 6)],
    ['de-DE', ticksOf(0, 25_000, 5, 0)],
    ['en-US', ticksOf(0, 0.0005, 4, 6)],
  ])('%s %j', (locale, ticks) => {
    const labels = countTicks(locale, ticks);
    labels.forEach((label, i) => {
      expect(readBack(label, locale), `${label} at ${ticks[i]}`).toBeCloseTo(ticks[i]!, 9);
    });
    expect(new Set(labels).size).toBe(labels.length);
  });
});
