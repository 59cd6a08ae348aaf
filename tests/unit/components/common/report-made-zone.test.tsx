// Review of the shared reports (components/common/share-report.tsx, report-image.ts): a PNG or
// printout of the Overview or of an author comparison, sent to a client, said neither when it was
// made nor in which time zone its times ("Mar 8, 2026, 12:00 PM to …") are. Each report made now
// carries "Made <date, time, zone> · Times in <zone>", in the user's language; the post page, which
// writes that line itself, gets no second one. The time chart names its zone in its accessible name.

import { reportMade } from '@/components/common/report-image';
import { TimeChart } from '@/components/common/time-chart';
import { reportZone } from '@/components/common/zone-name';
import { AuthorsView } from '@/components/dashboard/authors-view';
import { OverviewView } from '@/components/insights/overview';
import { setMessageLookup } from '@/lib/i18n';
import type { PostRow } from '@/lib/queries';
import { loadMessages, lookupFrom } from '../../../harness/locale-messages';
import { postRow } from '../../fixtures/post-row';
import { fireEvent, render, screen, waitFor } from '../../testing-library';
import { reading, record, resetAll } from '../helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('../helpers')).protocolMock);
vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

type Options = { filter?: ((n: Node) => boolean) | null };
const drawn = vi.hoisted(() => ({ text: '' }));
// modern-screenshot as it walks the element: every child the filter keeps, with its text.
vi.mock('modern-screenshot', () => ({
  domToBlob: async (el: HTMLElement, options: Options) => {
    const walk = (n: Node): string => {
      if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
      return [...n.childNodes]
        .filter((c) => !options.filter || options.filter(c))
        .map(walk)
        .join(' ');
    };
    drawn.text = walk(el).replace(/\s+/g, ' ').trim();
    return new Blob([new Uint8Array([0x89])], { type: 'image/png' });
  },
}));

const WINTER = Date.UTC(2026, 0, 15, 13, 5);
const SUMMER = Date.UTC(2026, 6, 1, 12);
const MADE = Date.UTC(2026, 2, 15, 12, 30); // tests run in UTC
const MADE_LINE = 'Made Mar 15, 2026, 12:30 PM UTC · Times in UTC';

describe('the line a report is made with', () => {
  it.each([
    [
      'en',
      WINTER,
      'Europe/Berlin',
      'Made Jan 15, 2026, 2:05 PM GMT+1 · Times in Central European Time (Europe/Berlin)',
    ],
    [
      'en',
      SUMMER,
      'Europe/Berlin',
      'Made Jul 1, 2026, 2:00 PM GMT+2 · Times in Central European Time (Europe/Berlin)',
    ],
    [
      'de',
      SUMMER,
      'Europe/Berlin',
      'Erstellt am 01.07.2026, 14:00 MESZ · Zeiten in Mitteleuropäische Zeit (Europe/Berlin)',
    ],
    [
      'en',
      WINTER,
      'America/New_York',
      'Made Jan 15, 2026, 8:05 AM EST · Times in Eastern Time (America/New_York)',
    ],
    ['en', WINTER, 'UTC', 'Made Jan 15, 2026, 1:05 PM UTC · Times in UTC'],
  ])('in %s at %d in %s: %s', async (locale, at, zone, line) => {
    setMessageLookup(lookupFrom(await loadMessages(locale)), locale);
    try {
      expect(reportMade(at, locale, zone)).toBe(line);
    } finally {
      setMessageLookup(null);
    }
  });
});

const D = 86_400_000;
const row = (date: number, f: Partial<PostRow> = {}): PostRow =>
  postRow({
    authorHandle: 'acme',
    publishedAt: new Date(date).toISOString(),
    firstSeen: date,
    lastSeen: date,
    date,
    ...f,
  });

describe('each kind of report says when it was made and whose times it gives', () => {
  beforeEach(async () => {
    await resetAll();
    drawn.text = '';
    setMessageLookup(lookupFrom(await loadMessages('en')), 'en');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(MADE);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    setMessageLookup(null);
  });

  it('the Overview: in its PNG, after the period it already wrote', async () => {
    render(<OverviewView rows={[row(MADE - D, { engagement: 5 })]} now={MADE} />);
    fireEvent.click(screen.getByLabelText('Last 7 days'));
    fireEvent.click(await screen.findByRole('button', { name: 'Download PNG' }));
    await waitFor(() => expect(drawn.text).toContain(MADE_LINE));
    // Already there before: the period and the formulas; written once each.
    expect(drawn.text).toContain('compared with');
    expect(drawn.text).toContain('change = this period − previous period');
    expect(drawn.text.split(MADE_LINE)).toHaveLength(2);
  });

  it('the Overview: on its printed page, in German', async () => {
    setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
    const print = vi.fn();
    vi.stubGlobal('print', print);
    render(<OverviewView rows={[row(MADE - D, { engagement: 5 })]} now={MADE} />);
    fireEvent.click(screen.getByLabelText('Letzte 7 Tage'));
    fireEvent.click(await screen.findByRole('button', { name: 'Drucken' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    const printed = document.querySelector('.print-target')!;
    expect(printed.textContent).toContain('Erstellt am 15.03.2026, 12:30 UTC · Zeiten in UTC');
    window.dispatchEvent(new Event('afterprint'));
  });

  it('the author comparison: its zone, beside the "Compared on" it already wrote', async () => {
    await record([
      reading({ postId: '1', author: { handle: 'eve', name: 'Eve', followers: 100 }, likes: 1 }),
    ]);
    render(<AuthorsView pref="followers" version={0} onChanged={() => {}} />);
    await waitFor(() => expect(screen.getAllByRole('checkbox', { name: /Eve/ })).toHaveLength(1));
    fireEvent.click(screen.getByRole('checkbox', { name: /Eve/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Download PNG' }));
    await waitFor(() => expect(drawn.text).toContain(MADE_LINE));
    expect(drawn.text).toContain('Compared on');
  });

  it('the author comparison: its line is dated when the comparison shown was read', async () => {
    await record([
      reading({ postId: '1', author: { handle: 'eve', name: 'Eve', followers: 100 }, likes: 1 }),
      reading({ postId: '2', author: { handle: 'bob', name: 'Bob', followers: 50 }, likes: 2 }),
    ]);
    render(<AuthorsView pref="followers" version={0} onChanged={() => {}} />);
    await waitFor(() => expect(screen.getAllByRole('checkbox', { name: /Eve/ })).toHaveLength(1));
    fireEvent.click(screen.getByRole('checkbox', { name: /Eve/ }));
    const line = () => document.querySelector('.report-made')?.textContent;
    await waitFor(() => expect(line()).toBe(MADE_LINE));
    // Four hours on, another author picked: compared again, and the line goes with that comparison.
    vi.setSystemTime(MADE + 4 * 3_600_000);
    fireEvent.click(screen.getByRole('checkbox', { name: /Bob/ }));
    await waitFor(() => expect(line()).toBe('Made Mar 15, 2026, 4:30 PM UTC · Times in UTC'));
  });

  it('a report that writes its own date (the post page) gets no second line', async () => {
    const { ShareReport } = await import('@/components/common/share-report');
    const { createRef } = await import('preact');
    const target = createRef<HTMLElement>();
    render(
      <article ref={target}>
        <ShareReport target={target} what="post-x-1" download={vi.fn()} />
        <p class="muted post-made">Made Mar 15, 2026, 12:00 PM UTC · Times in UTC</p>
      </article>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Download PNG' }));
    await waitFor(() => expect(drawn.text).toContain('Times in UTC'));
    // Its own line alone, dated when its figures were read, not when the picture was drawn.
    expect(drawn.text.split('Made ')).toHaveLength(2);
    expect(drawn.text).not.toContain(MADE_LINE);
  });
});

describe('the time chart', () => {
  beforeEach(async () => setMessageLookup(lookupFrom(await loadMessages('en')), 'en'));
  afterEach(() => setMessageLookup(null));

  it('names the zone its days and hours are in, once, in its accessible name', () => {
    render(
      <TimeChart
        title="Posts seen per day"
        data={{ x: [MADE / 1000], series: [{ label: 'Posts seen', scale: 'count', values: [3] }] }}
      />,
    );
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      `Posts seen per day. Times in ${reportZone('en')}`,
    );
    expect(reportZone('en')).toBe('UTC');
  });
});
