// TikTok: its descriptor, the folder's face: its facts (platform.ts) with its adapter (adapter.ts).
// Content scripts and tools import this; pages and the background only the facts, via the registry.
import { definePlatform } from '../define-platform';
import { tiktokReader } from './adapter';
import { tiktokFacts } from './platform';

export const tiktokPlatform = definePlatform(tiktokFacts, tiktokReader);

export const tiktokAdapter = tiktokPlatform.adapter;
