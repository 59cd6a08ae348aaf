// @vitest-environment node
// --now fixes the clock relative time labels resolve against ("2h" on Facebook, "3 days ago" on
// YouTube), so reading a saved page gives the same dates on every run.
import { main } from '@/tests/tools/inspect';

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const FEED = ['tests/fixtures/facebook/feed-en.html', '--url', 'https://www.facebook.com/'];
const firstDate = (out: string) =>
  (JSON.parse(out) as { posts: { publishedAt: string | null }[] }).posts[0]?.publishedAt;

describe('inspect --now', () => {
  it.each([
    // the first post's timestamp link says "2h"
    ['2025-03-11T16:00:00Z', '2025-03-11T14:00:00.000Z'],
    // from the start of now's hour: "2h" is 2 to 3 hours ago
    ['2025-03-12T09:30:00Z', '2025-03-12T07:00:00.000Z'],
  ])('with --now %s reads "2h" as %s', async (now, iso) => {
    const r = await run([...FEED, '--now', now]);
    expect(r.code).toBe(0);
    expect(firstDate(r.out)).toBe(iso);
  });

  it('without --now reads against the clock', async () => {
    const before = Date.now();
    const r = await run(FEED);
    const at = Date.parse(firstDate(r.out) ?? '');
    expect(at).toBeGreaterThanOrEqual(before - 3 * 3_600_000);
    expect(at).toBeLessThanOrEqual(Date.now() - 2 * 3_600_000);
  });

  it('refuses a --now that is no time', async () => {
    const r = await run([...FEED, '--now', 'yesterday']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/not an ISO 8601 time/);
  });
});
