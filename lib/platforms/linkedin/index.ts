// LinkedIn: its descriptor, the folder's face: its facts (platform.ts) with its adapter (adapter.ts).
// Content scripts and tools import this; pages and the background only the facts, via the registry.
import { definePlatform } from '../define-platform';
import { linkedinReader } from './adapter';
import { linkedinFacts } from './platform';

export const linkedinPlatform = definePlatform(linkedinFacts, linkedinReader);

export const linkedinAdapter = linkedinPlatform.adapter;
