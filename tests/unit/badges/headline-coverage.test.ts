// @vitest-environment node

// Every badge tells what the page does not. Measured the way
// `npm run inspect -- <page> --url <url> --badges` prints it: from the page alone, as on a first
// visit (no stored history or followers), the clock fixed after every page's posting times.
//
// The rule this holds every bundled post to: a post whose page holds what a figure needs
// (interactions and views, interactions and the author's followers in the page's profile header,
// or any count and the posting time) leads with a figure (a rate, a velocity or an outlier); every other post leads
// with the action that unlocks one, never a raw count.
//
// Issue 17 asked for 95% of each platform's posts to lead with a figure. The bundled pages hold
// posts no first visit can rate: posts whose platform hides counts at zero (new LinkedIn,
// Instagram, Threads and Facebook posts), an obfuscated Mastodon count ("1+"), sponsored posts
// with no posting time, and YouTube Shorts and live streams that show neither a time nor a
// subscriber count. Inventing zeros or times for them would be a wrong number, so the share is
// printed per platform against the 95% goal, and the assertions are the rule above plus the list
// of posts that lead with an action (a new one fails until it is explained here).
import { COUNT_FIELDS, PLATFORMS, type Platform } from '@/lib/types';
import { ROUTES, routeUrl } from '@/tests/harness/routes';
import { main } from '@/tests/tools/inspect';

const NOW = '2026-12-01T00:00:00.000Z';
const FIGURES = ['rate', 'velocity', 'outlier'];

type Post = Record<string, unknown> & {
  postId: string;
  author: { handle: string } | null;
  publishedAt: string | null;
  views: number | null;
  badge: { headline: string; kind: string; formula: string };
};
type Seen = { post: Post; followersOnPage: boolean };

/** The posts that lead with an action today, by platform, with why no figure can be read. */
const ACTIONS: Record<string, string> = {
  'facebook 987654321098765': 'sponsored: no posting time, no followers on the page',
  'facebook pfbid0Rt5yUi8oPa2sDf4gHj6kLz1xCv3bNm7qWe9rTy2uIo4pAs6dFg': 'new post: Facebook hides zero counts',
  'facebook pfbid0Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0FeDcBa9ZyXwVuTs': 'no posting time shown, no followers',
  'threads C5xRr7TtUuV': 'new post: Threads hides zero counts',
  'linkedin 7305131615846445843': 'no reactions bar: LinkedIn hides zero counts',
  'linkedin 7300027986739246139': 'no reactions bar: LinkedIn hides zero counts',
  'linkedin 7305158039961646287': 'no reactions bar: LinkedIn hides zero counts',
  'instagram C4uAd00SpOn': 'sponsored: no posting time, no followers on the page',
  'instagram C4sNew0Post': 'new post: Instagram hides zero counts',
  'instagram C4dEu03Ad00': 'sponsored: no posting time, no followers on the page',
  'instagram C5nGrd01Hov': 'grid tile: hover counts, but no posting time and no author in the tile',
  'instagram C5nGrd02Rel': 'grid tile, not hovered: no counts shown',
  'instagram C5nGrd03Car': 'grid tile, not hovered: no counts shown',
  'instagram C5nGrd04Pht': 'grid tile, not hovered: no counts shown',
  'instagram C5nGrd05Pht': 'grid tile, not hovered: no counts shown',
  'instagram C5nGrd06Rel': 'grid tile, not hovered: no counts shown',
  'youtube 5czN4818mx1': 'Short on the home shelf: views only, no time, no subscribers',
  'youtube ShortSh0wn1': 'Short in a home Shorts shelf: views only, no time, no subscribers',
  'youtube ShortSh0wn2': 'Short in a home Shorts shelf: views only, no time, no subscribers',
  'youtube LiveNow1234': 'live stream: viewers now, no counts',
  'youtube ShortJa0001': 'Short in search: views only, no time, no subscribers',
  'youtube ShortJa0002': 'Short in search: views only, no time, no subscribers',
  'mastodon 110186281901757470@mastodon.example.com.br': 'only an obfuscated reply count ("1+")',
  'reddit t3_1ul2h4d': 'ad, comments turned off: no score and no comment count shown',
  'reddit t3_1v4qk3y': 'ad, comments turned off: no score and no comment count shown',
  'reddit t3_1v97enp': 'ad, comments turned off: no score and no comment count shown',
  'reddit t3_1vamjry': 'ad, comments turned off: no score and no comment count shown',
};

const seen = new Map<Platform, Seen[]>();

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
    const report = JSON.parse(out) as {
      posts: Post[];
      profile: { handle?: string | null; followers?: number | null } | null;
    };
    const onPage = report.profile?.followers != null ? report.profile.handle : undefined;
    const list = seen.get(r.platform) ?? [];
    for (const post of report.posts) {
      list.push({ post, followersOnPage: onPage != null && post.author?.handle === onPage });
    }
    seen.set(r.platform, list);
  }
}, 60_000);

const INTERACTIONS = COUNT_FIELDS.filter((f) => f !== 'views');

/** A rate by views or by followers, or a count per hour since posting: what the page holds for one. */
function figureReadable({ post, followersOnPage }: Seen): boolean {
  const interactions = INTERACTIONS.some((f) => post[f] != null);
  if (interactions && (post.views != null || followersOnPage)) return true;
  return (interactions || post.views != null) && post.publishedAt != null;
}

describe('headline coverage on the bundled pages', () => {
  it.each(PLATFORMS)('%s: a figure wherever the page holds one, else an action', (platform) => {
    const all = seen.get(platform) ?? [];
    expect(all.length).toBeGreaterThan(0);
    const figures = all.filter((s) => FIGURES.includes(s.post.badge.kind)).length;
    console.info(
      `${platform}: ${figures}/${all.length} = ${((figures / all.length) * 100).toFixed(0)}% lead with a figure (goal 95%)`,
    );
    for (const s of all) {
      const { kind, headline } = s.post.badge;
      const key = `${platform} ${s.post.postId}`;
      expect(['action', ...FIGURES], key).toContain(kind);
      expect(headline.trim(), key).not.toBe('');
      if (figureReadable(s)) expect(FIGURES, `${key}: ${headline}`).toContain(kind);
      if (kind === 'action') expect(ACTIONS[key], `${key} leads with "${headline}"`).toBeDefined();
    }
  });

  it('every listed action is still an action, and its post still lacks a count or a denominator', () => {
    const byKey = new Map<string, Seen>(
      [...seen].flatMap(([p, list]) => list.map((s) => [`${p} ${s.post.postId}`, s] as const)),
    );
    for (const key of Object.keys(ACTIONS)) {
      const s = byKey.get(key);
      expect(s, key).toBeDefined();
      expect(s?.post.badge.kind, key).toBe('action');
      expect(s && figureReadable(s), `${key}: ${ACTIONS[key]}`).toBe(false);
    }
  });
});
