// The Overview's period line (also in its PNG and on its printed page): days picked are named by
// their first and last day, never by the midnight after the last one ("Mar 1, 2026, 12:00 AM to
// Mar 8, 2026, 12:00 AM" read as 1 to 8 March); the last N days keep the moments they run between.
// The unit project runs in UTC (vitest.config.ts), so the days picked are UTC days.

import { OverviewView } from '@/components/insights/overview';
import { setMessageLookup } from '@/lib/i18n';
import type { PostRow } from '@/lib/queries';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { postRow } from '../fixtures/post-row';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { resetAll } from './helpers';

vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

const D = 86_400_000;
/** Sunday 15 March 2026, 12:00 UTC. */
const NOW = Date.UTC(2026, 2, 15, 12);
const rows: PostRow[] = [
  postRow({ authorHandle: 'acme', date: NOW - 10 * D, firstSeen: NOW - 10 * D, engagement: 5 }),
];
// Intl puts thin and narrow no-break spaces around a range's dash and before a time's AM/PM.
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u2009\u202f]/g, ' ');
const line = () => plain(document.querySelector('.overview-period')?.textContent);

function pick(from: string, to: string, labels = { custom: 'Custom', from: /^From/, to: /^to/ }) {
  fireEvent.click(screen.getByLabelText(labels.custom));
  fireEvent.change(screen.getByLabelText(labels.from), { target: { value: from } });
  fireEvent.change(screen.getByLabelText(labels.to), { target: { value: to } });
}

beforeEach(async () => {
  await resetAll();
});
afterEach(async () => {
  vi.unstubAllGlobals();
  setMessageLookup(lookupFrom(await loadMessages('en')), 'en');
});

describe('days picked: their first and last day', () => {
  it.each([
    ['1–7 March', '2026-03-01', '2026-03-07', 'Mar 1 – 7, 2026, compared with Feb 22 – 28, 2026.'],
    ['one day', '2026-03-07', '2026-03-07', 'Mar 7, 2026, compared with Mar 6, 2026.'],
    [
      'across a new year',
      '2025-12-29',
      '2026-01-04',
      'Dec 29, 2025 – Jan 4, 2026, compared with Dec 22 – 28, 2025.',
    ],
    // Up to today: the period is not over, its days are still named to the last one picked.
    [
      'up to today',
      '2026-03-01',
      '2026-03-15',
      'Mar 1 – 15, 2026 (so far), compared with Feb 14 – 28, 2026.',
    ],
  ])('%s', (_name, from, to, expected) => {
    render(<OverviewView rows={rows} now={NOW} />);
    pick(from, to);
    expect(line()).toMatch(new RegExp(`^${expected.replace(/[.()]/g, '\\$&')} `));
    // Never the midnight after the last day as a time.
    expect(line()).not.toContain('12:00 AM');
  });

  it('in German, as a German writes a range of days', async () => {
    setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
    render(<OverviewView rows={rows} now={NOW} />);
    pick('2026-03-01', '2026-03-07', { custom: 'Eigener', from: /^Von/, to: /^bis/ });
    expect(line()).toMatch(/^01\.–07\.03\.2026, verglichen mit 22\.–28\.02\.2026\. /);
  });

  it('the printed report says the same days', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    render(<OverviewView rows={rows} now={NOW} />);
    pick('2026-03-01', '2026-03-07');
    fireEvent.click(await screen.findByRole('button', { name: 'Print' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    const printed = plain(document.querySelector('.print-target')?.textContent);
    expect(printed).toContain('Mar 1 – 7, 2026, compared with Feb 22 – 28, 2026.');
    expect(printed).not.toContain('Mar 8, 2026, 12:00 AM');
    window.dispatchEvent(new Event('afterprint'));
  });
});

it('the last 7 days: from the moment 7 × 24 h before now to now, as before', () => {
  render(<OverviewView rows={rows} now={NOW} />);
  fireEvent.click(screen.getByLabelText('Last 7 days'));
  expect(line()).toMatch(
    /^Mar 8, 2026, 12:00 PM to Mar 15, 2026, 12:00 PM, compared with Mar 1, 2026, 12:00 PM to Mar 8, 2026, 12:00 PM\. /,
  );
});
