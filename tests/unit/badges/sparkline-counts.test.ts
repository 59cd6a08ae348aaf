// @vitest-environment node

// The card's sparkline, "Engagement over PostLens snapshots": a stored reading that did not show
// one of the counts (the page hid the comments count that time) was summed without it, and the
// line dropped from 150 to 105 and rose again to 165, a fall that never happened. Each point now
// adds up only the counts every reading shows, as the campaigns' trend does.
import type { PostKnowledge } from '@/lib/messages';
import { buildBadgeView } from '@/lib/metrics/badge-model';
import { instagramReading, storedReading } from '../fixtures/reading';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 0, 10, 12);

const knowledge = (history: PostKnowledge['history']): PostKnowledge => ({
  firstSeen: history[0]!.capturedAt,
  lastSeen: history[history.length - 1]!.capturedAt,
  history,
  authorFollowers: null,
  authorMedianEr: null,
  authorPostCount: 0,
});

const historyOf = (history: PostKnowledge['history']) =>
  buildBadgeView({
    reading: instagramReading({ likes: 110, comments: 55 }),
    knowledge: knowledge(history),
    preference: 'auto',
    locale: 'en',
    now: NOW,
  }).history;

describe("the card's sparkline", () => {
  it('a reading without its comments count is no drop', () => {
    const h = historyOf([
      storedReading(NOW - 3 * HOUR, 100, null, { comments: 50 }),
      storedReading(NOW - 2 * HOUR, 105, null, { comments: null }),
      storedReading(NOW - HOUR, 110, null, { comments: 55 }),
    ]);
    expect(h).toEqual([100, 105, 110]);
  });

  it('every reading showing the same counts: their sums, as before', () => {
    const h = historyOf([
      storedReading(NOW - 3 * HOUR, 100, null, { comments: 50 }),
      storedReading(NOW - HOUR, 110, null, { comments: 55 }),
    ]);
    expect(h).toEqual([150, 165]);
  });

  it('a reading that shows no engagement count is left out, as before', () => {
    const h = historyOf([
      storedReading(NOW - 3 * HOUR, 100),
      storedReading(NOW - 2 * HOUR, null, 5000),
      storedReading(NOW - HOUR, 120),
    ]);
    expect(h).toEqual([100, 120]);
  });
});
