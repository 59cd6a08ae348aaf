// YouTube: its descriptor, the folder's face: its facts (platform.ts) with its adapter (adapter.ts).
// Content scripts and tools import this; pages and the background only the facts, via the registry.
import { definePlatform } from '../define-platform';
import { youtubeReader } from './adapter';
import { youtubeFacts } from './platform';

export const youtubePlatform = definePlatform(youtubeFacts, youtubeReader);

export const youtubeAdapter = youtubePlatform.adapter;
