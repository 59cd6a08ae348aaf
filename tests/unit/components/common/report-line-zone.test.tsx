// Review of how a report names its time zone (components/common/zone-name.ts, report-image.ts,
// post-detail.tsx). In UTC a report said "Times in GMT+00:00 (UTC)", the browser's generic offset
// name before the zone's own; and the post page in Berlin said "Times in GMT+2 / GMT+1" (en-GB:
// "CET / CEST") where every other report said "Times in Central European Time (Europe/Berlin)".
// One naming for all, "UTC" alone for UTC.

import { createElement, createRef } from 'preact';
import { reportMade } from '@/components/common/report-image';
import { ShareReport } from '@/components/common/share-report';
import { reportZone } from '@/components/common/zone-name';
import { PostDetail } from '@/components/dashboard/post-detail';
import { setMessageLookup } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../../harness/locale-messages';
import { render, screen } from '../../testing-library';
import { HOUR, reading, record, resetAll } from '../helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('../helpers')).protocolMock);
vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));
// The browser's zone is Berlin here (every test runs in UTC, vitest.config.ts): a date formatter
// that names no zone gets Berlin's, as the browser's default would. Set before any module makes one
// (lib/format keeps them). The tests of named zones pass theirs.
const RealDateTimeFormat = vi.hoisted(() => {
  const Real = Intl.DateTimeFormat;
  function InBerlin(locale?: string | string[], options: Intl.DateTimeFormatOptions = {}) {
    return new Real(locale, { timeZone: 'Europe/Berlin', ...options });
  }
  InBerlin.prototype = Real.prototype;
  InBerlin.supportedLocalesOf = Real.supportedLocalesOf;
  Object.defineProperty(Intl, 'DateTimeFormat', { value: InBerlin, configurable: true, writable: true });
  return Real;
});
afterAll(() => {
  Object.defineProperty(Intl, 'DateTimeFormat', {
    value: RealDateTimeFormat,
    configurable: true,
    writable: true,
  });
});

const WINTER = Date.UTC(2026, 0, 15, 13, 5);
const SUMMER = Date.UTC(2026, 6, 1, 12);

afterEach(() => {
  vi.useRealTimers();
  setMessageLookup(null);
});

describe('the zone a report names', () => {
  it.each([
    ['en', WINTER, 'UTC', 'UTC'],
    ['de', SUMMER, 'UTC', 'UTC'],
    // UTC under its other names is UTC too.
    ['en', WINTER, 'Etc/UTC', 'UTC'],
    ['en', WINTER, 'Etc/GMT', 'UTC'],
    // Every other zone as before: its name for all seasons and its id.
    ['en', WINTER, 'Europe/Berlin', 'Central European Time (Europe/Berlin)'],
    ['en', SUMMER, 'Europe/Berlin', 'Central European Time (Europe/Berlin)'],
    ['de', SUMMER, 'Europe/Berlin', 'Mitteleuropäische Zeit (Europe/Berlin)'],
    ['en', WINTER, 'America/New_York', 'Eastern Time (America/New_York)'],
    ['en', WINTER, 'Europe/London', 'United Kingdom Time (Europe/London)'],
    ['en', WINTER, 'Africa/Abidjan', 'Greenwich Mean Time (Africa/Abidjan)'],
    // A fixed offset other than UTC's keeps its offset: the id alone reads the other way round.
    ['en', WINTER, 'Etc/GMT+5', 'GMT-05:00 (Etc/GMT+5)'],
  ])('(%s, at %d) %s is named “%s”', (locale, at, zone, name) => {
    expect(reportZone(locale, zone, at)).toBe(name);
  });

  it.each([
    ['en', 'Made Jan 15, 2026, 1:05 PM UTC · Times in UTC'],
    ['de', 'Erstellt am 15.01.2026, 13:05 UTC · Zeiten in UTC'],
  ])('(%s) a report made in UTC: %s', async (locale, line) => {
    setMessageLookup(lookupFrom(await loadMessages(locale)), locale);
    expect(reportMade(WINTER, locale, 'UTC')).toBe(line);
  });
});

describe('the post page names its zone as every report does', () => {
  beforeEach(resetAll);

  it.each([
    [
      'en',
      'Europe/Berlin',
      'Made Jan 10, 2025, 3:30 PM GMT+1 · Times in Central European Time (Europe/Berlin)',
    ],
    [
      'de',
      'Europe/Berlin',
      'Erstellt am 10.01.2025, 15:30 MEZ · Zeiten in Mitteleuropäische Zeit (Europe/Berlin)',
    ],
  ])('(%s, browser in %s) %s', async (locale, _zone, line) => {
    setMessageLookup(lookupFrom(await loadMessages(locale)), locale);
    // Readings either side of a clock change: the zone's name for every season covers both.
    const posted = '2024-06-30T10:00:00.000Z';
    await record([reading({ postId: 'p', likes: 5, publishedAt: posted })], null, Date.UTC(2024, 6, 1));
    await record(
      [reading({ postId: 'p', likes: 6, publishedAt: posted })],
      null,
      Date.UTC(2025, 0, 10) + HOUR,
    );
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2025, 0, 10, 14, 30) });
    render(createElement(PostDetail, { postKey: 'x:p', onDeleted: () => {} }));
    await screen.findByText(/2 (snapshots|Messungen)/);
    expect(document.querySelector('.post-made')?.textContent).toBe(line);

    // Another report shown at the same moment in the same zone writes the same line.
    const target = createRef<HTMLElement>();
    render(
      <section ref={target}>
        <ShareReport target={target} what="overview" />
      </section>,
    );
    expect(target.current?.querySelector('.report-made')?.textContent).toBe(line);
  });
});
