// Instagram: its descriptor, the folder's face: its facts (platform.ts) with its adapter (adapter.ts).
// Content scripts and tools import this; pages and the background only the facts, via the registry.
import { definePlatform } from '../define-platform';
import { instagramReader } from './adapter';
import { instagramFacts } from './platform';

export const instagramPlatform = definePlatform(instagramFacts, instagramReader);

export const instagramAdapter = instagramPlatform.adapter;
