// @vitest-environment node

// excerpt (lib/platforms/dom.ts) folds a post text and sends it whole up to the store's limit
// (LIMITS.text, above every platform's longest post). A longer one goes with two characters more,
// never half an emoji (an emoji outside the Basic Multilingual Plane is two UTF-16 units; half of
// one is written "\ud83d" by the JSON export, "�" by the CSV), and still longer than the limit, so
// the batch check cuts it and tells the user (tests/unit/validate-days-cuts-zero.test.ts).
import { validateBatch } from '@/lib/check';
import { LIMITS } from '@/lib/limits';
import { excerpt } from '@/lib/platforms/dom';
import { batch, post } from '../fixtures/batch-input';

const max = LIMITS.text;
const loneHalf = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('excerpt past the limit', () => {
  it.each([
    ["the page's cut would split an emoji", max + 1],
    ["an emoji ends at the page's cut", max],
    ['an emoji straddles the limit', max - 1],
    ['plain text', max + 50],
  ])('%s: no half emoji, still longer than the limit, so the check says it cut', (_name, at) => {
    const text = `${'x'.repeat(at)}😀${'y'.repeat(20)}`;
    const out = excerpt(text);
    expect(out).not.toMatch(loneHalf);
    expect(out.length).toBeGreaterThan(max);
    expect(text.startsWith(out)).toBe(true);
    const r = validateBatch(batch([post({ text: out })]));
    expect(r.ok && r.cut).toEqual([expect.stringContaining('text: longer than 65,536 characters')]);
  });

  it('a text of exactly the limit goes whole, and nothing is said', () => {
    const text = `${'x'.repeat(max - 2)}😀`;
    expect(excerpt(text)).toBe(text);
    const r = validateBatch(batch([post({ text })]));
    expect(r.ok && r.cut).toEqual([]);
  });
});

// The longest post each platform allows (their help pages: Instagram captions up to 2,200
// characters, LinkedIn posts up to 3,000, TikTok captions up to 4,000, X's long posts 25,000,
// Reddit's text posts 40,000, Facebook's posts 63,206). A caption's hashtags and mentions often
// come last, and the hashtag table reads them from the text kept.
describe('excerpt keeps a caption as long as a platform allows whole', () => {
  const caption = (length: number) => {
    const end = ' #launch #artemis @nasa';
    const words = 'Liftoff of the crew on the way to the Moon. '.repeat(Math.ceil(length / 44));
    return `${words
      .slice(0, length - end.length)
      .trimEnd()
      .padEnd(length - end.length, '.')}${end}`;
  };
  it.each([
    ['Instagram', 2200],
    ['LinkedIn', 3000],
    ['TikTok', 4000],
    ['X', 25_000],
    ['Reddit', 40_000],
    ['Facebook', 63_206],
  ])('%s: %i characters, its closing hashtags included', (_platform, length) => {
    const text = caption(length);
    expect(text).toHaveLength(length);
    expect(excerpt(text)).toBe(text);
    expect(excerpt(text).endsWith('#launch #artemis @nasa')).toBe(true);
  });
});
