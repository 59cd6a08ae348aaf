// The platforms the feed benchmarks build pages for, with their adapters (the code under test).
import { linkedinAdapter } from '../../../lib/platforms/linkedin/adapter';
import { redditAdapter } from '../../../lib/platforms/reddit/adapter';
import { xAdapter } from '../../../lib/platforms/x/adapter';
import type { PlatformAdapter } from '../../../lib/types';

export type BenchPlatform = 'x' | 'reddit' | 'linkedin';

export const ADAPTERS: Record<BenchPlatform, PlatformAdapter> = {
  x: xAdapter,
  reddit: redditAdapter,
  linkedin: linkedinAdapter,
};
