// A closed badge keeps its chip only; its card is built when opened, from the same inputs at the
// same moment, so the card never says something the chip did not.
import { buildBadgeChip } from '@/lib/metrics/badge-chip';
import { buildBadgeView } from '@/lib/metrics/badge-model';
import { instagramReading } from '../fixtures/reading';

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
