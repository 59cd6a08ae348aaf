// Bluesky: its descriptor, the folder's face: its facts (platform.ts) with its adapter (adapter.ts).
// Content scripts and tools import this; pages and the background only the facts, via the registry.
import { definePlatform } from '../define-platform';
import { blueskyReader } from './adapter';
import { blueskyFacts } from './platform';

export const blueskyPlatform = definePlatform(blueskyFacts, blueskyReader);

export const blueskyAdapter = blueskyPlatform.adapter;
