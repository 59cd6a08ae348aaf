// What the Overview says of days picked up to a day not over yet: each card's change is against the
// previous period up to the same point, and it says so, with that point, on the card, in its
// formula's tooltip and in the line above the cards (the report's picture holds no tooltip). The
// last N days end now: their cards say "the previous period", as before. Hand-worked figures; the
// unit project runs in UTC.
import { OverviewView } from '@/components/insights/overview';
import { setMessageLookup } from '@/lib/i18n';
import type { PostRow } from '@/lib/queries';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { resetAll } from '../components/helpers';
import { postRow } from '../fixtures/post-row';
import { fireEvent, render, screen } from '../testing-library';

vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

/** Monday 7 December 2026, 12:00 UTC. */
const NOW = Date.UTC(2026, 11, 7, 12);
const row = (iso: string): PostRow => {
  const date = Date.parse(iso);
  return postRow({
    authorHandle: 'acme',
    publishedAt: iso,
    firstSeen: date,
    lastSeen: date,
    date,
    engagement: 10,
  });
};
// Dec 1–31 picked: 31 days before are Oct 31 – Nov 30, compared up to Nov 6, 12:00 (6 days and
// 12 hours in, as Dec 7, 12:00 is into December). December so far: 3 posts; Oct 31 – Nov 6,
// 12:00: 1 (Nov 2); the whole previous period: 3 (Nov 2, 20 and 25), which read "= 0 (0%)".
const rows = [
  row('2026-12-01T09:00:00Z'),
  row('2026-12-03T09:00:00Z'),
  row('2026-12-07T08:00:00Z'),
  row('2026-11-02T09:00:00Z'),
  row('2026-11-20T09:00:00Z'),
  row('2026-11-25T09:00:00Z'),
];

// Intl puts a narrow no-break space before a time's AM/PM.
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u2009\u202f]/g, ' ');
const card = (name: string) => screen.getByRole('article', { name });
const text = (name: string) => plain(card(name).textContent);
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
  setMessageLookup(lookupFrom(await loadMessages('en')), 'en');
});

describe('days picked up to a day not over yet', () => {
  it('compares each card with the previous period up to the same point, and says so', () => {
    render(<OverviewView rows={rows} now={NOW} />);
    pick('2026-12-01', '2026-12-31');
    // 3 posts against 1: ▲ 2, 200 %.
    expect(text('Posts seen')).toContain(
      '▲ 2 (200%) vs 1 the previous period up to the same point (Nov 6, 2026, 12:00 PM)',
    );
    // 30 interactions against 10: ▲ 20, 200 %.
    expect(text('Interactions')).toContain(
      '▲ 20 (200%) vs 10 the previous period up to the same point (Nov 6, 2026, 12:00 PM)',
    );
    // No ER in either: no change, with the same words.
    expect(text('Median engagement rate')).toContain(
      '— vs — the previous period up to the same point (Nov 6, 2026, 12:00 PM): no value for this period',
    );
  });

  it('gives the formula with that point, above the cards and in each card’s tooltip', () => {
    render(<OverviewView rows={rows} now={NOW} />);
    pick('2026-12-01', '2026-12-31');
    const formula =
      'change = this period so far − the previous period up to the same point, Nov 6, 2026, 12:00 PM; % = change ÷ |previous|';
    expect(line()).toMatch(/^Dec 1 – 31, 2026 \(so far\), compared with Oct 31 – Nov 30, 2026\. /);
    expect(line()).toContain(formula);
    expect(plain(card('Posts seen').querySelector('.overview-formula')?.getAttribute('title'))).toContain(
      formula,
    );
  });

  it('in German', async () => {
    setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
    render(<OverviewView rows={rows} now={NOW} />);
    pick('2026-12-01', '2026-12-31', { custom: 'Eigener', from: /^Von/, to: /^bis/ });
    expect(text('Gesehene Beiträge')).toContain(
      '▲ 2 (200 %) ggü. 1 im vorherigen Zeitraum bis zum selben Zeitpunkt (06.11.2026, 12:00)',
    );
    expect(line()).toContain(
      'Veränderung = dieser Zeitraum bisher − vorheriger Zeitraum bis zum selben Zeitpunkt, 06.11.2026, 12:00',
    );
  });
});

it('the last 7 days end now: their cards compare with the whole week before, as ever', () => {
  render(<OverviewView rows={rows} now={NOW} />);
  fireEvent.click(screen.getByLabelText('Last 7 days'));
  // Nov 30, 12:00 – Dec 7, 12:00: 3 posts; the 7 days before: 1 (Nov 25).
  expect(text('Posts seen')).toContain('▲ 2 (200%) vs 1 the previous period');
  expect(text('Posts seen')).not.toContain('same point');
  expect(line()).toContain('change = this period − previous period; % = change ÷ |previous|');
});
