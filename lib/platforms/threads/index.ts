// Threads: its descriptor, the folder's face: its facts (platform.ts) with its adapter (adapter.ts).
// Content scripts and tools import this; pages and the background only the facts, via the registry.
import { definePlatform } from '../define-platform';
import { threadsReader } from './adapter';
import { threadsFacts } from './platform';

export const threadsPlatform = definePlatform(threadsFacts, threadsReader);

export const threadsAdapter = threadsPlatform.adapter;
