// @vitest-environment node

// Hashtags and mentions from post text, and the per-tag medians. Expected values are by hand.
import { buildTopicReport, extractTags, type TopicInput } from '@/lib/insights';

const tags = (text: string) => extractTags(text).map((t) => t.text);

describe('extractTags', () => {
  it.each([
    ['#MarketingTips are great', ['#MarketingTips']],
    ['Un #café au #日本', ['#café', '#日本']],
    ['Devanagari marks stay in: #हिंदी', ['#हिंदी']],
    ['full-width sign: ＃タグ', ['#タグ']],
    ['all digits are not topics: #1 #2024, but #2024goals is', ['#2024goals']],
    ['glued to a word: abc#notatag, C# and F#', []],
    ['URL fragments: example.com/#anchor https://x.com/page#frag www.site.org/#top', []],
    ['HTML entities: &#39; &#x27; &#xDEAD;', []],
    ['<b>#bold</b> <script>alert("#x")</script>', ['#bold', '#x']],
    ['emoji around: 🚀#launch 🎉 #🎉', ['#launch']],
    ['one post counts once: #AI #ai #Ai', ['#AI']],
    ['after punctuation: done.#ship (#wip) "#quoted"', ['#ship', '#wip', '#quoted']],
    ['hi @alice, thanks', ['@alice']],
    [
      'Mastodon @user@mastodon.social and Bluesky @name.bsky.social.',
      ['@user@mastodon.social', '@name.bsky.social'],
    ],
    ['Instagram @john.doe. and @jane_doe-x!', ['@john.doe', '@jane_doe-x']],
    ['e-mails are not mentions: a@b.com, first.last+tag@example.org', []],
    ['a profile link is not a mention: https://mastodon.social/@user', []],
    ['(@bob) and @@double', ['@bob']],
    ['a bare @ or # means nothing: @ # @. #_', []],
    ['both kinds: #news by @Reporter', ['#news', '@Reporter']],
  ])('%s', (text, expected) => {
    expect(tags(text)).toEqual(expected);
  });

  it('groups composed and decomposed accents as one tag', () => {
    const composed = extractTags('#caf\u00e9')[0]!;
    const decomposed = extractTags('#cafe\u0301')[0]!;
    expect(decomposed.key).toBe(composed.key);
    expect(decomposed.key).toBe('#caf\u00e9');
  });

  it('keeps the kind apart: #bob and @bob are two tags', () => {
    expect(extractTags('#bob @bob').map((t) => [t.kind, t.key])).toEqual([
      ['hashtag', '#bob'],
      ['mention', '@bob'],
    ]);
  });

  it('reads a very long text in time', () => {
    const text = `${'a'.repeat(200_000)} ${'@x.'.repeat(20_000)} #end ${'#'.repeat(50_000)}`;
    const started = performance.now();
    expect(tags(text)).toEqual(['#end', '@x']);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('buildTopicReport', () => {
  const row = (text: string, er: number | null, velocity: number | null = null): TopicInput => ({
    text,
    erViews: er,
    velocity,
  });

  // #ai: posts 1-4; ERs 0.02, 0.04, 0.06 (post 3 has none) → median 0.04; velocities 10, 30, 20
  // (post 2 has none) → median 20; casings per post #AI, #ai, #Ai, #ai → "#ai".
  // @bob: post 1 only. #solo: post 6 only, no ER, no velocity.
  const rows = [
    row('#AI rocks, ask @bob', 0.02, 10),
    row('#ai again #AI', 0.04, null),
    row('#Ai', null, 30),
    row('more #ai', 0.06, 20),
    row('no tags here', 0.5, 99),
    row('#solo', null, null),
  ];

  it('counts posts, medians and the most used casing per tag', () => {
    const r = buildTopicReport(rows, 3);
    expect(r.postsRead).toBe(6);
    expect(r.untagged).toBe(1);
    // Unrated ties on posts go by key, and '#' sorts before '@'.
    expect(r.topics.map((t) => t.key)).toEqual(['#ai', '#solo', '@bob']);
    const ai = r.topics[0]!;
    expect(ai).toMatchObject({
      kind: 'hashtag',
      label: '#ai',
      posts: 4,
      withEr: 3,
      withVelocity: 3,
      rated: true,
    });
    expect(ai.medianEr).toBeCloseTo(0.04, 12);
    expect(ai.medianVelocity).toBe(20);
    expect(r.topics[2]).toMatchObject({ kind: 'mention', label: '@bob', posts: 1, withEr: 1, rated: false });
    expect(r.topics[2]!.medianEr).toBeCloseTo(0.02, 12);
    expect(r.topics[2]!.medianVelocity).toBe(10);
    expect(r.topics[1]).toMatchObject({
      posts: 1,
      withEr: 0,
      medianEr: null,
      medianVelocity: null,
      rated: false,
    });
  });

  it('takes the mean of the two middle values for an even count', () => {
    const r = buildTopicReport(
      [row('#x', 0.01, 10), row('#x', 0.04, 20), row('#x', 0.02, 5), row('#x', 0.1, 40)],
      1,
    );
    expect(r.topics[0]!.medianEr).toBeCloseTo(0.03, 12);
    expect(r.topics[0]!.medianVelocity).toBe(15);
  });

  it('shows the first casing seen when casings are used equally', () => {
    expect(buildTopicReport([row('#Growth', 0.1), row('#GROWTH', 0.1)]).topics[0]!.label).toBe('#Growth');
  });

  it.each([
    // [posts with an ER, posts without, minimum sample, rated]
    [2, 0, 3, false],
    [3, 0, 3, true],
    [2, 4, 3, false],
    [1, 0, 1, true],
  ])('%i posts with an ER and %i without, sample %i: rated %s', (withEr, without, minSample, rated) => {
    const list = [...Array(withEr).fill(row('#t', 0.01)), ...Array(without).fill(row('#t', null))];
    expect(buildTopicReport(list, minSample).topics[0]!.rated).toBe(rated);
  });

  it('ranks rated tags by median ER, then the rest by posts', () => {
    const list = [
      ...[0.01, 0.01].map((er) => row('#low @many', er)),
      ...[0.05, 0.05].map((er) => row('#high', er)),
      row('#rare', 0.9),
      row('@many', null),
      row('@many', null),
    ];
    // Sample 2: #high (0.05) > #low (0.01) are rated; @many has 2 ERs too (0.01, 0.01) → rated,
    // ties with #low on ER and wins on posts (4 against 2); #rare has one ER → after the rated.
    expect(buildTopicReport(list, 2).topics.map((t) => t.key)).toEqual(['#high', '@many', '#low', '#rare']);
  });

  it('ignores NaN and Infinity as missing values', () => {
    const t = buildTopicReport([row('#z', Number.NaN, Number.POSITIVE_INFINITY)], 1).topics[0]!;
    expect(t).toMatchObject({ posts: 1, withEr: 0, medianEr: null, withVelocity: 0, medianVelocity: null });
  });
});
