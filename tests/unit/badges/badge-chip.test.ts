// @vitest-environment node

// A closed badge keeps its chip only; its card is built when opened, from the same inputs at the
// same moment, so the card never says something the chip did not.

import type { PostKnowledge } from '@/lib/messages';
import { buildBadgeChip } from '@/lib/metrics/badge-chip';
import { buildBadgeView } from '@/lib/metrics/badge-model';
import { PLATFORMS } from '@/lib/types';
import { instagramReading } from '../fixtures/reading';
import { prng } from '../reliability/mutate-dom';

const POSTED = Date.UTC(2026, 2, 4, 9);
const input = (over: Partial<Parameters<typeof buildBadgeChip>[0]> = {}) => ({
  // No followers and no views: the headline is interactions per hour since posting, which
  // changes with the clock.
  reading: instagramReading({ views: null, publishedAt: new Date(POSTED).toISOString() }),
  knowledge: undefined,
  bands: { typical: 0.01, strong: 0.02, viral: 0.03 },
  preference: 'auto' as const,
  locale: 'en',
  ...over,
});

afterEach(() => vi.useRealTimers());

describe('buildBadgeChip', () => {
  it.each([
    ['rate by views', { reading: instagramReading({ views: 6000 }) }],
    ['velocity since posting', {}],
  ])("the chip is the view's chip (%s)", (_, over) => {
    const now = POSTED + 3 * 3_600_000;
    const chip = buildBadgeChip(input({ ...over, now }));
    const view = buildBadgeView(input({ ...over, now }));
    expect({ ...chip, card: undefined }).toEqual({
      key: view.key,
      headline: view.headline,
      kind: view.kind,
      band: view.band,
      label: view.label,
      card: undefined,
    });
    expect(chip.card()).toEqual(view);
  });

  it('builds the card with the clock of the chip, not of the opening', () => {
    vi.useFakeTimers({ now: POSTED + 2 * 3_600_000 });
    const chip = buildBadgeChip(input());
    expect(chip.kind).toBe('velocity');
    vi.setSystemTime(POSTED + 50 * 3_600_000);
    // Built now, the view would divide by 50 hours instead of 2.
    expect(buildBadgeView(input()).headline).not.toBe(chip.headline);
    expect(chip.card().headline).toBe(chip.headline);
    expect(chip.card().figures).toEqual(buildBadgeView(input({ now: POSTED + 2 * 3_600_000 })).figures);
  });
});

// The chip is worded without the card's other parts (counts, seen, history, author): it must still
// be the view's chip, word for word, whatever the reading and what is known about the post (this
// draw gives about 500 rates, 75 velocities, 25 actions and 5 outliers).
describe('buildBadgeChip against buildBadgeView, 600 random posts', () => {
  const random = prng(27);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const count = () => pick([null, 0, 3, 150, 12_345, 2_000_000]);
  const HOUR = 3_600_000;
  const cases = Array.from({ length: 600 }, (_, i) => {
    const now = POSTED + pick([0.2, 1, 3, 50, 900]) * HOUR;
    const known = random() < 0.6;
    const history: PostKnowledge['history'] = known
      ? Array.from({ length: pick([1, 2, 4]) }, (_, j) => ({
          capturedAt: POSTED + j * HOUR,
          likes: count(),
          comments: count(),
          reposts: null,
          saves: count(),
          views: count(),
        }))
      : [];
    const knowledge: PostKnowledge | undefined = known
      ? {
          firstSeen: POSTED,
          lastSeen: POSTED + HOUR,
          history,
          authorFollowers: pick([null, 0, 500, 90_000]),
          authorMedianEr: pick([null, 0.001, 0.02]),
          authorPostCount: pick([0, 3, 12]),
          authorFollowersAt: pick([null, POSTED]),
          ...(random() < 0.5
            ? { authorMedians: { engagement: [pick([null, 40]), 6], views: [pick([null, 900]), 6] } }
            : {}),
        }
      : undefined;
    const platform = pick(PLATFORMS);
    return [
      i,
      {
        reading: instagramReading({
          platform,
          postId: `p${i}`,
          likes: count(),
          comments: count(),
          reposts: count(),
          saves: count(),
          views: count(),
          publishedAt: random() < 0.7 ? new Date(POSTED).toISOString() : null,
          author: {
            handle: random() < 0.8 ? 'acme' : null,
            name: 'Acme',
            followers: pick([undefined, null, 2_000]),
          },
        }),
        knowledge,
        preference: pick(['auto', 'views', 'followers'] as const),
        now,
      },
    ] as const;
  });
  it.each(cases)('post %i', (_, over) => {
    const chip = buildBadgeChip(input(over));
    const view = buildBadgeView(input(over));
    expect([chip.key, chip.headline, chip.kind, chip.band, chip.label]).toEqual([
      view.key,
      view.headline,
      view.kind,
      view.band,
      view.label,
    ]);
  });
});
