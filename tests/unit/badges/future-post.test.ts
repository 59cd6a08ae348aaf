// @vitest-environment node

// A post whose page gives a posting time a few minutes ahead of the user's clock (a clock running
// slow, or a time zone written wrong by the page): the chip told the user to "open the post for
// its posting time", which the page already shows (the card's own line says "posted …, in the
// future"). Opening the post changes nothing; a rate per hour comes once the post is 5 minutes
// old by this clock, as the chip says of a post just posted.
import { type BadgeInput, buildBadgeView } from '@/lib/metrics/badge-model';
import type { PostReading } from '@/lib/types';
import { instagramReading } from '../fixtures/reading';

const NOW = Date.UTC(2026, 0, 10, 12);
const MINUTE = 60_000;
const view = (r: PostReading, over: Partial<BadgeInput> = {}) =>
  buildBadgeView({ reading: r, knowledge: undefined, preference: 'auto', locale: 'en', now: NOW, ...over });
const at = (ms: number) =>
  new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(ms);

describe('a posting time ahead of the clock', () => {
  it.each<[string, PostReading, Partial<BadgeInput>]>([
    [
      'a Reddit post 2 minutes ahead (its users show no followers)',
      instagramReading({
        platform: 'reddit',
        url: 'https://www.reddit.com/r/test/comments/abc/x/',
        publishedAt: new Date(NOW + 2 * MINUTE).toISOString(),
      }),
      { profileFollowers: false },
    ],
    [
      'a post with views only, 10 minutes ahead',
      instagramReading({
        likes: null,
        comments: null,
        views: 1234,
        publishedAt: new Date(NOW + 10 * MINUTE).toISOString(),
      }),
      {},
    ],
  ])('%s: not "open the post for its posting time", but when a rate comes', (_, r, over) => {
    const v = view(r, over);
    const posted = Date.parse(r.publishedAt!);
    expect(v.figures.some((f) => f.from === `posted ${at(posted)}, in the future`)).toBe(true);
    expect(v.headline).not.toBe('open the post for its posting time');
    expect(v.headline).toBe(`too new: a rate from ${at(posted + 5 * MINUTE)}`);
    expect(v.kind).toBe('action');
  });

  it('a post just posted says the same (unchanged)', () => {
    const r = instagramReading({ platform: 'reddit', publishedAt: new Date(NOW - MINUTE).toISOString() });
    expect(view(r, { profileFollowers: false }).headline).toBe(
      `too new: a rate from ${at(NOW + 4 * MINUTE)}`,
    );
  });
});
