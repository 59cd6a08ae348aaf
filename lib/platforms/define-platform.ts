// One descriptor per platform: everything PostLens knows about a platform, in one place (its
// lib/platforms/<id>/ folder): the facts pages need (platform.ts, platform-facts.ts) and, on top of
// them, the adapter that reads its pages (index.ts, made here). Content scripts import their own
// platform's descriptor only; every descriptor at once is adapters.ts (the inspect command, tests).
// Pages and the background use the registry (registry.ts), which lists the facts without adapters.

import { guardReader } from '../read';
import type { PageReader, Platform, PlatformAdapter } from '../types';
import type { PlatformFacts } from './platform-facts';

export interface PlatformDescriptor<P extends Platform = Platform> extends PlatformFacts<P> {
  /** The adapter under the error guard: it never throws. */
  readonly adapter: PlatformAdapter;
}

/**
 * A platform's descriptor: its facts (its platform.ts) with the reader of its pages (its
 * adapter.ts), every call of which is guarded here. The facts are kept as they are (the registry
 * holds the same ones).
 */
export function definePlatform<P extends Platform>(
  facts: PlatformFacts<P>,
  reader: PageReader,
): PlatformDescriptor<P> {
  return { ...facts, adapter: guardReader(facts.id, facts.name, reader) };
}
