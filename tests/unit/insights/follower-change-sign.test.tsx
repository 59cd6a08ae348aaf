// A follower card's value is a change: it shows its sign ("+14", "−3", "0"), in the user's way of
// writing numbers, as the "since the first count read" line already does.
import { OverviewCard } from '@/components/insights/overview-card';
import { setMessageLookup } from '@/lib/i18n';
import { buildFollowerCards, lastDays } from '@/lib/insights';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { render } from '../testing-library';

vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

const D = 86_400_000;
const NOW = Date.UTC(2026, 2, 15, 12);
const MONTH = lastDays(30, NOW);
// Intl writes a no-break space in some locales' groups: compared as a plain space.
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

it.each([
  ['en', 'en-US', 1_000, 1_014, '+14'],
  ['en', 'en-US', 1_000, 997, '-3'],
  ['en', 'en-US', 1_000, 1_000, '0'],
  ['en', 'en-US', 10_000, 11_250, '+1,250'],
  ['de', 'de', 10_000, 11_250, '+1.250'],
  ['de', 'de', 11_250, 10_000, '-1.250'],
])('%s (%s): %i → %i followers reads %s', async (lang, locale, start, end, shown) => {
  setMessageLookup(lookupFrom(await loadMessages(lang)), locale);
  const [card] = buildFollowerCards({
    followers: [
      { authorKey: 'x:acme', capturedAt: MONTH.start - D, followers: start },
      { authorKey: 'x:acme', capturedAt: NOW - D, followers: end },
    ],
    authors: ['x:acme'],
    period: MONTH,
    now: NOW,
  });
  const { container } = render(<OverviewCard card={card!} days={[]} subtitle="ACME" />);
  expect(plain(container.querySelector('.overview-value')?.textContent)).toBe(shown);
});
