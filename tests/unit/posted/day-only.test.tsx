// A posting time the page gave only to the day ("Yesterday", "4. März", "3 days ago") is kept as
// that day alone ("2025-03-04"), from the reading to the export: no midnight is made up for it.
// Before, such posts were stored at 00:00, filled the 00:00 slot of "When to post", and showed a
// time of day the page never showed.

import { WhenToPost } from '@/components/insights/when-to-post';
import { postedIsoOf } from '@/lib/check-fields';
import { formatPosted } from '@/lib/format';
import { buildTimingGrid } from '@/lib/insights';
import { buildBadgeView } from '@/lib/metrics/badge-model';
import { postedRule } from '@/lib/transfer/import-rules';
import { isDayOnly, keptPosted } from '@/lib/types';
import { postRow } from '../fixtures/post-row';
import { instagramReading } from '../fixtures/reading';
import { render, screen } from '../testing-library';

const NOW = Date.UTC(2025, 2, 11, 16);

describe('isDayOnly', () => {
  it.each([
    ['2025-03-04', true],
    ['2025-03-04T00:00:00.000Z', false],
    ['2025-03', false],
    ['yesterday', false],
    [null, false],
  ])('%s → %s', (v, want) => {
    expect(isDayOnly(v)).toBe(want);
  });
});

describe('the posting time kept from two readings of a post (keptPosted)', () => {
  it.each([
    // the first one read, as before
    ['2025-03-04T10:00:00.000Z', '2025-03-04T11:00:00.000Z', '2025-03-04T10:00:00.000Z'],
    ['2025-03-04', '2025-03-05', '2025-03-04'],
    ['2025-03-04T10:00:00.000Z', '2025-03-04', '2025-03-04T10:00:00.000Z'],
    [null, '2025-03-04', '2025-03-04'],
    ['2025-03-04', null, '2025-03-04'],
    // a moment read later (the permalink) replaces a day alone (the feed's "2 d")
    ['2025-03-04', '2025-03-04T10:00:00.000Z', '2025-03-04T10:00:00.000Z'],
  ])('%s, then %s → %s', (first, next, kept) => {
    expect(keptPosted(first, next)).toBe(kept);
  });
});

describe('checks keep a day alone, and refuse a day not in the calendar', () => {
  it('from a page (postedIsoOf)', () => {
    expect(postedIsoOf('2025-03-04')).toBe('2025-03-04');
    expect(postedIsoOf('2025-03-04T12:00:00+02:00')).toBe('2025-03-04T10:00:00.000Z');
    expect(() => postedIsoOf('2025-02-30')).toThrow('not a real date');
  });

  it('from an import (postedRule)', () => {
    expect(postedRule('2025-03-04', NOW)).toEqual({ value: '2025-03-04' });
    expect(postedRule('2025-03-04T10:00:00.000Z', NOW)).toEqual({ value: '2025-03-04T10:00:00.000Z' });
    expect(postedRule('2025-02-30', NOW)).toEqual({ reason: expect.stringContaining('February') });
    expect(postedRule('2025-03-20', NOW)).toEqual({ reason: expect.stringContaining('after') });
  });
});

describe('"When to post" leaves a day alone out, and says so', () => {
  it('places moments, counts days alone apart', () => {
    const rows = [
      { publishedAt: '2025-03-04', erViews: 0.5 },
      { publishedAt: '2025-03-05', erViews: 0.5 },
      // a real post at midnight UTC is a moment, and is placed
      { publishedAt: '2025-03-04T00:00:00.000Z', erViews: 0.01 },
    ];
    const g = buildTimingGrid(rows, 'UTC', 1);
    expect(g.placed).toBe(1);
    expect(g.dayOnly).toBe(2);
    // Tuesday 00:00 holds the one moment, not the two days alone.
    expect(g.cells[1]![0]!.posts).toBe(1);
    expect(g.best.map((c) => c.medianEr)).toEqual([0.01]);
  });

  it('names them in the caption', () => {
    const row = (publishedAt: string | null) =>
      postRow({
        publishedAt,
        er: 0.02,
        erFollowers: 0.02,
        erBasis: 'followers',
        firstSeen: NOW,
        lastSeen: NOW,
      });
    render(
      <WhenToPost
        rows={[row('2025-03-04T09:00:00Z'), row('2025-03-04'), row('2025-03-05'), row(null)]}
        timeZone="UTC"
      />,
    );
    expect(screen.getByRole('table').querySelector('caption')!.textContent).toBe(
      'Posts by weekday and hour published, in time zone UTC: 1 post placed; 1 post left out with no ' +
        'posted time and 2 posts left out whose pages showed only the day they were posted. A slot is ' +
        'coloured by its median ER by followers once it has 3 posts with an ER by followers; ERs by views and by followers are never mixed, as they are not alike.',
    );
  });
});

const card = (publishedAt: string, now: number) =>
  buildBadgeView({
    reading: instagramReading({ publishedAt }),
    knowledge: undefined,
    bands: { typical: 0.01, strong: 0.02, viral: 0.05 },
    preference: 'auto',
    locale: 'en',
    now,
  });
const sincePosting = (view: ReturnType<typeof card>) =>
  view.figures.find((f) => f.label === 'Engagements per hour since posting')!;

describe('a day alone is shown as that day, never with a time', () => {
  it.each([
    ['2025-03-04', false, 'Mar 4, 2025'],
    ['2025-03-04', true, 'Mar 4, 2025'],
    ['2025-03-04T15:30:00.000Z', false, expect.stringMatching(/^Mar [45], 2025$/)],
    ['2025-03-04T15:30:00.000Z', true, expect.stringMatching(/^Mar [45], 2025, \d{1,2}:30/)],
    [null, true, '—'],
  ])('formatPosted(%s, withTime %s)', (v, withTime, shown) => {
    expect(formatPosted(v, withTime, 'en-US')).toEqual(shown);
  });

  it("in the badge's card, which says the page gives only the day", () => {
    expect(sincePosting(card('2025-03-09', NOW)).from).toBe(
      'posted Mar 9, 2025, this page says: only the day, so the hours since run from its end to its start',
    );
  });
});

describe("a day alone gives the badge's velocity since posting as a range, never one made-up age", () => {
  // instagramReading shows 150 likes + 30 comments = 180 engagements. Read on 11 March at 16:00 UTC,
  // a post of 9 March (the runtime's zone is UTC here) is 40 to 64 hours old.
  it('from the end of the day to its start: 180 / 64 h to 180 / 40 h', () => {
    const f = sincePosting(card('2025-03-09', NOW));
    expect(f.value).toBe('2.8–4.5/h');
    expect(f.formula).toBe(
      '(likes + comments) / hours since posting = (150 + 30) / 64 h – (150 + 30) / 40 h',
    );
  });

  it('leads the chip with the range', () => {
    const view = card('2025-03-09', NOW);
    expect(view.label).toBe('PostLens: 2.8–4.5 engagements per hour since posting');
  });

  it('gives only the floor while the day lasts (the post may be minutes old)', () => {
    const f = sincePosting(card('2025-03-11', NOW));
    expect(f.value).toBe('≥ 11/h');
    expect(f.formula).toBe('(likes + comments) / hours since posting = (150 + 30) / 16 h');
  });

  it('keeps one figure for a moment', () => {
    expect(sincePosting(card('2025-03-09T16:00:00.000Z', NOW)).value).toBe('3.8/h');
  });
});
