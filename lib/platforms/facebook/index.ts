// Facebook: its descriptor, the folder's face: its facts (platform.ts) with its adapter (adapter.ts).
// Content scripts and tools import this; pages and the background only the facts, via the registry.
import { definePlatform } from '../define-platform';
import { facebookReader } from './adapter';
import { facebookFacts } from './platform';

export const facebookPlatform = definePlatform(facebookFacts, facebookReader);

export const facebookAdapter = facebookPlatform.adapter;
