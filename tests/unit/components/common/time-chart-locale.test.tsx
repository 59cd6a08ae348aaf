// The time axis and the legend's time in the user's locale: uPlot's defaults wrote English month
// names and am/pm ("Mar", "3pm", "2025-03-01 3:00pm") on a German user's charts (post history,
// overview trends, campaign trend, followers).

import { legendTime, TimeChart, timeTicks } from '@/components/common/time-chart';
import { setMessageLookup } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../../harness/locale-messages';
import { render } from '../../testing-library';

type Values = (u: unknown, splits: number[], axis: number, space: number, step: number) => string[];
type Value = (u: unknown, v: number | null, series: number, idx: number | null) => string;
type Opts = { axes: Array<{ values?: Values }>; series: Array<{ value?: Value }> };
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

/** Epoch seconds of a local time, as the charts' x holds them. */
const at = (y: number, m: number, d: number, h = 0) => new Date(y, m, d, h).getTime() / 1000;
// ICU writes some spaces as no-break spaces ("3 PM"): compared as plain spaces.
const plain = (xs: string[]) => xs.map((x) => x.replace(/[\u00a0\u202f]/g, ' '));
const HOUR = 3_600;
const DAY = 86_400;

afterAll(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

describe('timeTicks', () => {
  it.each([
    ['days', DAY, [at(2025, 2, 1), at(2025, 2, 2), at(2025, 2, 3)], ['1.3.\n2025', '2.3.', '3.3.']],
    ['days into a new year', DAY, [at(2025, 11, 31), at(2026, 0, 1)], ['31.12.\n2025', '1.1.\n2026']],
    ['months', 30 * DAY, [at(2025, 1, 1), at(2025, 2, 1), at(2026, 0, 1)], ['Feb\n2025', 'Mär', 'Jan\n2026']],
    ['years', 365 * DAY, [at(2024, 0, 1), at(2025, 0, 1)], ['2024', '2025']],
    [
      'hours over midnight',
      6 * HOUR,
      [at(2025, 2, 1, 12), at(2025, 2, 1, 18), at(2025, 2, 2, 0)],
      ['12 Uhr\n1.3.25', '18 Uhr', '00 Uhr\n2.3.'],
    ],
    ['minutes', 60, [at(2025, 2, 1, 15), at(2025, 2, 1, 15) + 60], ['15:00\n1.3.25', '15:01']],
  ])('German, %s', (_what, step, splits, labels) => {
    expect(plain(timeTicks('de', splits, step))).toEqual(labels);
  });

  it('English keeps English dates', () => {
    expect(plain(timeTicks('en-US', [at(2025, 2, 1), at(2025, 2, 2)], DAY))).toEqual(['3/1\n2025', '3/2']);
    expect(plain(timeTicks('en-US', [at(2025, 2, 1, 15), at(2025, 2, 1, 18)], 3 * HOUR))).toEqual([
      '3 PM\n3/1/25',
      '6 PM',
    ]);
  });
});

it("legendTime writes the cursor's time in the user's locale, and — where there is none", () => {
  expect(legendTime('de', at(2025, 2, 1, 15))).toBe('01.03.2025, 15:00');
  expect(legendTime('de', null)).toBe('—');
});

it("TimeChart gives uPlot the user's date format for the time axis and the legend", async () => {
  setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
  made.length = 0;
  const x = [at(2025, 2, 1), at(2025, 2, 2)];
  render(<TimeChart data={{ x, series: [{ label: 'n', values: [1, 2], scale: 'count' }] }} title="t" />);
  const opts = made[0]!;
  expect(plain(opts.axes[0]!.values!(null, x, 0, 50, DAY))).toEqual(['1.3.\n2025', '2.3.']);
  expect(opts.series[0]!.value!(null, x[0]!, 0, 0)).toBe('01.03.2025, 00:00');
});
