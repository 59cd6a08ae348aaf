// Reddit (the current UI and old.reddit.com): what pages need to know of it, without the adapter.
import { definePlatformFacts } from '../platform-facts';

export const redditFacts = definePlatformFacts({
  id: 'reddit',
  name: 'Reddit', // i18n-ignore: brand name, never translated
  hosts: ['www.reddit.com', 'old.reddit.com'],
  domains: ['reddit.com'],
  bands: { typical: 0.01, strong: 0.05, viral: 0.15 },
  // A Reddit user's profile shows karma, not followers.
  profileFollowers: false,
});
// Its posts' likes are their score (upvotes − downvotes), named "Score" everywhere: that fact is
// likesAreScore in lib/types.ts, not here, as the badge and the alerts, which name it too, do not
// load the registry of facts.
