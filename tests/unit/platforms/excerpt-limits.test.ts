// @vitest-environment node

// excerpt (lib/platforms/dom.ts) cuts a long post text to what the store keeps. Where no space
// lies near the limit it cuts at the limit itself; an emoji outside the Basic Multilingual Plane
// is two UTF-16 units, and a cut between them left half of one, which the exports write as
// "\ud83d" (JSON) or "�" (CSV).
import { LIMITS } from '@/lib/limits';
import { excerpt } from '@/lib/platforms/dom';

const max = LIMITS.text;
const loneHalf = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('excerpt at an emoji', () => {
  it('does not keep half an emoji whose halves the cut would split', () => {
    // The emoji takes units max - 2 and max - 1: the cut at max - 1 falls between them.
    const text = `${'x'.repeat(max - 2)}😀${'y'.repeat(20)}`;
    const out = excerpt(text);
    expect(out).not.toMatch(loneHalf);
    expect(out).toBe(`${'x'.repeat(max - 2)}…`);
    expect(out.length).toBeLessThanOrEqual(max);
  });

  it('keeps an emoji that ends before the cut whole', () => {
    const text = `${'x'.repeat(max - 3)}😀${'y'.repeat(20)}`;
    expect(excerpt(text)).toBe(`${'x'.repeat(max - 3)}😀…`);
  });
});

// The longest text each platform's feed shows whole (their help pages: Instagram captions up to
// 2,200 characters, LinkedIn posts up to 3,000, TikTok captions up to 4,000). A caption's hashtags
// and mentions often come last, and the hashtag table reads them from the text kept.
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
  ])('%s: %i characters, its closing hashtags included', (_platform, length) => {
    const text = caption(length);
    expect(text).toHaveLength(length);
    expect(excerpt(text)).toBe(text);
    expect(excerpt(text).endsWith('#launch #artemis @nasa')).toBe(true);
  });
});
