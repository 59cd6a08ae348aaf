// The time axis of every chart: the data's own span, or one day around a single instant (a
// campaign with one day of readings drew Feb 2027 – Aug 2029 before).
import uPlot from 'uplot';
import { axisWidth, fitValues, timeRange } from '@/components/common/time-chart';

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

// The y axes are as wide as their widest value: uPlot's fixed 50 px cut "100,000" to "0,000" on
// the Overview's interactions chart.
// What uPlot really passes for one point: its own 1,000-day span (86,400 ÷ 1e-3 seconds) as min
// and max. The data tells the single instant; without it, the chart drew Dec 2026 – Aug 2029.
describe('timeRange with the data', () => {
  const t = 1_796_342_400; // 2026-12-04
  it.each([
    ["one point, uPlot's 1,000 days", t, t + 86_400_000, [t], [t - 43_200, t + 43_200]],
    ['two points at one instant', t, t + 86_400_000, [t, t], [t - 43_200, t + 43_200]],
    ['two days', t, t + 86_400, [t, t + 86_400], [t, t + 86_400]],
    ['a zoom inside three days', t + 100, t + 200, [t, t + 86_400, t + 172_800], [t + 100, t + 200]],
    ['no data, min = max', t, t, [], [t - 43_200, t + 43_200]],
  ])('%s', (_what, min, max, xs, range) => {
    expect(timeRange(min, max, xs)).toEqual(range);
  });
});

describe('the y axes fit their values', () => {
  /** A uPlot as the size callback sees it: one axis, a font whose every character is `px` wide. */
  const plot = (px: number, cssSize?: number) => {
    const ctx = { font: '', measureText: (text: string) => ({ width: text.length * px * uPlot.pxRatio }) };
    const axis = { font: ['12px sans-serif', 12, 12], ticks: { size: 10 }, gap: 5, _size: cssSize };
    return { u: { axes: [{}, axis], ctx } as unknown as uPlot, ctx };
  };

  it.each([
    [['0', '50,000', '100,000'], 7, 7 * 7 + 10 + 5 + 2],
    [['0', '5', '10'], 7, 2 * 7 + 10 + 5 + 2],
    [['0%', '12.5%'], 6.5, Math.ceil(5 * 6.5 + 17)],
    [[], 7, 17],
  ])('%j, %f px a character → %i px', (values, px, width) => {
    const { u, ctx } = plot(px);
    expect(fitValues(u, values, 1, 0)).toBe(width);
    expect(ctx.font).toBe('12px sans-serif');
  });

  it('keeps the size of the first round in the rounds after it, so the layout settles', () => {
    expect(fitValues(plot(7, 61).u, ['1,000,000,000'], 1, 2)).toBe(61);
    expect(fitValues(plot(7, 61).u, ['1,000,000,000'], 1, 1)).toBe(13 * 7 + 17);
  });

  it('axisWidth: no values is room for the tick and gap alone', () => {
    expect(axisWidth(null, () => 100, 15)).toBe(17);
  });
});
