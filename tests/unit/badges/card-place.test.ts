// @vitest-environment node

// Where a badge's card opens: the side it prefers unless the card does not fit there and the other
// side has more room; never taller than that room or 70% of the window. (A card opened above a
// chip near the top of the window was cut off by it: the YouTube demo's card.)
import { cardPlacement } from '@/components/badge/card-place';

describe('cardPlacement', () => {
  // The chip is 20 px tall; room = distance to the window's edge − 6 (gap) − 8 (margin); the cap is
  // 70% of the window.
  it.each([
    ['room above: opens above', 800, 600, 400, 'up', 'up', 560],
    ['near the top: opens below', 800, 80, 400, 'up', 'down', 560],
    ['near the top, a short card that fits above: above', 800, 120, 100, 'up', 'up', 106],
    ['too tall for either side: the roomier one', 800, 380, 700, 'up', 'down', 386],
    ['as much room either side: the side preferred', 800, 390, 700, 'up', 'up', 376],
    ['inside placement prefers below', 800, 100, 300, 'down', 'down', 560],
    ['inside placement near the bottom: above', 800, 700, 300, 'down', 'up', 560],
    ['a tiny window: never under 96 px', 150, 60, 400, 'up', 'down', 96],
  ] as const)('%s', (_what, viewport, chipTop, cardHeight, preferred, side, maxHeight) => {
    expect(cardPlacement(chipTop, chipTop + 20, viewport, cardHeight, preferred)).toEqual({
      side,
      maxHeight,
    });
  });
});
