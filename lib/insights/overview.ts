// The Overview: for a period and the posts of an author set, the posts seen, their interactions,
// median ER and median velocity, and each author's follower change; each against the period of
// equal length just before (while this one runs, against as much of it as has passed of this one:
// comparedSpan), with its formula and a value per day; and the period's top posts.
// Pure: the rows and follower readings come in, nothing is read here.
//
// Its parts: the post cards and top posts (post-overview.ts), the follower cards
// (follower-cards.ts), a card's change (overview-change.ts) and the shapes (overview-types.ts).

import { buildFollowerCards } from './follower-cards';
import type { OverviewRow } from './overview-measures';
import type { Overview, OverviewInput } from './overview-types';
import { buildPostOverview } from './post-overview';

export { buildFollowerCards } from './follower-cards';
export * from './follower-change';
export { type Change, changeFormula, changeOf } from './overview-change';
// Only the shapes: how a card is computed stays inside lib/insights.
export type { CardUnit, OverviewRow, PostCardId, PostFigure } from './overview-measures';
export * from './overview-period';
export type { FollowerCard, Overview, OverviewInput, PostCard } from './overview-types';
export { buildPostOverview, type PostOverview } from './post-overview';
export { DEFAULT_TOP_POSTS, type TopBy, topPosts } from './top-posts';

/**
 * The Overview: its post cards and top posts (buildPostOverview) with a follower card per author
 * (buildFollowerCards). The view builds the two halves apart, so that follower readings arriving
 * later leave the post cards (and the charts drawn from them) as they are.
 */
export function buildOverview<T extends OverviewRow>(input: OverviewInput<T>): Overview<T> {
  const posts = buildPostOverview(input);
  return { ...posts, followers: buildFollowerCards(input) };
}
