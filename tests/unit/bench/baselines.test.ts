// The bench's bare baselines (tests/bench/lab/baselines.ts) read the same counts as the adapters
// on the saved pages the read figure repeats: the bench refuses to time readers that disagree,
// so a baseline that drifts from its fixtures shows up here first, without a browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PostReading } from '@/lib/types';
import { FEED_SOURCES } from '../../bench/feed-sources';
import { BASELINES, disagreements } from '../../bench/lab/baselines';
import { ADAPTERS, BENCH_PLATFORMS } from '../../bench/lab/platforms';

const cases = BENCH_PLATFORMS.flatMap((platform) =>
  FEED_SOURCES[platform].files.map((file) => ({ platform, file })),
);

describe('bench baselines agree with the adapters', () => {
  it.each(cases)('$platform: $file', ({ platform, file }) => {
    const source = FEED_SOURCES[platform];
    const html = readFileSync(join(process.cwd(), 'tests/fixtures', file), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const adapter = ADAPTERS[platform];
    const ctx = { url: new URL(source.url), locale: source.lang };
    const readings = adapter
      .findPosts(doc)
      .map((el) => adapter.readPost(el, ctx))
      .filter((r): r is PostReading => r !== null);
    expect(readings.length).toBeGreaterThan(0);
    expect(disagreements(readings, BASELINES[platform](doc))).toEqual([]);
  });
});
