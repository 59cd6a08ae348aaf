// @vitest-environment node

// What may stand right before a tag's sign, and what may not follow it, as X's own extractor,
// twitter-text, decides (twitter/twitter-text js/src/regexp/hashtagBoundary.js, validHashtag.js,
// validMentionPrecedingChars.js, and its conformance/extract.yml): an emoji's presentation
// selector U+FE0E/U+FE0F is no word before a tag; "#️⃣" is the keycap emoji; a mention may follow
// Japanese or Chinese text directly, a hashtag may not.
import { buildTopicReport, extractTags } from '@/lib/insights';

const tags = (text: string) => extractTags(text).map((t) => t.text);

describe('a tag right after an emoji counts', () => {
  it.each([
    ['Love it ❤️#love', ['#love']],
    ['⭐️#review', ['#review']],
    ['✈️#travel 🏳️‍⚧️#pride', ['#travel', '#pride']],
    ['いいね❤️#夏', ['#夏']],
    ['text style ☺\ufe0e#calm', ['#calm']],
    ['thanks ❤️@nasa', ['@nasa']],
    ['winner 1️⃣@bob', ['@bob']],
    ['flag 🏴󠁧󠁢󠁳󠁣󠁴󠁿#scotland', ['#scotland']],
  ])('%s', (text, expected) => {
    expect(tags(text)).toEqual(expected);
  });
});

describe('the keycap emoji "#️⃣" is not a hashtag', () => {
  it.each([
    ['#️⃣Steps to grow', []],
    ['#\ufe0fhello', []],
    ['#\u20e3hello', []],
    ['＃\ufe0fhello', []],
    // A keycap is an enclosing mark, part of the emoji before it, as on X.
    ['1️⃣#first', []],
    ['#️⃣ #steps', ['#steps']],
  ])('%s', (text, expected) => {
    expect(tags(text)).toEqual(expected);
  });
});

describe('after text in a script written without spaces', () => {
  it.each([
    // A mention glued to Japanese, Chinese or Thai text is one on X.
    ['ありがとう@NHK_PR', ['@NHK_PR']],
    ['本日の配信は@nhk_pr から', ['@nhk_pr']],
    ['今天见到了＠weibo_user', ['@weibo_user']],
    ['ラーメン@ramen.tokyo', ['@ramen.tokyo']],
    ['ขอบคุณ@bangkokpost', ['@bangkokpost']],
    ['ขอบคุณที่@bkk', ['@bkk']],
    // A hashtag glued to a word is none, in any script ("DO NOT extract a hashtag without a
    // preceding space" in twitter-text's conformance suite).
    ['日本語ハッシュタグ#日本語ハッシュタグ', []],
    ['いいね#夏', []],
    ['नमस्ते#भारत', []],
    ['日本語ハッシュテスト。#日本語ハッシュタグ', ['#日本語ハッシュタグ']],
  ])('%s', (text, expected) => {
    expect(tags(text)).toEqual(expected);
  });
});

describe('what stays out', () => {
  it.each([
    ['e-mails: a@b.com, first.last+tag@example.org, info＠acme.jp', []],
    ['an address with accents is an address: josé@example.com, müller@firma.de', []],
    ['decomposed: jose\u0301@example.com', []],
    ['Cyrillic: иван@почта.рф, Greek: νίκος@mail.gr', []],
    ['glued to a word: abc#notatag, C# and F#', []],
    ['URL fragments: example.com/#anchor, a slash /@user', []],
    ['HTML entity &#39; and a double @@x', []],
  ])('%s', (text, expected) => {
    expect(tags(text)).toEqual(expected);
  });
});

describe('in the topics table', () => {
  it('counts the posts whose tag follows an emoji as tagged with it', () => {
    const rows = ['Sunset ❤️#love', 'Beach day ☀️#summer #love', 'Tickets ➡️ #love', 'Hiking ⛰️#outdoors #love'];
    const report = buildTopicReport(
      rows.map((text) => ({ text, erViews: 0.02, velocity: null })),
      3,
    );
    expect(report.untagged).toBe(0);
    expect(report.topics.map((tp) => [tp.label, tp.posts])).toEqual([
      ['#love', 4],
      ['#outdoors', 1],
      ['#summer', 1],
    ]);
  });
});
