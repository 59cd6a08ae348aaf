// The rate axis's labels tell its ticks apart: a post whose ER stays near 12.3% got ticks 0.005
// points apart, each written "12.3%", so the axis read 12.3% all the way up while the line rose.

import { TimeChart } from '@/components/common/time-chart';
import { setMessageLookup } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { render } from '../testing-library';

type Values = (u: unknown, ticks: number[]) => string[];
type Opts = { axes: Array<{ scale?: string; values?: Values }> };
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

afterAll(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

function rateAxis(): Values {
  made.length = 0;
  const x = [1_796_342_400, 1_796_346_000];
  render(
    <TimeChart
      data={{
        x,
        series: [
          { label: 'Engagement', values: [123, 124], scale: 'count' },
          { label: 'ER by views', values: [0.123, 0.1232], scale: 'rate' },
        ],
      }}
      title="t"
    />,
  );
  return made[0]!.axes.find((a) => a.scale === 'rate')!.values!;
}
const plain = (xs: string[]) => xs.map((x) => x.replace(/[\u00a0\u202f]/g, ' '));

it.each([
  ['en', [0.123, 0.12305, 0.1231, 0.12315, 0.1232], ['12.300%', '12.305%', '12.310%', '12.315%', '12.320%']],
  ['de', [0.123, 0.12305, 0.1231], ['12,300 %', '12,305 %', '12,310 %']],
  ['en', [0, 0.05, 0.1, 0.15], ['0%', '5%', '10%', '15%']],
  ['en', [0.0001, 0.0002, 0.0003], ['0.01%', '0.02%', '0.03%']],
])('%s: ticks %j are labelled %j', async (lang, ticks, labels) => {
  setMessageLookup(lookupFrom(await loadMessages(lang as 'en' | 'de')), lang);
  const values = rateAxis();
  const out = plain(values(null, ticks));
  expect(new Set(out).size).toBe(ticks.length);
  expect(out).toEqual(labels);
});
