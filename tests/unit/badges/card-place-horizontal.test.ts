// @vitest-environment node

// Where a badge's card opens across the window: right-aligned to the chip (badge.css's right: 0)
// unless that passes an edge of the window; then moved in to 8 px from that edge, and never wider
// than the window less 8 px each side. (A 200-px tile at x = 16 in a 1024-px window put its card
// at x = −74, its first columns out of reach.)
import { cardAcross } from '@/components/badge/card-place';

describe('cardAcross', () => {
  // The card is 286 px wide as badge.css makes it; `right` is CSS's (positive moves it left).
  it.each([
    ['room on the left: right-aligned to the chip', 700, 1024, 286, 0, 286],
    ['a tile at the left edge: 8 px from the window\u2019s left', 212, 1024, 286, -82, 286],
    ['just fits: unmoved', 294, 1024, 286, 0, 286],
    ['a chip past the right edge: 8 px from the window\u2019s right', 1100, 1024, 286, 84, 286],
    ['a narrow window: as wide as it less 16 px, 8 px from each edge', 200, 250, 286, -42, 234],
  ] as const)('%s', (_what, chipRight, viewport, cardWidth, right, width) => {
    expect(cardAcross(chipRight, viewport, cardWidth)).toEqual({ right, width });
  });

  it('keeps the card inside the window wherever the chip is', () => {
    for (const viewport of [320, 1024])
      for (let chipRight = -50; chipRight <= viewport + 50; chipRight += 7) {
        const { right, width } = cardAcross(chipRight, viewport, 286);
        const cardRight = chipRight - right;
        expect(cardRight - width).toBeGreaterThanOrEqual(8);
        expect(cardRight).toBeLessThanOrEqual(viewport - 8);
      }
  });
});
