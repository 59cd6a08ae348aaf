// Dots on a series whose known values are few, however many days the chart spans: the Overview's
// follower trend of an author read once (one value among ~950 days) drew nothing before, since
// there is no line through a single point and the dots were shown by the number of days.

import { knownCount, TimeChart } from '@/components/common/time-chart';
import { render } from '../../testing-library';

const made = vi.hoisted(() => [] as Array<{ series: Array<{ points?: { show?: boolean } }> }>);
vi.mock('uplot', () => ({
  default: class {
    static pxRatio = 1;
    constructor(opts: { series: Array<{ points?: { show?: boolean } }> }) {
      made.push(opts);
    }
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

const DAY_S = 86_400;
const days = (n: number) => Array.from({ length: n }, (_, i) => 1_700_000_000 + i * DAY_S);

describe('TimeChart dots', () => {
  beforeEach(() => {
    made.length = 0;
  });

  it.each([
    ['one value among 950 days', true, Array.from({ length: 950 }, (_, i) => (i === 949 ? 48_213 : null))],
    ['56 values among 950 days', true, Array.from({ length: 950 }, (_, i) => (i % 17 === 0 ? i : null))],
    ['a value every day for 100 days', false, Array.from({ length: 100 }, (_, i) => i)],
    ['30 days, all known', true, Array.from({ length: 30 }, (_, i) => i)],
  ])('%s: dots %s', (_what, dots, values) => {
    render(
      <TimeChart
        data={{ x: days(values.length), series: [{ label: 'n', values, scale: 'count' }] }}
        title="t"
      />,
    );
    expect(made).toHaveLength(1);
    expect(made[0]!.series[1]!.points?.show).toBe(dots);
  });

  it('knownCount leaves the gaps out and keeps 0', () => {
    expect(knownCount([null, 0, 3, null, -1])).toBe(3);
    expect(knownCount([])).toBe(0);
  });
});
