// @vitest-environment node

// The badge's card: when the followers were read, in words true of the calendar.
import type { PostKnowledge } from '@/lib/messages';
import { type BadgeInput, buildBadgeView } from '@/lib/metrics/badge-model';
import type { PostReading } from '@/lib/types';
import { instagramReading } from '../fixtures/reading';

const HOUR = 3_600_000;
// Half past midnight (tests run in UTC, vitest.config.ts): "yesterday" is January 9 alone.
const NOW = Date.UTC(2026, 0, 10, 0, 30);

const knowledge = (over: Partial<PostKnowledge> = {}): PostKnowledge => ({
  firstSeen: NOW - 3 * HOUR,
  lastSeen: NOW - HOUR,
  history: [],
  authorFollowers: null,
  authorMedianEr: null,
  authorPostCount: 0,
  ...over,
});

const view = (r: PostReading, over: Partial<BadgeInput> = {}) =>
  buildBadgeView({ reading: r, knowledge: undefined, preference: 'auto', locale: 'en', now: NOW, ...over });

const followersFrom = (readAt: number, locale = 'en') =>
  view(instagramReading(), {
    locale,
    knowledge: knowledge({
      authorFollowers: 10_000,
      authorFollowersAt: readAt,
      authorFollowersSource: 'profile',
    }),
  }).figures.find((f) => f.label === 'ER by followers')!.from;

describe('when the followers were read, in words that are true of the calendar', () => {
  it('followers read on January 8 at 23:30 are not "yesterday" on January 10 at 00:30', () => {
    // 25 hours before: two calendar days before, the day before yesterday.
    const from = followersFrom(Date.UTC(2026, 0, 8, 23, 30));
    expect(from).toMatch(/^counts: this page; followers: 10,000, read from @acme's profile page /);
    expect(from).not.toMatch(/yesterday/);
  });

  it('followers read on January 7 at 23:30 are not "vorgestern" (January 8) on January 10 at 00:30', () => {
    // 49 hours before: three calendar days before. German's day before yesterday is January 8.
    const from = followersFrom(Date.UTC(2026, 0, 7, 23, 30), 'de');
    expect(from).not.toMatch(/vorgestern/);
    expect(from).toMatch(/vor 2 Tagen$/);
  });
});
