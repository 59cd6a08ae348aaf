// The Overview and Insights for a German user (browser UI de, the German messages): every figure
// and date is written the German way (12.345, 4,25 %, 15.03.2026), as the words around it and the
// counts the messages themselves write (tn). "12,345" reads as twelve point three four five to a
// German reader: a wrong number. Expected values are written out by hand.
import { AuthorFilter, useAuthorFilter } from '@/components/insights/author-filter';
import { OverviewView } from '@/components/insights/overview';
import { OverviewCard } from '@/components/insights/overview-card';
import { TopPosts } from '@/components/insights/top-posts';
import { TopicsTable } from '@/components/insights/topics-table';
import { WhenToPost } from '@/components/insights/when-to-post';
import { setMessageLookup } from '@/lib/i18n';
import { buildFollowerCards, buildPostOverview, lastDays } from '@/lib/insights';
import type { PostRow } from '@/lib/queries';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { postRow } from '../fixtures/post-row';
import { render, screen, within } from '../testing-library';
import { resetAll } from './helpers';

vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

// Intl writes a no-break space before "%" in German: compared as a plain space.
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const D = 86_400_000;
const NOW = Date.UTC(2026, 2, 15, 12);
const MONTH = lastDays(30, NOW);

const row = (date: number, f: Partial<PostRow> = {}): PostRow =>
  postRow({
    authorHandle: 'acme',
    publishedAt: new Date(date).toISOString(),
    firstSeen: date,
    lastSeen: date,
    date,
    ...f,
  });

let de: Map<string, string>;
beforeAll(async () => {
  de = await loadMessages('de');
});
beforeEach(async () => {
  await resetAll();
  setMessageLookup(lookupFrom(de), 'de');
});
afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

describe('German Overview cards', () => {
  // This period: 12,000 + 345 interactions, ER 4.25% each, 1,500/h each; before: 1,000, ER 2%.
  const rows = [
    row(NOW - 1 * D, { engagement: 12_000, er: 0.0425, erViews: 0.0425, erBasis: 'views', velocity: 1500 }),
    row(NOW - 2 * D, { engagement: 345, er: 0.0425, erViews: 0.0425, erBasis: 'views', velocity: 1500 }),
    row(NOW - 40 * D, { engagement: 1_000, er: 0.02, erViews: 0.02, erBasis: 'views' }),
  ];
  const card = (id: string) => {
    const o = buildPostOverview({ rows, period: MONTH, now: NOW });
    return { card: o.cards.find((c) => c.id === id)!, days: o.days };
  };

  it('Interaktionen: 12.345, "▲ 11.345 (1.134,5 %) ggü. 1.000"', () => {
    const { container } = render(<OverviewCard {...card('interactions')} />);
    expect(plain(container.querySelector('.overview-value')?.textContent)).toBe('12.345');
    expect(plain(container.querySelector('.overview-change')?.textContent)).toBe(
      '▲ 11.345 (1.134,5 %) ggü. 1.000 im vorherigen Zeitraum',
    );
  });

  it('Median-ER: 4,25 %, "▲ 2,25 Pp. (112,5 %) ggü. 2 %"', () => {
    const { container } = render(<OverviewCard {...card('medianEr')} />);
    expect(plain(container.querySelector('.overview-value')?.textContent)).toBe('4,25 %');
    expect(plain(container.querySelector('.overview-change')?.textContent)).toBe(
      '▲ 2,25 Pp. (112,5 %) ggü. 2 % im vorherigen Zeitraum',
    );
  });

  it('Median-Tempo: 1.500/h', () => {
    const { container } = render(<OverviewCard {...card('medianVelocity')} />);
    expect(plain(container.querySelector('.overview-value')?.textContent)).toBe('1.500/h');
  });

  it('the basis line: "1.300 von 1.500 Beiträgen ohne …", "1.200 von 1.500 Beiträgen mit Tempo"', () => {
    // 1,500 posts this period: 200 show interactions, 1,200 have a velocity.
    const many = Array.from({ length: 1500 }, (_, i) =>
      row(NOW - D - i * 60_000, { engagement: i < 200 ? 10 : null, velocity: i < 1200 ? 3 : null }),
    );
    const o = buildPostOverview({ rows: many, period: MONTH, now: NOW });
    const of = (id: string) =>
      plain(
        render(<OverviewCard card={o.cards.find((c) => c.id === id)!} days={o.days} />).container.textContent,
      );
    expect(of('interactions')).toContain('1.300 von 1.500 Beiträgen ohne sichtbare Interaktionszahlen');
    expect(of('medianVelocity')).toContain('1.200 von 1.500 Beiträgen mit Tempo');
  });
});

describe('German follower cards', () => {
  it('"10.000 → 11.250 Follower", a change of +1.250', () => {
    const [c] = buildFollowerCards({
      followers: [
        { authorKey: 'x:acme', capturedAt: MONTH.start - D, followers: 10_000 },
        { authorKey: 'x:acme', capturedAt: NOW - D, followers: 11_250 },
      ],
      authors: ['x:acme'],
      period: MONTH,
      now: NOW,
    });
    const { container } = render(<OverviewCard card={c!} days={[]} subtitle="ACME" />);
    // A change, with its sign.
    expect(plain(container.querySelector('.overview-value')?.textContent)).toBe('+1.250');
    expect(plain(container.textContent)).toContain('10.000 → 11.250 Follower');
  });

  it('since the first count read: its German date and "(+1.250)"', () => {
    // First read on 1 March 2026, 12:00 UTC (the tests run in UTC), inside the period.
    const [c] = buildFollowerCards({
      followers: [
        { authorKey: 'x:acme', capturedAt: Date.UTC(2026, 2, 1, 12), followers: 10_000 },
        { authorKey: 'x:acme', capturedAt: NOW - D, followers: 11_250 },
      ],
      authors: ['x:acme'],
      period: MONTH,
      now: NOW,
    });
    const { container } = render(<OverviewCard card={c!} days={[]} subtitle="ACME" />);
    const text = plain(container.textContent);
    expect(text).toContain(
      'seit der ersten gelesenen Zahl, 01.03.2026, 12:00: 10.000 → 11.250 Follower (+1.250)',
    );
  });
});

describe('German Overview page', () => {
  const rows = [row(NOW - D, { engagement: 10 })];

  it('the period line: "13.02.2026, 12:00 bis 15.03.2026, 12:00"', () => {
    render(<OverviewView rows={rows} now={NOW} />);
    const line = plain(document.querySelector('.overview-period')?.textContent);
    expect(line).toContain('13.02.2026, 12:00 bis 15.03.2026, 12:00');
    expect(line).toContain('14.01.2026, 12:00 bis 13.02.2026, 12:00');
  });

  it('1,008 authors: "Alle Autoren (1.008)" and the unread line ends "und 1.000 weitere"', async () => {
    const many = Array.from({ length: 1008 }, (_, i) =>
      row(NOW - D, { authorHandle: `a${i}`, engagement: 1 }),
    );
    render(<OverviewView rows={many} now={NOW} />);
    expect(screen.getByRole('option', { name: 'Alle Autoren (1.008)' })).toBeTruthy();
    const unread = await screen.findByText(/Noch keine Followerzahl gelesen/);
    expect(plain(unread.textContent)).toContain('und 1.000 weitere');
  });
});

describe('German author filter alone', () => {
  function Filter({ rows }: { rows: PostRow[] }) {
    return <AuthorFilter f={useAuthorFilter(rows)} />;
  }
  it('"Alle Autoren (1.200)"', () => {
    const many = Array.from({ length: 1200 }, (_, i) => row(NOW - D, { authorHandle: `a${i}` }));
    render(<Filter rows={many} />);
    expect(screen.getByRole('option', { name: 'Alle Autoren (1.200)' })).toBeTruthy();
  });
});

describe('German top posts', () => {
  it('ER 4,25 %, velocity 1.500/h, outlier 2,5×', () => {
    const r = row(NOW - D, { text: 'hello', er: 0.0425, erViews: 0.0425, velocity: 1500, outlier: 2.5 });
    render(<TopPosts top={{ er: [r], velocity: [r], outlier: [r] }} />);
    const [er, velocity, outlier] = screen.getAllByRole('listitem').map((li) => plain(li.textContent));
    expect(er).toContain('4,25 %');
    expect(velocity).toContain('1.500/h');
    expect(outlier).toContain('2,5×');
  });
});

describe('German heatmap', () => {
  // Tuesday 7 Jan 2025, 14:20 UTC: 1,000 posts, ERs 0.03, 0.0425, 0.05 (and so on) → median 4,25 %.
  const rows = Array.from({ length: 1000 }, (_, i) => {
    const er = [0.03, 0.0425, 0.05][i % 3]!;
    return postRow({
      publishedAt: '2025-01-07T14:20:00Z',
      firstSeen: Date.UTC(2025, 0, 8, 3),
      lastSeen: Date.UTC(2025, 0, 8, 3),
      er,
      erFollowers: er,
      erBasis: 'followers',
    });
  });
  const slot = () => screen.getByRole('rowheader', { name: 'Di' }).closest('tr')!;

  it('the slot: "1.000" posts, "(Median-ER 4,25 %)"; its title "Median-ER 4,25 % aus 1.000"', () => {
    render(<WhenToPost rows={rows} timeZone="UTC" />);
    const cell = within(slot()).getAllByRole('cell')[14]!;
    expect(plain(cell.textContent)).toBe('1.000 (Median-ER 4,25 %)');
    expect(plain(cell.title)).toContain('Median-ER 4,25 % aus 1.000 Beiträgen');
  });

  it('the best slot and the legend read 4,25 %', () => {
    render(<WhenToPost rows={rows} timeZone="UTC" />);
    expect(plain(screen.getByRole('list', { name: 'Beste Zeitfenster' }).textContent)).toContain(
      'Median 4,25 % nach Followern aus 1.000 Beiträgen',
    );
    expect(plain(screen.getByRole('list', { name: 'Legende' }).textContent)).toContain(
      'Median-ER von 4,25 % (hell) bis 4,25 % (dunkel)',
    );
  });

  it('an unrated slot: "1.000 mit ER"', () => {
    render(<WhenToPost rows={rows} timeZone="UTC" minSample={2000} />);
    const cell = within(slot()).getAllByRole('cell')[14]!;
    expect(plain(cell.title)).toContain('1.000 Beiträge, 1.000 mit ER');
  });
});

describe('German topics table', () => {
  // 1,000 posts with #launch (ER 4.25%, 1,500/h), 1,200 without a tag.
  const rows = [
    ...Array.from({ length: 1000 }, () =>
      postRow({ text: '#launch', er: 0.0425, erViews: 0.0425, erBasis: 'views', velocity: 1500 }),
    ),
    ...Array.from({ length: 1200 }, () => postRow({ text: 'plain' })),
  ];

  it('"1.000" posts, 4,25 %, 1.500/h, and "(1.200 ohne)" in the caption', () => {
    render(<TopicsTable rows={rows} />);
    const tr = screen.getByRole('rowheader', { name: /#launch/ }).closest('tr')!;
    const cells = within(tr)
      .getAllByRole('cell')
      .map((c) => plain(c.textContent));
    expect(cells.slice(1)).toEqual(['1.000', '4,25 %', '1.500/h']);
    expect(plain(document.querySelector('caption')?.textContent)).toContain(
      'Hashtags und Erwähnungen in 2.200 Beiträgen (1.200 ohne).',
    );
  });

  it('a tag under its sample: "(hat 1.000)"', () => {
    render(<TopicsTable rows={rows} minSample={2000} />);
    const th = screen.getByRole('rowheader', { name: /#launch/ });
    expect(plain(th.textContent)).toContain('1.000');
    expect(plain(th.textContent)).not.toContain('1,000');
  });
});

describe('a locale with its own digits (ar-EG, English messages)', () => {
  // PostLens has no Arabic messages; the numbers still follow the browser's locale, as the counts
  // tn writes do: the hour 14 is "١٤", as a heading beside "٣ posts" in the caption.
  it('the heatmap hours and the slot count', async () => {
    setMessageLookup(lookupFrom(await loadMessages('en')), 'ar-EG');
    const rows = [0.05, 0.03, 0.0425].map((er) =>
      postRow({ publishedAt: '2025-01-07T14:20:00Z', er, erFollowers: er, erBasis: 'followers' }),
    );
    render(<WhenToPost rows={rows} timeZone="UTC" />);
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)[15]).toBe('١٤');
    // The one slot with posts (its weekday is named in Arabic, by lib/insights).
    const cell = document.querySelector('td.slot.rated')!;
    expect(cell.textContent).toMatch(/^٣/);
  });
});
