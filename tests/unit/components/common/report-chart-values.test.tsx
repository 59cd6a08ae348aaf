// The Overview's "median velocity per day" chart draws engagements per hour on the count axis:
// small medians (0.004/h: one like in ten days) read "0" on the axis ticks and in the legend. And a
// day without a value is a gap where nothing was measured, not a line to the next day with one.

import { TimeChart } from '@/components/common/time-chart';
import { render } from '../../testing-library';

type Values = (u: unknown, ticks: number[]) => string[];
type Value = (u: unknown, v: number | null) => string;
type Opts = {
  axes: Array<{ scale?: string; values?: Values }>;
  series: Array<{ value?: Value; spanGaps?: boolean }>;
};
const made = vi.hoisted(() => [] as Opts[]);
vi.mock('uplot', () => ({
  default: class {
    static pxRatio = 1;
    constructor(opts: Opts) {
      made.push(opts);
    }
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

function drawn(spanGaps?: boolean): Opts {
  made.length = 0;
  render(
    <TimeChart
      {...(spanGaps === undefined ? {} : { spanGaps })}
      data={{
        x: [1_796_342_400, 1_796_428_800, 1_796_515_200],
        series: [{ label: 'Median velocity', values: [0.004, null, 0.0012], scale: 'count' }],
      }}
      title="t"
    />,
  );
  return made[0]!;
}

it('labels small count-axis ticks apart and never as 0', () => {
  const values = drawn().axes.find((a) => a.scale === 'count')!.values!;
  const out = values(null, [0, 0.001, 0.002, 0.003, 0.004]);
  expect(out[0]).toBe('0');
  expect(new Set(out).size).toBe(5);
  expect(out.slice(1)).not.toContain('0');
});

it('writes a small nonzero value in the legend as nonzero', () => {
  const legend = drawn().series[1]!.value!;
  expect(legend(null, 0.0004)).not.toBe('0');
  expect(legend(null, 0.0004)).toBe('0.0004');
  expect(legend(null, 12_345)).toBe('12,345');
  expect(legend(null, null)).toBe('—');
});

it('draws a line across missing values unless told not to (the Overview: a day with nothing to measure)', () => {
  expect(drawn().series[1]!.spanGaps).toBe(true);
  expect(drawn(false).series[1]!.spanGaps).toBe(false);
});
