// The platforms the feed benchmarks build pages for, with their adapters (the code under test).
import { linkedinAdapter } from '../../../lib/platforms/linkedin';
import { redditAdapter } from '../../../lib/platforms/reddit';
import { xAdapter } from '../../../lib/platforms/x';
import type { PlatformAdapter } from '../../../lib/types';

export type BenchPlatform = 'x' | 'reddit' | 'linkedin';

export const ADAPTERS: Record<BenchPlatform, PlatformAdapter> = {
  x: xAdapter,
  reddit: redditAdapter,
  linkedin: linkedinAdapter,
};
