// Which profile readings are a community's, not a person's: a Reddit community page gives its
// members as a profile reading with handle "r/<name>" (reddit/old-reddit.ts, reddit/new-reddit.ts),
// and a Reddit user's handle never holds a "/" (userHandle in reddit/new-reddit.ts). Its members are
// no author's followers, and no post is the community's own (each is its poster's). And how a handle
// is shown: with "@" only where it is one. Pure.
import type { Platform } from '../types';

/** Is the author record of `handle` on `platform` a community's (a subreddit's)? */
export const isCommunity = (platform: Platform, handle: string): boolean =>
  platform === 'reddit' && /^r\//i.test(handle);

/** A handle that is an account's number or an address's path, written with no "@" (handleLabel). */
const NOT_AT = /^\d+$|\//;

/**
 * A handle as the pages show it: "@alice", but as it is where it is an account's number or an
 * address's path, which no platform writes with "@" (a Facebook account without a username,
 * "100012345678"; a YouTube channel read from /channel/UC…, "channel/UC…"; a LinkedIn company,
 * "company/acme"; a Reddit community, "r/foo"). The badge's card tells such handles by the same
 * test (authorRef in lib/metrics/badge-words.ts).
 */
export const handleLabel = (handle: string): string => (NOT_AT.test(handle) ? handle : `@${handle}`);
