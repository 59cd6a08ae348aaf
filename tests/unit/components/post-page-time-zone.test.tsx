// A post's page wrote its times (posted, first and last seen, each snapshot, the chart's axis and
// legend) in the browser's zone without naming it, and its report (PNG, print) carried no date of
// its own: a manager sending it to a client could not tell when it was made or in which zone its
// times are. (How the zone is named, in other zones and across a clock change:
// review-report-line-zone.test.tsx.)
import { createElement } from 'preact';
import { PostDetail } from '@/components/dashboard/post-detail';
import { setMessageLookup } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { render, screen } from '../testing-library';
import { reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

beforeEach(resetAll);
afterEach(async () => {
  vi.useRealTimers();
  setMessageLookup(lookupFrom(await loadMessages('en')), 'en');
});

it.each([
  ['en', 'Times in UTC', 'Made Jan 10, 2025, 2:30 PM UTC'],
  ['de', 'Zeiten in UTC', 'Erstellt am 10.01.2025, 14:30 UTC'],
] as const)(
  '(%s) the post page names its zone and when it was made, in its report too',
  async (lang, zone, made) => {
    setMessageLookup(lookupFrom(await loadMessages(lang)), lang);
    await record([reading({ postId: 'p', likes: 5 })]);
    // Only the Date is fixed (the page's moment): the fake database's timers run as ever.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2025, 0, 10, 14, 30) });
    render(createElement(PostDetail, { postKey: 'x:p', onDeleted: () => {} }));
    await screen.findByText(/1 (snapshot|Messung)/);
    // Inside the article: the element the report image and print are made of.
    const report = document.querySelector('article.post-detail')!.textContent ?? '';
    expect(report).toContain(zone);
    expect(report).toContain(made);
    // Said once, not after every time.
    expect(report.split(zone)).toHaveLength(2);
  },
);
