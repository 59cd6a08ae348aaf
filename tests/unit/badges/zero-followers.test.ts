// @vitest-environment node

// A new account's profile header reads "0 followers": an ER by followers divides by 0, which is no
// rate. The badge of its posts must not send the user to that profile "to rate by followers"
// (opening it again gives the same 0), and the card's blank must say what it lacks in words true of
// an unknown count and of a count of 0 alike.
import { buildBadgeView } from '@/lib/metrics/badge-model';
import type { ProfileReading } from '@/lib/types';
import { instagramReading } from '../fixtures/reading';

const NOW = Date.UTC(2026, 0, 10, 12);
const profile = (followers: number | null): ProfileReading => ({
  platform: 'instagram',
  handle: 'acme',
  name: 'Acme',
  followers,
});
// A grid post: likes and comments, no views, no posting time.
const view = (followers: number | null) =>
  buildBadgeView({
    reading: instagramReading(),
    knowledge: undefined,
    profile: profile(followers),
    preference: 'auto',
    locale: 'en',
    now: NOW,
  });

describe("the badge of a post whose author's profile shows 0 followers", () => {
  it('has no rate, and its card shows the 0 it read', () => {
    const v = view(0);
    expect(v.kind).not.toBe('rate');
    expect(v.figures[1]!.from).toContain('followers: 0');
  });

  it('does not ask the user to open the profile; it asks for what would give a figure', () => {
    expect(view(0).headline).toBe('open the post for its posting time');
  });

  it("the card's blank ER by followers names a count above 0, not a missing one", () => {
    expect(view(0).figures[1]!.value).toBe('needs a follower count above 0');
  });

  it('with no follower count read at all it still asks for the profile', () => {
    const v = buildBadgeView({
      reading: instagramReading(),
      knowledge: undefined,
      profile: null,
      preference: 'auto',
      locale: 'en',
      now: NOW,
    });
    expect(v.headline).toBe("open @acme's profile once to rate by followers");
  });

  it('with followers above 0 it rates by them', () => {
    const v = view(3600);
    expect(v.kind).toBe('rate');
    expect(v.headline).toBe('5% of followers'); // (150 + 30) / 3,600
  });
});
