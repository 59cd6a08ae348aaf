// The time axis of every chart: the data's own span, or one day around a single instant (a
// campaign with one day of readings drew Feb 2027 – Aug 2029 before).
import { timeRange } from '@/components/common/time-chart';

describe('timeRange', () => {
  it.each([
    [
      [1_767_225_600, 1_767_225_600],
      [1_767_182_400, 1_767_268_800],
    ],
    [
      [1_767_225_600, 1_767_312_000],
      [1_767_225_600, 1_767_312_000],
    ],
    [
      [0, 0],
      [-43_200, 43_200],
    ],
  ])('%j → %j', ([min, max], range) => {
    expect(timeRange(min!, max!)).toEqual(range);
  });
});
