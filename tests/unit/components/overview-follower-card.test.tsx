// The Overview's follower card says what it computed: the two counts and when each was read; a
// change resting on a count read longer before the period than it lasts is said over the time it
// was seen ("+500 in 185 days"), never as the period's; and with no count the change rests on, no
// line is drawn (the chart drew the old count flat on every day). The tests run in UTC.
import { OverviewCard } from '@/components/insights/overview-card';
import { setMessageLookup } from '@/lib/i18n';
import { buildFollowerCards, dayStarts, type Period } from '@/lib/insights';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { render } from '../testing-library';

vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

const H = 3_600_000;
const D = 24 * H;
const S = Date.UTC(2026, 2, 1);
const P: Period = { start: S, end: S + 7 * D };
// Intl writes a no-break space in some locales' dates and groups: compared as a plain space.
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

function shown(readings: ReadonlyArray<readonly [number, number]>) {
  const [card] = buildFollowerCards({
    followers: readings.map(([capturedAt, followers]) => ({ authorKey: 'x:acme', capturedAt, followers })),
    authors: ['x:acme'],
    period: P,
    now: P.end,
  });
  const { container } = render(<OverviewCard card={card!} days={dayStarts(P)} subtitle="ACME" />);
  return {
    value: plain(container.querySelector('.overview-value')?.textContent),
    text: plain(container.textContent),
  };
}

const SEPTEMBER = Date.UTC(2025, 8, 2, 12); // 180 days before the start, at noon
const MARCH_6 = Date.UTC(2026, 2, 6, 12);

it.each([
  [
    'en',
    'en-US',
    'over longer than this period: +500 in 185 days (1,000 → 1,500 followers, read Sep 2, 2025, 12:00 PM and Mar 6, 2026, 12:00 PM)',
    "the last follower count before the start was read longer before it than the period lasts: this period's change is unknown",
  ],
  [
    'de',
    'de',
    'über einen längeren Zeitraum als diesen: +500 in 185 Tagen (1.000 → 1.500 Follower, gelesen am 02.09.2025, 12:00 und 06.03.2026, 12:00)',
    'die letzte Follower-Zahl vor dem Anfang wurde länger vor ihm gelesen, als der Zeitraum dauert: die Änderung in diesem Zeitraum ist unbekannt',
  ],
])(
  '%s (%s): a count read 180 days before a week is no start of its change',
  async (lang, locale, line, reason) => {
    setMessageLookup(lookupFrom(await loadMessages(lang)), locale);
    const { value, text } = shown([
      [SEPTEMBER, 1000],
      [MARCH_6, 1500],
    ]);
    expect(value).not.toContain('500');
    expect(text).toContain(reason);
    expect(text).toContain(line);
  },
);

it('a change of the period names when its two counts were read', () => {
  const { value, text } = shown([
    [S - H, 1000],
    [MARCH_6, 1100],
  ]);
  expect(value).toBe('+100');
  expect(text).toContain('1,000 → 1,100 followers, read Feb 28, 2026, 11:00 PM and Mar 6, 2026, 12:00 PM');
  expect(text).not.toContain('No value per day');
});

it.each([
  ['read 20 days before the start only', [[S - 20 * D, 1000]] as const],
  ['read an hour before the start only', [[S - H, 1000]] as const],
])('%s: the card says unknown and draws no count', (_what, readings) => {
  const { text } = shown(readings);
  expect(text).toContain('no follower count read in this period: the change is unknown');
  expect(text).toContain('No value per day to draw in this period.');
});

describe('a start count too old, and counts read inside the period', () => {
  const MARCH_2 = Date.UTC(2026, 2, 2, 12);
  // The review's proof: the card said "+600 in 185 days (500 → 1,100 …)" while its chart drew
  // 1,000 → 1,100 from the first count read inside, and never said that change.
  it('two read inside: says the change since the first of them, as the chart draws it', () => {
    const { value, text } = shown([
      [SEPTEMBER, 500],
      [MARCH_2, 1000],
      [MARCH_6, 1100],
    ]);
    expect(value).toBe('—');
    expect(text).toContain(
      "the last follower count before the start was read longer before it than the period lasts: this period's change is unknown",
    );
    expect(text).toContain(
      'since the first count read, Mar 2, 2026, 12:00 PM: 1,000 → 1,100 followers (+100)',
    );
    expect(text).not.toContain('over longer than this period');
  });

  it('one read inside: no change seen inside, so the change over the longer time', () => {
    const { text } = shown([
      [SEPTEMBER, 500],
      [MARCH_6, 1100],
    ]);
    expect(text).toContain('over longer than this period: +600 in 185 days (500 → 1,100 followers');
    expect(text).not.toContain('since the first count read');
  });
});
