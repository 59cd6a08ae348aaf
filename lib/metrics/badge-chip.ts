// What a closed badge keeps: its chip, and a way to build its card when the user opens it. A feed
// holds thousands of badges and the card is opened on a few, so the card's words (formulas,
// sources, dates: about 2 KB of strings a post) are built on opening, not kept per post.
import { type BadgeInput, type BadgeView, buildBadgeHead, buildBadgeView } from './badge-model';

export interface BadgeChip extends Pick<BadgeView, 'key' | 'headline' | 'kind' | 'band' | 'label'> {
  /** The whole view, the chip's own: built from the same inputs and the same moment. */
  card(): BadgeView;
}

/** A chip over a view already built (tests, tools): its card is that view. */
export function chipOf(view: BadgeView, card: () => BadgeView = () => view): BadgeChip {
  return {
    key: view.key,
    headline: view.headline,
    kind: view.kind,
    band: view.band,
    label: view.label,
    card,
  };
}

/**
 * The chip of a post's badge. Its card is built again on opening from the same inputs, with the
 * clock fixed at this moment, so it says exactly what the chip said ("38 eng/h since posting"
 * on both, not a later hour's rate on the card).
 */
export function buildBadgeChip(input: BadgeInput): BadgeChip {
  const fixed: BadgeInput = { ...input, now: input.now ?? Date.now() };
  const { key, headline, kind, band, label } = buildBadgeHead(fixed).head;
  return { key, headline, kind, band, label, card: () => buildBadgeView(fixed) };
}
