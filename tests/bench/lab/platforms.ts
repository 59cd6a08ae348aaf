// The platforms the feed benchmarks build pages for, with their adapters (the code under test).
import { instagramAdapter } from '../../../lib/platforms/instagram';
import { linkedinAdapter } from '../../../lib/platforms/linkedin';
import { redditAdapter } from '../../../lib/platforms/reddit';
import { xAdapter } from '../../../lib/platforms/x';
import { youtubeAdapter } from '../../../lib/platforms/youtube';
import type { PlatformAdapter } from '../../../lib/types';

export const BENCH_PLATFORMS = ['x', 'reddit', 'linkedin', 'instagram', 'youtube'] as const;
export type BenchPlatform = (typeof BENCH_PLATFORMS)[number];

export const ADAPTERS: Record<BenchPlatform, PlatformAdapter> = {
  x: xAdapter,
  reddit: redditAdapter,
  linkedin: linkedinAdapter,
  instagram: instagramAdapter,
  youtube: youtubeAdapter,
};
