// @vitest-environment node

// The faster extractTags and buildTopicReport give exactly what the implementation before them
// gave (tests/unit/insights/reference/topics-before.ts), on many seeded random texts: hashtags and
// mentions in several scripts and cases (accents composed and decomposed, Greek final sigma,
// Turkish dotted I, German ß, CJK, Devanagari marks), the full-width sign, signs glued to words,
// links, e-mail addresses and HTML entities, punctuation, emoji, repeats in one post, empty texts;
// and ERs (by views, by followers, both or none, under every Settings choice) and velocities null,
// tied or missing, under every minimum sample.
import { buildTopicReport, extractTags, type TopicInput } from '@/lib/insights';
import { type Random, random } from '../random';
import * as before from './reference/topics-before';

// Words of several scripts and cases, one space apart (none holds a space).
const WORDS = (
  'AI ai Ai aI café cafe\u0301 CAFÉ Caf\u00c9 ΣΟΦΙΑ σοφια ΟΔΟΣ İstanbul ıstanbul Straße STRASSE 日本 タグ ' +
  'हिंदी Привет ПРИВЕТ launch Launch topic1 2024 2024goals _ a_b ǅemal ﬁne K \u212a Å \u212b A\u030a x'
).split(' ');
const SIGNS = ['#', '#', '#', '＃', '@', '@', '@@', '#@', '&#', '/#', '/@', '.@', '+@', '-@', 'a#', 'a@'];
// What goes between the parts: spaces most often, else one sign (an emoji is one code point too).
const GLUE = ['', ' ', ' ', ' ', ...'.,!()"-.\n\t🚀🎉/&+:…\u00a0'];
const LINKS = [
  'https://x.com/page#frag',
  'http://example.com/@user',
  'www.site.org/#top',
  'HTTPS://Mastodon.social/@me',
];
const SERVERS = ['@mastodon.social', '@a.b', '@x', '.bsky.social', '.', '-x', '.co.uk'];

function text(rnd: Random): string {
  let s = '';
  const parts = rnd.int(14);
  for (let i = 0; i < parts; i++) {
    s += rnd.pick([
      () => rnd.pick(SIGNS) + rnd.pick(WORDS),
      () => rnd.pick(SIGNS) + rnd.pick(WORDS) + rnd.pick(WORDS),
      () => `@${rnd.pick(WORDS)}${rnd.pick(SERVERS)}`,
      () => `#${rnd.pick(WORDS)}`,
      () => rnd.pick(WORDS),
      () => rnd.pick(LINKS),
      () => 'a@b.com',
      () => '&#39;',
      () => '#',
      () => '@',
    ])();
    s += rnd.pick(GLUE);
  }
  return s;
}

describe('extractTags gives what it gave before', () => {
  it.each(Array.from({ length: 10 }, (_, i) => i + 1))('seed %i: 2,000 random texts', (seed) => {
    const rnd = random(seed);
    for (let i = 0; i < 2000; i++) {
      const s = text(rnd);
      expect(extractTags(s)).toEqual(before.extractTags(s));
    }
  });

  it.each([
    '',
    'no signs at all',
    'Post 1 of the storage benchmark #topic1 #launch1, with @bench_author_2.',
    '#AI #ai #Ai @AI @ai',
    '#cafe\u0301 #caf\u00e9 #CAF\u00c9',
    '#ΟΔΟΣ #οδος #οδοσ',
    '#İstanbul #istanbul #i̇stanbul',
  ])('%j', (s) => {
    expect(extractTags(s)).toEqual(before.extractTags(s));
  });
});

describe('buildTopicReport gives what it gave before', () => {
  const value = (rnd: Random): number | null =>
    rnd.pick([null, null, 0, -0, 0.01, 0.02, 0.02, 0.5, 1, -1, rnd.next(), rnd.int(100)]);

  it.each(Array.from({ length: 10 }, (_, i) => i + 1))('seed %i: 40 random reports', (seed) => {
    const rnd = random(seed);
    for (let round = 0; round < 40; round++) {
      const rows: TopicInput[] = Array.from({ length: rnd.pick([0, 1, 10, 100, 400]) }, () => ({
        text: rnd.chance(0.1) ? '' : text(rnd),
        erViews: value(rnd),
        erFollowers: value(rnd),
        erBasis: rnd.pick([undefined, null, 'views', 'followers'] as const),
        velocity: value(rnd),
        engagement: rnd.pick([undefined, null, 0, 5]),
      }));
      const minSample = rnd.pick([undefined, 0, 1, 2, 2.5, 3, 5, -1, Number.NaN, Number.POSITIVE_INFINITY]);
      const pref = rnd.pick([undefined, 'auto', 'views', 'followers'] as const);
      expect(buildTopicReport(rows, minSample, pref)).toEqual(before.buildTopicReport(rows, minSample, pref));
    }
  });

  // Few tags in many casings, several to a post: ties between casings, decided by which casing
  // was counted first (a casing first met as a repeat in a post is not counted there).
  const CASINGS = ['#AI', '#ai', '#Ai', '#aI', '@Bob', '@bob', '#caf\u00e9', '#cafe\u0301', '#CAFÉ', '#x'];
  it.each(Array.from({ length: 10 }, (_, i) => i + 1))('seed %i: 100 reports of casing ties', (seed) => {
    const rnd = random(seed);
    for (let round = 0; round < 100; round++) {
      const rows: TopicInput[] = Array.from({ length: 1 + rnd.int(12) }, () => ({
        text: Array.from({ length: rnd.int(4) }, () => rnd.pick(CASINGS)).join(' '),
        erViews: value(rnd),
        velocity: value(rnd),
      }));
      expect(buildTopicReport(rows, 1)).toEqual(before.buildTopicReport(rows, 1));
    }
  });

  it('a casing first met as a repeat in a post ranks from when it is first counted', () => {
    // #ai is met in post 1 after #AI (not counted), counted in posts 3 and 5; #Ai in posts 2
    // and 4: #Ai was counted first, so it wins the tie.
    const rows = ['#AI #ai', '#Ai', '#ai', '#Ai', '#ai'].map((text) => ({
      text,
      erViews: 0.1,
      velocity: null,
    }));
    expect(buildTopicReport(rows).topics[0]!.label).toBe('#Ai');
    expect(buildTopicReport(rows)).toEqual(before.buildTopicReport(rows));
  });

  it('on the bench posts: 1,000 posts of 60 topics, 7 campaigns and 500 authors', () => {
    const rows: TopicInput[] = Array.from({ length: 1000 }, (_, i) => ({
      text: `Post ${i} of the storage benchmark #topic${i % 60} #launch${i % 7}, with @bench_author_${(i + 1) % 500}.`,
      erViews: i % 11 === 0 ? null : (i % 13) / 100,
      velocity: i % 3 === 0 ? null : i % 17,
    }));
    expect(buildTopicReport(rows)).toEqual(before.buildTopicReport(rows));
  });
});
