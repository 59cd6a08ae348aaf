// @vitest-environment node

// The badge's one headline rule, on every platform: a rate → else a velocity → else the outlier →
// else the action that unlocks a rate; and a card whose figures each show a formula and sources.
import type { PostKnowledge } from '@/lib/messages';
import { type BadgeInput, buildBadgeView } from '@/lib/metrics/badge-model';
import type { PostReading, ProfileReading } from '@/lib/types';
import { instagramReading, storedReading } from '../fixtures/reading';

const HOUR = 3_600_000;
/** Bands as the user or the platform's descriptor gives them. */
const BANDS = { typical: 0.01, strong: 0.02, viral: 0.05 };
const NOW = Date.UTC(2026, 0, 10, 12);
const ago = (hours: number) => new Date(NOW - hours * HOUR).toISOString();

const reading = instagramReading;

/** Knowledge of a post stored once, whose author has no other stored post. */
const knowledge = (over: Partial<PostKnowledge> = {}): PostKnowledge => ({
  firstSeen: NOW - 2 * HOUR,
  lastSeen: NOW - HOUR,
  history: [storedReading(NOW - 2 * HOUR, 180)],
  authorFollowers: null,
  authorMedianEr: null,
  authorPostCount: 0,
  ...over,
});

const profile = (handle: string, followers: number): ProfileReading => ({
  platform: 'instagram',
  handle,
  name: null,
  followers,
});

const view = (r: PostReading, over: Partial<BadgeInput> = {}) =>
  buildBadgeView({
    reading: r,
    knowledge: undefined,
    bands: BANDS,
    preference: 'auto',
    locale: 'en',
    now: NOW,
    ...over,
  });

describe('the headline rule', () => {
  it.each<[string, PostReading, Partial<BadgeInput>, string, string]>([
    // 1. A rate: by views where shown, else by followers (from the post, the page or a visit).
    ['views shown: rate by views', reading({ views: 6000 }), {}, '3% of views', 'rate'],
    // A rate that is not 0 never reads as 0%: two significant digits below 0.1%.
    [
      '30 on a million views',
      reading({ likes: 30, comments: 0, views: 1_000_000 }),
      {},
      '0.003% of views',
      'rate',
    ],
    [
      '45 on a million views',
      reading({ likes: 40, comments: 5, views: 1_000_000 }),
      {},
      '0.0045% of views',
      'rate',
    ],
    ['0 on a million views', reading({ likes: 0, comments: 0, views: 1_000_000 }), {}, '0% of views', 'rate'],
    [
      'followers in the post header',
      reading({ author: { handle: 'acme', name: 'Acme', followers: 2000 } }),
      {},
      '9% of followers',
      'rate',
    ],
    [
      "followers in the page's profile header, same author (any case)",
      reading(),
      { profile: profile('ACME', 10_000) },
      '1.8% of followers',
      'rate',
    ],
    [
      'followers known from a profile visit',
      reading(),
      { knowledge: knowledge({ authorFollowers: 10_000 }) },
      '1.8% of followers',
      'rate',
    ],
    [
      'the followers preference even where views are shown',
      reading({ views: 6000 }),
      { preference: 'followers', knowledge: knowledge({ authorFollowers: 10_000 }) },
      '1.8% of followers',
      'rate',
    ],
    [
      'zero engagement over views is a rate of 0',
      reading({ likes: 0, comments: 0, views: 500 }),
      {},
      '0% of views',
      'rate',
    ],
    // 2. Else a velocity: recent (two stored readings), else since posting.
    [
      'no rate, posted 6 h ago: engagements per hour',
      reading({ publishedAt: ago(6) }),
      {},
      '30 eng/h since posting',
      'velocity',
    ],
    [
      'views only, posted 2 h ago: views per hour',
      reading({ likes: null, comments: null, views: 6000, publishedAt: ago(2) }),
      {},
      '3,000 views/h since posting',
      'velocity',
    ],
    [
      'zero counts are counts: 0 per hour',
      reading({ likes: 0, comments: 0, publishedAt: ago(6) }),
      {},
      '0 eng/h since posting',
      'velocity',
    ],
    [
      'a slow, old post: two significant digits',
      reading({ publishedAt: ago(1000) }),
      {},
      '0.18 eng/h since posting',
      'velocity',
    ],
    [
      'two stored readings: the recent velocity leads',
      reading({ publishedAt: ago(6) }),
      {
        knowledge: knowledge({
          history: [storedReading(NOW - 3 * HOUR, 100), storedReading(NOW - HOUR, 180)],
        }),
      },
      '+40 eng/h between visits',
      'velocity',
    ],
    [
      'a fall between readings',
      reading(),
      {
        knowledge: knowledge({
          history: [storedReading(NOW - 3 * HOUR, 200), storedReading(NOW - HOUR, 180)],
        }),
      },
      '−10 eng/h between visits',
      'velocity',
    ],
    [
      'saves shown for the first time are not growth between visits',
      reading({ likes: 100, comments: 10, saves: 50 }),
      {
        knowledge: knowledge({
          history: [
            storedReading(NOW - 2 * HOUR, 100, null, { comments: 10 }),
            storedReading(NOW - HOUR, 100, null, { comments: 10, saves: 50 }),
          ],
        }),
      },
      '+0 eng/h between visits',
      'velocity',
    ],
    [
      'Reddit: score per hour',
      reading({ platform: 'reddit', likes: 600, comments: 45, publishedAt: ago(3) }),
      {},
      '200 points/h since posting',
      'velocity',
    ],
    [
      'Reddit without a score: comments per hour',
      reading({ platform: 'reddit', likes: null, comments: 30, publishedAt: ago(3) }),
      {},
      '10 comments/h since posting',
      'velocity',
    ],
    // 3. Else the post against the author's usual, once 4 of their posts are stored (3 others, the
    // dashboard's OUTLIER_MIN_POSTS, and this one).
    [
      '5 stored posts: engagement against the median',
      reading(),
      { knowledge: knowledge({ authorMedians: { engagement: [60, 4], views: [null, 0] } }) },
      '3× usual',
      'outlier',
    ],
    [
      'views against the median views (a video grid)',
      reading({ likes: null, comments: null, views: 32_000 }),
      { knowledge: knowledge({ authorMedians: { engagement: [null, 0], views: [10_000, 6] } }) },
      '3.2× usual',
      'outlier',
    ],
    [
      'the minimum is a parameter',
      reading(),
      {
        outlierMinPosts: 3,
        knowledge: knowledge({ authorMedians: { engagement: [120, 2], views: [null, 0] } }),
      },
      '1.5× usual',
      'outlier',
    ],
    // 4. Else what unlocks a rate.
    [
      '3 stored posts are not enough: visit the profile',
      reading(),
      { knowledge: knowledge({ authorMedians: { engagement: [60, 2], views: [null, 0] } }) },
      "open @acme's profile once to rate by followers",
      'action',
    ],
    [
      'no posting time: visit the profile',
      reading(),
      {},
      "open @acme's profile once to rate by followers",
      'action',
    ],
    [
      'a posting time in the future is no posting time',
      reading({ publishedAt: new Date(NOW + HOUR).toISOString() }),
      {},
      "open @acme's profile once to rate by followers",
      'action',
    ],
    [
      'a company page is named, not @company/…',
      reading({ platform: 'linkedin', author: { handle: 'company/acme', name: 'Acme Corp' } }),
      {},
      "open Acme Corp's profile once to rate by followers",
      'action',
    ],
    [
      'a profile of someone else does not count',
      reading(),
      { profile: profile('other', 10_000) },
      "open @acme's profile once to rate by followers",
      'action',
    ],
    [
      'views without a posting time',
      reading({ likes: null, comments: null, views: 17_458 }),
      {},
      'open the post for its posting time',
      'action',
    ],
    [
      'Reddit without a posting time (its users show no followers)',
      reading({ platform: 'reddit' }),
      { profileFollowers: false },
      'open the post for its posting time',
      'action',
    ],
    [
      'a platform whose profiles show followers, without a posting time',
      reading({ publishedAt: null }),
      { profileFollowers: true },
      "open @acme's profile once to rate by followers",
      'action',
    ],
    [
      'no author and no posting time',
      reading({ author: { handle: null, name: null } }),
      {},
      'open the post for its posting time',
      'action',
    ],
    [
      'no counts at all',
      reading({ likes: null, comments: null, publishedAt: ago(6) }),
      {},
      'open the post: no counts shown here',
      'action',
    ],
  ])('%s', (_, r, over, headline, kind) => {
    const v = view(r, over);
    expect(v.headline).toBe(headline);
    expect(v.kind).toBe(kind);
  });

  it('says when a post too young for a rate per hour will have one', () => {
    const v = view(reading({ publishedAt: ago(1 / 60) }));
    expect(v.kind).toBe('action');
    const at = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(
      NOW + 4 * 60_000,
    );
    expect(v.headline).toBe(`too new: a rate from ${at}`);
    expect(v.formula).toBe('(likes + comments) / hours since posting');
  });

  it('never leads with the sum of the counts the page shows', () => {
    const v = view(reading());
    expect(v.kind).not.toBe('raw');
    expect(v.headline).not.toContain('180');
  });

  it.each([
    ['below', 0.001],
    ['typical', 0.01],
    ['strong', 0.03],
    ['viral', 0.2],
  ] as const)('colours a rate with the platform bands: %s', (band, rate) => {
    expect(view(reading({ likes: rate * 10_000, comments: 0, views: 10_000 })).band).toBe(band);
  });

  it.each([
    // 3,999 likes on 200,000 views is 1.9995%, shown "2%": strong from 2%, as the badge reads.
    ['strong', 3_999, '2%'],
    // 3,989 is 1.9945%, shown "1.99%": still typical.
    ['typical', 3_989, '1.99%'],
  ] as const)('bands a rate as its headline shows it: %s at %s likes (%s)', (band, likes, shown) => {
    const v = view(reading({ likes, comments: 0, views: 200_000 }));
    expect(v.headline).toContain(shown);
    expect(v.band).toBe(band);
  });

  it.each([
    ['a velocity', reading({ publishedAt: ago(6) })],
    ['an action', reading()],
  ])('gives %s no band: the bands are for engagement rates', (_, r) => {
    expect(view(r).band).toBeNull();
  });
});

describe('the headline formula', () => {
  it.each<[string, PostReading, Partial<BadgeInput>, string]>([
    ['rate by views', reading({ views: 6000 }), {}, '(likes + comments) / views = (150 + 30) / 6,000'],
    ['one count shown', reading({ comments: null, views: 6000 }), {}, 'likes / views = 150 / 6,000'],
    [
      'since posting',
      reading({ publishedAt: ago(6) }),
      {},
      '(likes + comments) / hours since posting = (150 + 30) / 6 h',
    ],
    [
      'Reddit score since posting',
      reading({ platform: 'reddit', likes: 600, publishedAt: ago(3) }),
      {},
      'score / hours since posting = 600 / 3 h',
    ],
    [
      'between visits',
      reading(),
      {
        knowledge: knowledge({
          history: [
            storedReading(NOW - 3 * HOUR, 80, null, { comments: 20 }),
            storedReading(NOW - HOUR, 150, null, { comments: 30 }),
          ],
        }),
      },
      'Δ (likes + comments) / Δ hours = (180 − 100) / 2 h',
    ],
    [
      // Only the counts both readings show are compared, and the formula names them.
      'between visits, saves shown only in the later reading',
      reading({ likes: 100, comments: 10, saves: 50 }),
      {
        knowledge: knowledge({
          history: [
            storedReading(NOW - 3 * HOUR, 90, null, { comments: 10 }),
            storedReading(NOW - HOUR, 100, null, { comments: 10, saves: 50 }),
          ],
        }),
      },
      'Δ (likes + comments) / Δ hours = (110 − 100) / 2 h',
    ],
    [
      'outlier',
      reading(),
      { knowledge: knowledge({ authorMedians: { engagement: [60, 4], views: [null, 0] } }) },
      "engagement / median engagement of @acme's other posts = 180 / 60",
    ],
    ['action: the formula it unlocks', reading(), {}, '(likes + comments) / followers'],
  ])('%s', (_, r, over, formula) => {
    expect(view(r, over).formula).toBe(formula);
  });
});

describe('the card', () => {
  const figure = (r: PostReading, label: string, over: Partial<BadgeInput> = {}) =>
    view(r, over).figures.find((f) => f.label === label);

  it('gives every figure a formula and its sources', () => {
    const v = view(reading({ views: 6000, publishedAt: ago(6) }), { knowledge: knowledge() });
    expect(v.figures.map((f) => f.label)).toEqual([
      'ER by views',
      'ER by followers',
      'Engagements per hour since posting',
      'Views per hour since posting',
      'Engagements per hour between visits',
      "Against @acme's usual",
    ]);
    for (const f of v.figures) {
      expect(f.formula).not.toBe('');
      expect(f.from).not.toBe('');
    }
  });

  it.each<[string, Partial<PostReading>, Partial<BadgeInput>, string]>([
    [
      'the post header',
      { author: { handle: 'acme', name: 'Acme', followers: 2000 } },
      {},
      "counts: this page; followers: 2,000, this post's header",
    ],
    [
      'the page header',
      {},
      { profile: profile('acme', 12_300) },
      "counts: this page; followers: 12,300, this page's header",
    ],
    [
      'a stored reading of unknown source, with its age',
      {},
      { knowledge: knowledge({ authorFollowers: 12_300, authorFollowersAt: NOW - 2 * 24 * HOUR }) },
      'counts: this page; followers: 12,300, read from a page you visited 2 days ago',
    ],
    [
      "the author's profile page",
      {},
      {
        knowledge: knowledge({
          authorFollowers: 12_300,
          authorFollowersAt: NOW - 3 * HOUR,
          authorFollowersSource: 'profile',
        }),
      },
      "counts: this page; followers: 12,300, read from @acme's profile page 3 hours ago",
    ],
    ['nowhere yet: what to do', {}, {}, "counts: this page; followers: open @acme's profile once"],
  ])('says where the followers come from: %s', (_, r, over, from) => {
    expect(figure(reading(r), 'ER by followers', over)?.from).toBe(from);
  });

  it('says "needs …" for a figure whose input is missing, never 0', () => {
    const v = view(reading());
    expect(v.figures.slice(0, 2).map((f) => f.value)).toEqual([
      'needs a view count above 0',
      'needs a follower count above 0',
    ]);
    expect(v.counts.find((c) => c.label === 'Reposts')?.value).toBe('not shown');
  });

  it('shows a zero count as 0, not as not shown', () => {
    const v = view(reading({ likes: 0, comments: 0, reposts: 0 }));
    expect(v.counts.slice(0, 3).map((c) => c.value)).toEqual(['0', '0', '0']);
  });

  it('does not say "no counts" beside the views it shows', () => {
    const v = view(reading({ likes: null, comments: null, views: 17_458 }));
    expect(v.counts.find((c) => c.label === 'Views')?.value).toBe('17,458');
    expect(JSON.stringify(v)).not.toMatch(/no counts/);
  });

  it('counts stored readings the same way in the velocity figure and the seen line', () => {
    const v = view(reading(), { knowledge: knowledge() });
    expect(v.seen).toMatch(/^First seen .* · last seen .* · 1 stored reading$/);
    expect(v.figures.find((f) => f.label.endsWith('between visits'))?.value).toBe(
      'needs 2 stored readings; 1 so far',
    );
  });

  it.each([
    [1, '1 other post by @acme stored by PostLens'],
    [2, '2 other posts by @acme stored by PostLens'],
  ])('writes singular and plural: %i other post(s)', (n, from) => {
    const k = knowledge({ authorMedians: { engagement: [60, n], views: [null, 0] } });
    expect(figure(reading(), "Against @acme's usual", { knowledge: k })?.from).toBe(from);
  });

  it('tells how far the outlier is: posts stored so far', () => {
    const k = knowledge({ authorMedians: { engagement: [60, 1], views: [null, 0] } });
    expect(figure(reading(), "Against @acme's usual", { knowledge: k })?.value).toBe(
      'needs 4 stored posts by @acme; 2 so far',
    );
  });

  it('names a Reddit score as such', () => {
    const v = view(reading({ platform: 'reddit', publishedAt: ago(3) }));
    expect(v.counts[0]).toEqual({ label: 'Score', value: '150' });
    expect(v.figures.map((f) => f.label)).toContain('Comments per hour since posting');
  });

  it('says where the posting time comes from, or that there is none', () => {
    expect(figure(reading({ publishedAt: ago(6) }), 'Engagements per hour since posting')?.from).toMatch(
      /^posted .*, this page says$/,
    );
    expect(figure(reading(), 'Engagements per hour since posting')?.from).toBe(
      'this page gives no posting time',
    );
  });
});

describe('the label (screen readers, tooltip)', () => {
  const twoReadings = knowledge({
    history: [storedReading(NOW - 3 * HOUR, 6000, 100_000), storedReading(NOW - HOUR, 6180, 106_000)],
  });

  it('says the headline in words, with the band', () => {
    expect(view(reading({ views: 6000 })).label).toBe('PostLens: 3% of views, strong for this platform');
    expect(view(reading({ publishedAt: ago(6) })).label).toBe(
      'PostLens: 30 engagements per hour since posting',
    );
  });

  it('adds the recent velocity and the outlier to a rate', () => {
    const k = { ...twoReadings, authorMedianEr: 0.01, authorPostCount: 4 };
    expect(view(reading({ views: 6000 }), { knowledge: k }).label).toBe(
      'PostLens: 3% of views, strong for this platform, +90 engagements per hour between visits, 3× usual',
    );
  });

  it('does not speak of a velocity per hour between visits on a first visit', () => {
    expect(view(reading({ views: 6000, publishedAt: ago(6) })).label).not.toContain('per hour');
  });
});
