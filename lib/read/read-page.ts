// One reading of a whole page: which platform, its posts, its profile header. Shared by the
// content script and the inspect command. Pure over the DOM it is given (no document, no window)
// and never throws: a broken adapter gives an empty reading, not an error in the page.

import { adapterFor } from '../platforms/adapters';
import type { Platform, PostReading, ProfileReading } from '../types';

export interface PageRead {
  platform: Platform | null;
  posts: PostReading[];
  profile: ProfileReading | null;
}

/** Read every post and the profile header under root. Posts are unique by postId, first kept. */
export function readPage(root: ParentNode, url: URL, locale: string): PageRead {
  const empty: PageRead = { platform: null, posts: [], profile: null };
  let adapter: ReturnType<typeof adapterFor> = null;
  try {
    adapter = adapterFor(url, root);
  } catch {
    return empty;
  }
  if (!adapter) return empty;
  const ctx = { url, locale };
  const posts: PostReading[] = [];
  const seen = new Set<string>();
  let elements: Element[] = [];
  try {
    elements = adapter.findPosts(root);
  } catch {
    elements = [];
  }
  for (const el of elements) {
    let reading: PostReading | null = null;
    try {
      reading = adapter.readPost(el, ctx);
    } catch {
      reading = null;
    }
    if (!reading || seen.has(reading.postId)) continue;
    seen.add(reading.postId);
    posts.push(reading);
  }
  let profile: ProfileReading | null = null;
  try {
    profile = adapter.readProfile(root, ctx);
  } catch {
    profile = null;
  }
  return { platform: adapter.id, posts, profile };
}
