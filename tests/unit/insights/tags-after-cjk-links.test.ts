// @vitest-environment node

// Hashtags and mentions in lib/insights (tags, topics, top posts, follower change, overview measures).
import { buildTopicReport, extractTags } from '@/lib/insights';

const tags = (text: string) => extractTags(text).map((t) => t.text);

// A link ends where the characters a URL can hold end. X's own extractor, twitter-text, lists
// them (twitter/twitter-text js/src/regexp/validGeneralUrlPathChars.js: ASCII letters, digits,
// Latin accents, Cyrillic and !*';:=+,.$/%#[]-–_~@|&), and its conformance suite ends a link at
// the Japanese text glued to it ("twitter.comこれは日本語です。example.com中国語…" gives
// "twitter.com", "example.com", …). Japanese and Chinese posts seldom put a space around a link;
// an ideographic full stop, comma or full-width mark is never part of one, so a tag after it is
// the post's, as X links it.
describe('a link glued to CJK text does not swallow the tags after it', () => {
  it.each([
    ['夏のキャンペーン詳細はhttps://example.com/summer。#夏キャンペーン', ['#夏キャンペーン']],
    ['新品発売！https://shop.example.jp/item、@brand_jp にも感謝', ['@brand_jp']],
    ['详情请看https://example.cn/a！#新品 #上市', ['#新品', '#上市']],
    ['www.example.jp/news「#お知らせ」', ['#お知らせ']],
  ])('%s', (text, expected) => {
    expect(tags(text)).toEqual(expected);
  });

  it('still takes out what a link holds: its fragment and path, up to the next space', () => {
    expect(tags('https://example.com/a#frag https://mastodon.social/@user #kept')).toEqual(['#kept']);
  });

  it('counts the post as tagged in the topics table, not as one with none', () => {
    const r = buildTopicReport(
      [{ text: '詳細はhttps://example.com/cp。#プレゼント企画', erViews: 0.05, velocity: null }],
      1,
    );
    expect(r.untagged).toBe(0);
    expect(r.topics.map((t) => t.key)).toEqual(['#プレゼント企画']);
  });
});

describe('a full-width sign glued to a link is glued to its last word', () => {
  it('does not count "＃タグ" or "＠user" right after a link as a tag', () => {
    expect(tags('https://x.com/page#frag＃タグ https://example.com/a＠user')).toEqual([]);
  });
});
