// Reddit: its descriptor, the folder's face: its facts (platform.ts) with its adapter (adapter.ts).
// Content scripts and tools import this; pages and the background only the facts, via the registry.
import { definePlatform } from '../define-platform';
import { redditReader } from './adapter';
import { redditFacts } from './platform';

export const redditPlatform = definePlatform(redditFacts, redditReader);

export const redditAdapter = redditPlatform.adapter;
