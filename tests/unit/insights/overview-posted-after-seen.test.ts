// @vitest-environment node

// A post cannot have been posted after PostLens first saw it. A page that names only the day
// ("2026-03-16", read as that day's local midnight) in a zone ahead of the user's, or a posted time
// a little ahead of the user's clock, gives a date after first seen: the post then fell in a later
// period, or (after now) in none at all, and "Posts seen" left out a post seen inside the period.
import { buildPostOverview, lastDays, periodOfDays } from '@/lib/insights';
import { postedMs } from '@/lib/types';
import { postRow } from '../fixtures/post-row';

const H = 3_600_000;
const D = 24 * H;
// 15 March 2026, 12:00 in the zone the tests run in (UTC).
const NOW = Date.UTC(2026, 2, 15, 12);

const row = (publishedAt: string, firstSeen: number) =>
  postRow({ publishedAt, firstSeen, lastSeen: firstSeen, engagement: 7, date: postedMs(publishedAt) });

const posts = (rows: ReturnType<typeof row>[], period = lastDays(7, NOW)) => {
  const o = buildPostOverview({ rows, period, now: NOW });
  return o.cards.find((c) => c.id === 'posts')!;
};

describe('a post whose posted time is after it was first seen', () => {
  it('counts in the last 7 days when seen an hour ago with tomorrow’s date alone', () => {
    // Seen 11:00 today; the page's day is tomorrow's (its zone is ahead): midnight after now.
    const card = posts([row('2026-03-16', NOW - H)]);
    expect(card.current.value).toBe(1);
    // On today, the last of the trend's days (8 March from noon, 9 to 14 March, today to noon).
    expect(card.daily).toHaveLength(8);
    expect(card.daily[7]).toBe(1);
  });

  it('counts in the period it was seen in, not the next one', () => {
    // Custom 1–7 March; seen 7 March 23:00, the page's day is 8 March.
    const p = periodOfDays('2026-03-01', '2026-03-07', 'UTC');
    if (!p.ok) throw new Error(p.reason);
    const card = posts([row('2026-03-08', Date.UTC(2026, 2, 7, 23))], p.period);
    expect(card.current.value).toBe(1);
    expect(card.previous.value).toBe(0);
  });

  it('keeps a posted time before first seen as it is', () => {
    const card = posts([row('2026-03-10', NOW - 2 * D)]);
    // On 10 March (8 March from noon, 9 March, 10 March), not on 13 March when it was seen.
    expect(card.daily.indexOf(1)).toBe(2);
  });
});
