// @vitest-environment node

// Hashtags and mentions as real posts write them: words that need a joiner to be spelt, the same
// tag in another case, and the public-reply mention.
import { buildTopicReport, extractTags } from '@/lib/insights';

const keys = (text: string) => extractTags(text).map((u) => u.key);

describe('a hashtag keeps the joiners its word is spelt with', () => {
  it('keeps a Persian hashtag whole across its zero-width non-joiner', () => {
    // "می‌خواهم" (I want) is one word: the ZWNJ (U+200C) only stops the two letters from joining.
    expect(keys('امروز #می\u200cخواهم سفر کنم')).toEqual(['#می\u200cخواهم']);
  });

  it('keeps a Devanagari hashtag whole across its zero-width joiner', () => {
    expect(keys('#क्\u200dष today')).toEqual(['#क्\u200dष']);
  });

  it('does not take a joiner into a tag when no letter follows it (an emoji sequence)', () => {
    expect(keys('#tag\u200d👩 #love\u200c!')).toEqual(['#tag', '#love']);
  });

  it('ranks the posts of a Persian hashtag as one tag, not as the word before its joiner', () => {
    const report = buildTopicReport(
      [
        { text: '#می\u200cخواهم', erViews: 0.1, velocity: null },
        { text: '#می\u200cخواهم', erViews: 0.2, velocity: null },
        { text: '#می', erViews: 0.9, velocity: null },
      ],
      1,
    );
    expect(report.topics.map((tp) => [tp.label, tp.posts])).toEqual([
      ['#می', 1],
      ['#می\u200cخواهم', 2],
    ]);
  });
});

describe('the same tag in another case', () => {
  it('counts #İstanbul, #istanbul and #ISTANBUL as one tag (case is ignored)', () => {
    const report = buildTopicReport(
      [
        { text: 'Merhaba #İstanbul', erViews: 0.1, velocity: null },
        { text: 'güzel #istanbul', erViews: 0.2, velocity: null },
        { text: '#ISTANBUL ❤️', erViews: 0.3, velocity: null },
      ],
      3,
    );
    expect(report.topics.map((tp) => [tp.key, tp.posts, tp.rated, tp.medianEr])).toEqual([
      ['#istanbul', 3, true, 0.2],
    ]);
  });
});

describe('mentions', () => {
  it('counts the ".@handle" of a public reply as a mention of the handle', () => {
    expect(keys('.@NASA thank you for the launch stream')).toEqual(['@nasa']);
  });
});

describe('the full-width at sign', () => {
  it('counts "＠handle" (as Japanese keyboards type it) as a mention, as it counts "＃tag" as a hashtag', () => {
    expect(keys('＠NHK_PR ありがとう ＃地震')).toEqual(['#地震', '@nhk_pr']);
  });

  it('groups "＠handle" with "@handle" and keeps an address with either sign out', () => {
    const report = buildTopicReport(
      [
        { text: '＠acme すごい', erViews: 0.1, velocity: null },
        { text: 'thanks @Acme', erViews: 0.3, velocity: null },
        { text: 'mail info＠acme.jp', erViews: 0.9, velocity: null },
      ],
      2,
    );
    expect(report.topics.map((tp) => [tp.key, tp.posts, tp.medianEr])).toEqual([['@acme', 2, 0.2]]);
  });
});
