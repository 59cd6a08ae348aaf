// The one error guard around adapter calls. Adapters read markup that platforms change without
// notice, so any call may meet something it did not expect; here, and only here, a throw becomes
// "nothing read": no posts, no reading, no profile, no anchor, not this platform's page. Adapters
// themselves catch only where an error is an answer (a URL or JSON that does not parse).
// Pure: no DOM globals, no browser APIs (the inspect command runs it in plain Node).

import type { PageReader, Platform, PlatformAdapter } from '../types';

const guarded = new WeakSet<PlatformAdapter>();

function orElse<T>(call: () => T, fallback: T): T {
  try {
    return call();
  } catch {
    return fallback;
  }
}

/** The platform's reader as a never-throwing adapter. Each call reaches `reader` when it is made. */
export function guardReader(id: Platform, name: string, reader: PageReader): PlatformAdapter {
  const adapter: PlatformAdapter = {
    id,
    name,
    matches: (url, root) => orElse(() => reader.matches(url, root), false),
    findPosts: (root) => orElse(() => reader.findPosts(root), []),
    readPost: (el, ctx) => orElse(() => reader.readPost(el, ctx), null),
    readProfile: (root, ctx) => orElse(() => reader.readProfile(root, ctx), null),
    badgeAnchor: (el) => orElse(() => reader.badgeAnchor?.(el) ?? null, null),
  };
  guarded.add(adapter);
  return adapter;
}

/** `adapter` under the guard; an adapter that is already guarded is returned as it is. */
export function guardAdapter(adapter: PlatformAdapter): PlatformAdapter {
  return guarded.has(adapter) ? adapter : guardReader(adapter.id, adapter.name, adapter);
}
