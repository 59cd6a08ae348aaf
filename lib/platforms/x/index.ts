// X: its descriptor, the folder's face: its facts (platform.ts) with its adapter (adapter.ts).
// Content scripts and tools import this; pages and the background only the facts, via the registry.
import { definePlatform } from '../define-platform';
import { xReader } from './adapter';
import { xFacts } from './platform';

export const xPlatform = definePlatform(xFacts, xReader);

export const xAdapter = xPlatform.adapter;
