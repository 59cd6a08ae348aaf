// @vitest-environment node

import { setMessageLookup, t } from '@/lib/i18n';
// A velocity between visits is no figure when the two readings' change may be a compact count's
// rounding alone: a feed shows "1.2K" likes (stored as 1,200), the post page 6 minutes later
// "1,234", and "+340 eng/h between visits" (or "−340" the other way round) was made of the
// rounding. The pair recentVelocity picks then gives none (it looks for no other pair), and the
// card says why. A change beyond the rounding, or between exact counts, is kept as before.
import type { PostKnowledge } from '@/lib/messages';
import { type BadgeInput, buildBadgeView } from '@/lib/metrics/badge-model';
import { recentVelocity, type StoredReading } from '@/lib/metrics/time-rates';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { instagramReading, storedReading } from '../fixtures/reading';

const MIN = 60_000;
const HOUR = 60 * MIN;
const NOW = Date.UTC(2026, 0, 10, 12);

const knowledge = (history: StoredReading[]): PostKnowledge => ({
  firstSeen: history[0]!.capturedAt,
  lastSeen: history.at(-1)!.capturedAt,
  history,
  authorFollowers: null,
  authorMedianEr: null,
  authorPostCount: 0,
});

/** The card of a post 30 days old whose latest stored reading is the page's own counts. */
function card(history: StoredReading[], locale = 'en') {
  const last = history.at(-1)!;
  const input: BadgeInput = {
    reading: instagramReading({
      platform: last.views === null ? 'instagram' : 'youtube',
      likes: last.likes,
      comments: null,
      views: last.views,
      publishedAt: new Date(NOW - 30 * 24 * HOUR).toISOString(),
    }),
    knowledge: knowledge(history),
    preference: 'auto',
    locale,
    now: NOW,
  };
  const v = buildBadgeView(input);
  const value = (label: string) => v.figures.find((f) => f.label === label)?.value;
  return {
    headline: v.headline,
    eng: value(t('badge.label.engagementsBetweenVisits')),
    views: value(t('badge.label.viewsBetweenVisits')),
  };
}

/** Likes (and views) `from`, then `to` `minutes` later, the later read now. */
const pair = (from: [number, number?], to: [number, number?], minutes: number) => [
  storedReading(NOW - minutes * MIN, from[0], from[1] ?? null),
  storedReading(NOW, to[0], to[1] ?? null),
];

const noRate = (count: string, what: string, range: string) =>
  `the change is within a count's rounding (${count} ${what} may be ${range}): no rate between visits`;

describe('a velocity between visits within the counts’ rounding', () => {
  it.each([
    {
      name: 'feed "1.2K" likes, then the post page\'s 1,234 six minutes later: none',
      history: pair([1200], [1234], 6),
      perHour: null,
      eng: noRate('1,200', 'likes', '1,200–1,299'),
      views: undefined,
    },
    {
      name: 'the post page\'s 1,234, then a feed\'s "1.2K": no fall either',
      history: pair([1234], [1200], 6),
      perHour: null,
      eng: noRate('1,200', 'likes', '1,200–1,299'),
      views: undefined,
    },
    {
      name: 'YouTube 12K likes and 1.2M views, then 12,345 and 1,234,567 five minutes later: neither',
      history: pair([12_000, 1_200_000], [12_345, 1_234_567], 5),
      perHour: null,
      eng: noRate('12,000', 'likes', '12,000–12,999'),
      views: noRate('1,200,000', 'views', '1,200,000–1,299,999'),
    },
    {
      name: '1,200 then 1,500 six minutes later: more than "1.2K" may hide, kept',
      history: pair([1200], [1500], 6),
      perHour: 3000,
      eng: '+3,000/h',
      views: undefined,
    },
    {
      name: 'exact counts, 100 then 134 six minutes later: kept',
      history: pair([100], [134], 6),
      perHour: 340,
      eng: '+340/h',
      views: undefined,
    },
    {
      name: '1,000 twice an hour apart: "1K" twice may hide 99 either way, so no "+0/h"',
      history: pair([1000], [1000], 60),
      perHour: null,
      eng: noRate('1,000', 'likes', '1,000–1,099'),
      views: undefined,
    },
  ])('$name', ({ history, perHour, eng, views }) => {
    const v = recentVelocity(history);
    if (perHour === null) expect(v).toBeNull();
    else expect(v?.engagementPerHour).toBeCloseTo(perHour, 9);
    const c = card(history);
    expect(c.eng).toBe(eng);
    expect(c.views).toBe(views);
    // The chip leads with a velocity between visits only where there is one.
    if (perHour === null) expect(c.headline).not.toMatch(/between visits/);
    else expect(c.headline).toBe(`${eng.replace('/h', '')} eng/h between visits`);
  });

  it('does not look further back for a pair outside the rounding', () => {
    // 1,000 two hours before would give +117/h against 1,234; the pair picked is 1,200 → 1,234.
    const history = [storedReading(NOW - 2 * HOUR, 1000), ...pair([1200], [1234], 6)];
    expect(recentVelocity(history)).toBeNull();
    expect(card(history).eng).toBe(noRate('1,200', 'likes', '1,200–1,299'));
  });

  it('keeps the engagement and drops only the views when the views alone are within their rounding', () => {
    const history = pair([100, 1_200_000], [134, 1_234_567], 6);
    expect(recentVelocity(history)).toMatchObject({
      engagementPerHour: expect.closeTo(340, 9),
      viewsPerHour: null,
    });
    const c = card(history);
    expect([c.eng, c.views]).toEqual(['+340/h', noRate('1,200,000', 'views', '1,200,000–1,299,999')]);
  });

  it('says why in German too', async () => {
    setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
    try {
      expect(card(pair([1200], [1234], 6), 'de').eng).toBe(
        'die Änderung liegt innerhalb der Rundung einer Zahl (bei 1.200 Likes sind 1.200–1.299 möglich): keine Rate zwischen Besuchen',
      );
    } finally {
      setMessageLookup(lookupFrom(await loadMessages('en')), 'en');
    }
  });
});
