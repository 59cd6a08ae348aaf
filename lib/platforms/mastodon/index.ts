// Mastodon: its descriptor, the folder's face: its facts (platform.ts) with its adapter (adapter.ts).
// Content scripts and tools import this; pages and the background only the facts, via the registry.
import { definePlatform } from '../define-platform';
import { mastodonReader } from './adapter';
import { mastodonFacts } from './platform';

export { MASTODON_DEFAULT_HOSTS } from './platform';

export const mastodonPlatform = definePlatform(mastodonFacts, mastodonReader);

export const mastodonAdapter = mastodonPlatform.adapter;
