// @vitest-environment node

// Hashtags spelt with the signs some scripts write words with (X links the whole tag, as
// twitter-text's hashtagSpecialChars keeps them), and "#" in the query of a link written without
// http or www, which is no tag.
import { buildTopicReport, extractTags } from '@/lib/insights';

const texts = (text: string) => extractTags(text).map((u) => u.text);

describe('a hashtag keeps the signs inside its word', () => {
  it.each([
    ['katakana middle dot U+30FB', '#ポケモン・サン 発売', '#ポケモン・サン'],
    ['middle dot U+00B7 (Catalan)', '#col·lecció nova', '#col·lecció'],
    ['gershayim U+05F4 (Hebrew)', 'כל הכבוד #צה״ל', '#צה״ל'],
    ['geresh U+05F3 (Hebrew)', '#ג׳ירפה', '#ג׳ירפה'],
    ['maqaf U+05BE (Hebrew)', '#בית־ספר', '#בית־ספר'],
    ['tsheg U+0F0B (Tibetan)', '#བོད་ཡིག', '#བོད་ཡིག'],
    ['Tibetan U+0F0C', '#ཀ༌ཁ', '#ཀ༌ཁ'],
    ['ditto mark U+3003', '#東〃京', '#東〃京'],
    ['wave dash U+301C', '#夏〜秋', '#夏〜秋'],
    ['full-width tilde U+FF5E', '#夏～秋', '#夏～秋'],
    ['voiced sound mark U+309B', '#か゛き', '#か゛き'],
    ['semi-voiced sound mark U+309C', '#は゜な', '#は゜な'],
    ['double hyphen U+30A0', '#ポケ゠モン', '#ポケ゠モン'],
    ['kavyka U+A67E', '#сло꙾во', '#сло꙾во'],
    // As in twitter-text, the sign may come first or last: X links "#・サン" and "#ポケモン・" whole.
    ['a sign first', '#・サン', '#・サン'],
    ['a sign last', '#ポケモン・ です', '#ポケモン・'],
  ])('%s: %j is %j', (_what, text, tag) => {
    expect(texts(text)).toEqual([tag]);
  });

  it.each([
    ['the sign alone', '#・ #〜 #·'],
    ['signs and digits, no letter', '#1·2 #2024〜'],
  ])('is no tag with no letter: %s', (_what, text) => {
    expect(texts(text)).toEqual([]);
  });

  it('ranks two tags that share the word before the sign apart, not as that word', () => {
    // #ポケモン・サン: ERs 5%, 6% → median 5.5%; #ポケモン・ソード: 1%, 2% → 1.5%. Before, both were
    // "#ポケモン" (4 posts, median 3.5%), a tag nobody used.
    const row = (text: string, erViews: number) => ({ text, erViews, velocity: null });
    const report = buildTopicReport(
      [
        row('#ポケモン・サン 発売', 0.05),
        row('#ポケモン・サン', 0.06),
        row('#ポケモン・ソード', 0.01),
        row('#ポケモン・ソード', 0.02),
      ],
      2,
    );
    expect(report.topics.map((tp) => [tp.label, tp.posts, tp.rated])).toEqual([
      ['#ポケモン・サン', 2, true],
      ['#ポケモン・ソード', 2, true],
    ]);
    expect(report.topics[0]!.medianEr).toBeCloseTo(0.055, 12);
    expect(report.topics[1]!.medianEr).toBeCloseTo(0.015, 12);
  });

  it('groups "#Col·lecció" with "#col·lecció" and keeps "#col·legi" apart', () => {
    expect(extractTags('#Col·lecció #col·lecció #col·legi').map((u) => u.key)).toEqual([
      '#col·lecció',
      '#col·legi',
    ]);
  });
});

describe('a "#" after "?" or "=" is in a link, not a tag', () => {
  it.each([
    ['a query value', 'search example.com/?q=#notatag', []],
    ['a bare query', 'see example.com/page?#top', []],
    ['a parameter', 'shop.example/x?ref=#sale now #real', ['#real']],
    ['"=" alone', 'a=#b', []],
    // Spaced from them, a tag counts as before.
    ['after "? "', 'Really? #blessed', ['#blessed']],
    ['after "= "', 'x = #y', ['#y']],
    ['after "/?" and a space', 'example.com/? #tag', ['#tag']],
  ])('%s: %j gives %j', (_what, text, tags) => {
    expect(texts(text)).toEqual(tags);
  });
});
