// @vitest-environment node

// lib/metrics/badge-card.ts: on a platform whose author profiles show no followers (Reddit:
// karma, never followers; its descriptor's profileFollowers is false), the card must not tell
// the user to open the author's profile for the ER by followers: the chip never asks it there
// (badge-model.ts), and doing so would give no follower count.
import { type BadgeInput, buildBadgeView } from '@/lib/metrics/badge-model';
import type { PostReading } from '@/lib/types';
import { instagramReading } from '../fixtures/reading';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 0, 10, 12);

const redditPost = (over: Partial<PostReading> = {}): PostReading =>
  instagramReading({
    platform: 'reddit',
    postId: 't3_abc',
    url: 'https://www.reddit.com/r/science/comments/abc/title/',
    author: { handle: 'someone', name: null },
    likes: 120,
    comments: 8,
    publishedAt: new Date(NOW - 3 * HOUR).toISOString(),
    ...over,
  });

const erByFollowers = (r: PostReading, over: Partial<BadgeInput>) =>
  buildBadgeView({
    reading: r,
    knowledge: undefined,
    preference: 'auto',
    locale: 'en',
    now: NOW,
    ...over,
  }).figures.find((f) => f.label === 'ER by followers');

describe("the card's ER by followers says where followers could come from", () => {
  it.each([
    ['with its score and comments', redditPost(), 'needs a follower count above 0'],
    ['showing no counts (a feed ad)', redditPost({ likes: null, comments: null }), 'needs counts'],
  ])('a Reddit post %s: no "open the profile once"', (_, reading, value) => {
    const f = erByFollowers(reading, { profileFollowers: false });
    expect(f?.value).toBe(value);
    expect(f?.from).not.toMatch(/profile/);
    expect(f?.from).toBe('counts: this page; followers: not shown on this platform');
  });

  it('still asks for the profile where profiles show followers', () => {
    const f = erByFollowers(instagramReading(), { profileFollowers: true });
    expect(f?.from).toBe("counts: this page; followers: open @acme's profile once");
  });
});
