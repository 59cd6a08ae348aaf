// Review of the Overview's views (components/insights): what a card and the period chooser say.
// 1. A follower card of a period in which no count of the author was read: its change is unknown,
//    and the card must not say "1,100 → 1,100 followers", a change of 0 nobody saw.
// 2. The dashboard left open past midnight: "Custom" opens on the last 30 days up to the day it is
//    picked, not up to the day the dashboard was opened (which cut today off the period).

import { OverviewView } from '@/components/insights/overview';
import { isoDay } from '@/lib/format';
import { setMessageLookup } from '@/lib/i18n';
import type { PostRow } from '@/lib/queries';
import { getDb } from '@/lib/store';
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
const NOW = Date.UTC(2026, 2, 15, 12);
const row = (date: number, f: Partial<PostRow> = {}): PostRow =>
  postRow({
    authorHandle: 'acme',
    publishedAt: new Date(date).toISOString(),
    firstSeen: date,
    lastSeen: date,
    date,
    ...f,
  });
const card = (name: string) => screen.getByRole('article', { name });
const text = (name: string) => card(name).textContent ?? '';
const ACME = 'Follower change: ACME @acme · X';

beforeEach(async () => {
  await resetAll();
});

describe('a follower card of a period with no count read in it', () => {
  beforeEach(async () => {
    const db = await getDb();
    // Read 40 and 20 days ago, never since.
    for (const [capturedAt, followers] of [
      [NOW - 40 * D, 1000],
      [NOW - 20 * D, 1100],
    ] as const)
      await db.add('followerSnapshots', { authorKey: 'x:acme', capturedAt, followers });
  });

  it('says the change is unknown, and not "1,100 → 1,100 followers"', async () => {
    render(<OverviewView rows={[row(NOW - D, { engagement: 5 })]} now={NOW} />);
    fireEvent.click(screen.getByLabelText('Last 7 days'));
    await waitFor(() =>
      expect(text(ACME)).toContain('no follower count read in this period: the change is unknown'),
    );
    expect(card(ACME).querySelector('.overview-value')?.textContent).toBe('—');
    expect(text(ACME)).not.toContain('1,100 → 1,100');
    // The 30 days hold the reading of 20 days ago: 1,000 → 1,100 is a change seen, and said.
    fireEvent.click(screen.getByLabelText('Last 30 days'));
    await waitFor(() => expect(text(ACME)).toContain('1,000 → 1,100 followers'));
  });

  it('in German too: no "1.100 → 1.100 Follower"', async () => {
    setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
    try {
      render(<OverviewView rows={[row(NOW - D, { engagement: 5 })]} now={NOW} />);
      fireEvent.click(screen.getByLabelText('Letzte 7 Tage'));
      const acme = await screen.findByRole('article', { name: /ACME @acme · X$/ });
      await waitFor(() => expect(acme.querySelector('.overview-value')?.textContent).toBe('—'));
      expect(acme.textContent).not.toContain('1.100 → 1.100');
    } finally {
      setMessageLookup(lookupFrom(await loadMessages('en')));
    }
  });
});

describe('"Custom" picked on a dashboard opened the day before', () => {
  afterEach(() => vi.useRealTimers());

  it('opens on the 30 days up to the day it is picked, today included', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // Opened on 14 March at 20:00 local time; Custom picked on 15 March at 09:00.
    const opened = new Date(2026, 2, 14, 20).getTime();
    const picked = new Date(2026, 2, 15, 9).getTime();
    vi.setSystemTime(opened);
    render(<OverviewView rows={[row(picked - 3_600_000, { engagement: 5 })]} />);
    vi.setSystemTime(picked);
    fireEvent.click(screen.getByLabelText('Custom'));
    const from = screen.getByLabelText(/^From/) as HTMLInputElement;
    const to = screen.getByLabelText(/^to/) as HTMLInputElement;
    expect([from.value, to.value]).toEqual(['2026-02-14', '2026-03-15']);
    expect(from.max).toBe(isoDay(new Date(picked)));
    // Today's post (posted at 08:00) is in the period.
    expect(card('Posts seen').querySelector('.overview-value')?.textContent).toBe('1');
  });
});

// 3. The report (Download PNG, Copy image, Print) draws the Overview as rendered: a title
//    attribute is in neither. Each card's "(300%)" needs its formula there, not only on hover.
describe('the change formula in the Overview report', () => {
  // The text the picture and the printed page show: the section's rendered text, no attributes.
  const shown = () => document.querySelector('section.overview')?.textContent ?? '';
  const rows = [
    row(NOW - 1 * D, { engagement: 40 }),
    row(NOW - 2 * D, { engagement: 20 }),
    row(NOW - 31 * D, { engagement: 15 }),
  ];

  it('is shown, not only in a tooltip: "% = change ÷ |previous|"', () => {
    render(<OverviewView rows={rows} now={NOW} />);
    // 2 posts against 1: ▲ 1 (100%).
    expect(text('Posts seen')).toContain('▲ 1 (100%) vs 1 the previous period');
    expect(shown()).toContain('change = this period − previous period; % = change ÷ |previous|');
  });

  it('in German: "% = Veränderung ÷ |vorheriger|"', async () => {
    setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
    try {
      render(<OverviewView rows={rows} now={NOW} />);
      expect(shown()).toContain(
        'Veränderung = dieser Zeitraum − vorheriger Zeitraum; % = Veränderung ÷ |vorheriger|',
      );
    } finally {
      setMessageLookup(lookupFrom(await loadMessages('en')));
    }
  });
});
