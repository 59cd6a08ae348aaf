// Where a badge's card opens. Above the chip by default (below it for a badge placed inside the
// top of its post), unless the card does not fit there and the other side has more room: a card
// opened above a chip near the top of the window was cut off by the window's edge. Never taller
// than the room on the side it opens to, nor than 70% of the window (it scrolls inside).
// Across, right-aligned to the chip unless that passes an edge of the window: a chip in a grid's
// left column put the card's first columns off-screen, where no scrolling reached them.

/** The gap between chip and card (badge.css: calc(100% + 6px)), and a margin to the window's edge. */
const GAP_PX = 6;
const EDGE_PX = 8;
/** A card is never squeezed below this: a few lines, scrollable. */
const MIN_HEIGHT_PX = 96;

export type CardSide = 'up' | 'down';

export interface CardPlacement {
  side: CardSide;
  maxHeight: number;
}

/**
 * chipTop and chipBottom as getBoundingClientRect gives them; cardHeight the card's whole height
 * (its scrollHeight); viewport the window's inner height.
 */
export function cardPlacement(
  chipTop: number,
  chipBottom: number,
  viewport: number,
  cardHeight: number,
  preferred: CardSide,
): CardPlacement {
  const room = {
    up: chipTop - GAP_PX - EDGE_PX,
    down: viewport - chipBottom - GAP_PX - EDGE_PX,
  };
  const other: CardSide = preferred === 'up' ? 'down' : 'up';
  const side = cardHeight > room[preferred] && room[other] > room[preferred] ? other : preferred;
  const cap = Math.floor(viewport * 0.7);
  return { side, maxHeight: Math.max(MIN_HEIGHT_PX, Math.min(cap, Math.floor(room[side]))) };
}

/**
 * The card's CSS `right` (from the chip's right edge, where badge.css puts the card's) and its
 * border-box width: no wider than the window less EDGE_PX each side, and moved in to EDGE_PX from
 * whichever edge it would pass. chipRight as getBoundingClientRect gives it; viewport the width
 * the page shows (without its scrollbar); cardWidth the card's width as badge.css makes it.
 */
export function cardAcross(chipRight: number, viewport: number, cardWidth: number) {
  const width = Math.min(cardWidth, viewport - 2 * EDGE_PX);
  const cardRight = Math.min(viewport - EDGE_PX, Math.max(chipRight, EDGE_PX + width));
  return { right: chipRight - cardRight, width };
}

/** Places an open card (a layout read of chip and card, once per opening). */
export function placeCard(card: HTMLElement, chip: Element, preferred: CardSide): void {
  const doc = card.ownerDocument;
  const view = doc.defaultView;
  if (!view) return;
  const r = chip.getBoundingClientRect();
  // Across first: a narrower card is taller, and its height decides the side.
  const { right, width } = cardAcross(r.right, doc.documentElement.clientWidth, card.offsetWidth);
  card.style.right = `${right}px`;
  card.style.width = `${width}px`;
  const { side, maxHeight } = cardPlacement(r.top, r.bottom, view.innerHeight, card.scrollHeight, preferred);
  // Inline, over badge.css's side for the host's placement; CSSOM styles pass a page's CSP.
  const beside = `calc(100% + ${GAP_PX}px)`;
  card.style.top = side === 'down' ? beside : 'auto';
  card.style.bottom = side === 'up' ? beside : 'auto';
  card.style.maxHeight = `${maxHeight}px`;
}
