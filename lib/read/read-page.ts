// One reading of a whole page: which platform, its posts, its profile header. Used by the inspect
// command and tests, not by the content scripts (each of those reads with its own adapter only,
// through the Scanner), which is why lib/read/index.ts does not re-export it: it reaches every
// adapter (lib/platforms/adapters.ts, the one module outside a platform's folder that holds
// adapters). Pure over the DOM it is given (no document, no window)
// and never throws: a broken adapter gives an empty reading, not an error.

import { adapterFor } from '../platforms/adapters';
import type { Platform, PlatformAdapter, PostReading, ProfileReading } from '../types';
import { guardAdapter } from './guard';

export interface PageRead {
  platform: Platform | null;
  posts: PostReading[];
  profile: ProfileReading | null;
}

/** Read every post and the profile header under root. Posts are unique by postId, first kept. */
/** `now` (epoch ms) is when the page counts as read, for relative time labels; default the clock. */
export function readPage(root: ParentNode, url: URL, locale: string, now?: number): PageRead {
  const empty: PageRead = { platform: null, posts: [], profile: null };
  let found: PlatformAdapter | null = null;
  try {
    found = adapterFor(url, root);
  } catch {
    return empty;
  }
  if (!found) return empty;
  // Every descriptor's adapter is guarded already; guarding again is a no-op for them.
  const adapter = guardAdapter(found);
  const ctx = now === undefined ? { url, locale } : { url, locale, now };
  const posts: PostReading[] = [];
  const seen = new Set<string>();
  for (const el of adapter.findPosts(root)) {
    const reading = adapter.readPost(el, ctx);
    if (!reading || seen.has(reading.postId)) continue;
    seen.add(reading.postId);
    posts.push(reading);
  }
  return { platform: adapter.id, posts, profile: adapter.readProfile(root, ctx) };
}
