// `npm run inspect -- <page> --url <url> --badges`: every post gets the badge PostLens would draw
// on a first visit, `{ headline, kind, formula }`, from the same buildBadgeView whose headline is
// the chip's text. Without --badges the output stays as pinned (tests/unit/inspect/inspect-golden).
import { BadgeLayer } from '@/components/badge/badge-layer';
import { buildBadgeChip } from '@/lib/metrics/badge-chip';
import type { PostReading, ProfileReading } from '@/lib/types';
import { main } from '@/tests/tools/inspect';

const NOW = '2026-12-01T00:00:00.000Z';

async function inspect(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
  });
  return { code, out, err };
}

interface Report {
  posts: Array<PostReading & { badge?: { headline: string; kind: string; formula: string } }>;
  profile: ProfileReading | null;
  locale: string;
}

const TWEET = [
  'tests/fixtures/x/x-tweet-sample.html',
  '--url',
  'https://x.com/TestUser123/status/1981398750557065646',
];
const MASTODON = ['tests/fixtures/mastodon/profile-en.html', '--url', 'https://mastodon.social/@alice'];

describe('inspect --badges', () => {
  it('adds a badge to every post and changes nothing else', async () => {
    const plain = JSON.parse((await inspect(...MASTODON)).out) as Report;
    const withBadges = JSON.parse((await inspect(...MASTODON, '--badges', '--now', NOW)).out) as Report;
    expect(plain.posts.every((p) => !('badge' in p))).toBe(true);
    expect(withBadges.posts.map(({ badge: _, ...p }) => p)).toEqual(plain.posts);
    expect(withBadges.profile).toEqual(plain.profile);
    for (const p of withBadges.posts) expect(Object.keys(p.badge!)).toEqual(['headline', 'kind', 'formula']);
  });

  it.each([
    [
      'a tweet with views: rate by views',
      TWEET,
      {
        headline: '2.53% of views',
        kind: 'rate',
        formula: '(likes + comments + reposts + saves) / views = (553 + 48 + 152 + 9) / 30,142',
      },
    ],
    [
      "a profile's own post: rate by the followers in its header",
      MASTODON,
      { headline: '2.49% of followers', kind: 'rate', formula: 'comments / followers = 1,200 / 48,213' },
    ],
  ])('%s', async (_, args, badge) => {
    const r = JSON.parse((await inspect(...args, '--badges', '--now', NOW)).out) as Report;
    expect(r.posts[0]!.badge).toEqual(badge);
  });

  it("prints the chip's text: the badge layer draws the same headline", async () => {
    const r = JSON.parse((await inspect(...MASTODON, '--badges', '--now', NOW)).out) as Report;
    document.body.innerHTML = '<article></article>';
    const layer = new BadgeLayer(document, '');
    for (const { badge, ...post } of r.posts) {
      const v = buildBadgeChip({
        reading: post,
        knowledge: undefined,
        preference: 'auto',
        locale: r.locale,
        profile: r.profile,
        now: Date.parse(NOW),
      });
      layer.show(document.querySelector('article')!, null, v);
      const chip = document.querySelector('postlens-badge')!.shadowRoot!.querySelector('button')!;
      expect(chip.textContent).toBe(badge!.headline);
    }
  });

  it('divides by the clock --now gives', async () => {
    const at = (now: string) =>
      inspect(...MASTODON, '--badges', '--now', now).then(
        (x) => (JSON.parse(x.out) as Report).posts[2]!.badge,
      );
    // A boost by another author, posted 2025-03-03T15:05:45Z with 0 replies: 0 per hour whatever
    // the clock, over the hours since posting that --now gives.
    expect((await at('2025-03-04T15:05:45.387Z'))?.formula).toBe('comments / hours since posting = 0 / 24 h');
    expect((await at('2025-03-03T15:06:45Z'))?.headline).toMatch(/^too new: a rate from /);
  });

  it.each([
    [['--badges', '--now', 'yesterday'], /--now "yesterday" is not an ISO 8601 time/],
    [['--badges', '--now'], /--now needs a value/],
  ])('refuses %j', async (extra, message) => {
    const r = await inspect(...TWEET, ...extra);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});
