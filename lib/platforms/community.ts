// Which profile readings are a community's, not a person's: a Reddit community page gives its
// members as a profile reading with handle "r/<name>" (reddit/old-reddit.ts, reddit/new-reddit.ts),
// and a Reddit user's handle never holds a "/" (userHandle in reddit/new-reddit.ts). Its members are
// no author's followers, and no post is the community's own (each is its poster's). Pure.
import type { Platform } from '../types';

/** Is the author record of `handle` on `platform` a community's (a subreddit's)? */
export const isCommunity = (platform: Platform, handle: string): boolean =>
  platform === 'reddit' && /^r\//i.test(handle);

// How a handle is shown (handleLabel) lives in lib/format: the badge's card names authors by the
// same rule in the content script, which loads no part of this face (see index.ts). Exported here
// too, where the pages import it with the platforms' names.
export { handleLabel } from '../format';
