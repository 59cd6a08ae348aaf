// Every badge tells what the page does not. On each platform, of the posts PostLens badges on the
// bundled pages, at least 95% must lead with a figure the page does not show (a rate, a velocity or
// an outlier) and every other one with the action that unlocks one, never a raw count. Measured
// the way `npm run inspect -- <page> --url <url> --badges` prints it: from the page alone, as on a
// first visit (no stored history or followers). The clock is fixed after every page's posting times.
//
// This fails on platforms whose adapters do not yet read a posting time or followers; it prints
// each platform's share so the gap is visible.
import { PLATFORMS, type Platform } from '@/lib/types';
import { ROUTES, routeUrl } from '@/tests/harness/routes';
import { main } from '@/tests/tools/inspect';

const NOW = '2026-12-01T00:00:00.000Z';
const FIGURES = ['rate', 'velocity', 'outlier'];

const kinds = new Map<Platform, string[]>();

beforeAll(async () => {
  for (const r of ROUTES) {
    let out = '';
    const code = await main([`tests/fixtures/${r.file}`, '--url', routeUrl(r), '--badges', '--now', NOW], {
      out: (t) => {
        out += t;
      },
      err: () => {},
    });
    expect(code, r.file).toBe(0);
    const report = JSON.parse(out) as { posts: Array<{ badge: { kind: string } }> };
    const list = kinds.get(r.platform) ?? [];
    list.push(...report.posts.map((p) => p.badge.kind));
    kinds.set(r.platform, list);
  }
}, 60_000);

describe('headline coverage on the bundled pages', () => {
  it.each(PLATFORMS)('%s: ≥ 95% of badges lead with a figure, the rest with an action', (platform) => {
    const all = kinds.get(platform) ?? [];
    const figures = all.filter((k) => FIGURES.includes(k)).length;
    const share = all.length ? figures / all.length : 0;
    const tally = [...new Set(all)].map((k) => `${k} ${all.filter((x) => x === k).length}`);
    console.info(
      `${platform}: ${figures}/${all.length} = ${(share * 100).toFixed(0)}% (${tally.join(', ')})`,
    );
    expect(all.length).toBeGreaterThan(0);
    expect.soft(all.filter((k) => !FIGURES.includes(k) && k !== 'action')).toEqual([]);
    expect.soft(share).toBeGreaterThanOrEqual(0.95);
  });
});
