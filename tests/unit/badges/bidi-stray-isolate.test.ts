// @vitest-environment node

// A name that closes an isolate it never opened (U+2069), then overrides to right-to-left (U+202E):
// wrapped as it was, its own U+2069 closed the badge's U+2068 early, the badge's closing U+2069 then
// matched nothing, and the override ran on through the badge's own words ("'s profile once to rate
// by followers" shown backwards, in the chip and in the screen reader's label).
import { isolated } from '@/lib/format';
import { buildBadgeView } from '@/lib/metrics/badge-model';

/**
 * The embeddings, overrides and isolates still open at `at` in `text`, by UAX #9's rules X2–X7:
 * a PDI closes the latest open isolate and whatever was opened inside it, and does nothing when no
 * isolate is open; a PDF closes an embedding or override opened inside the current isolate.
 */
function openAt(text: string, at: number): string[] {
  const stack: string[] = [];
  for (const ch of Array.from(text.slice(0, at))) {
    if (/[\u202a\u202b\u202d\u202e\u2066-\u2068]/.test(ch)) stack.push(ch);
    else if (ch === '\u202c') {
      if (stack.length > 0 && !/[\u2066-\u2068]/.test(stack.at(-1)!)) stack.pop();
    } else if (ch === '\u2069') {
      const i = stack.findLastIndex((c) => /[\u2066-\u2068]/.test(c));
      if (i >= 0) stack.length = i;
    }
  }
  return stack;
}

describe('a name with stray isolate marks', () => {
  it.each([
    ['a stray close, then an override', '\u2069\u202eEvil'],
    ['an isolate opened and never closed', '\u2067Evil'],
    ['two stray closes around an embedding', '\u2069\u202bEvil\u2069'],
  ])('%s: nothing it opens is open after it', (_, name) => {
    const text = `${isolated(name)} after`;
    expect(openAt(text, text.indexOf(' after'))).toEqual([]);
    // Its letters are kept.
    expect(isolated(name)).toContain('Evil');
  });

  it('a name with no direction control is left as it is', () => {
    expect(isolated('Jane Doe')).toBe('Jane Doe');
  });

  it("the badge's chip and spoken label read on after such a name", () => {
    const view = buildBadgeView({
      reading: {
        platform: 'facebook',
        postId: '1',
        url: 'https://www.facebook.com/100012345/posts/1',
        author: { handle: '100012345', name: '\u2069\u202eEvil' },
        publishedAt: null,
        text: '',
        likes: 10,
        comments: 2,
        reposts: null,
        saves: null,
        views: null,
      },
      knowledge: undefined,
      preference: 'auto',
      locale: 'en',
      now: Date.UTC(2026, 0, 10, 12),
    });
    for (const text of [view.headline, view.label]) {
      const at = text.indexOf("'s profile");
      expect(at).toBeGreaterThan(0);
      expect(openAt(text, at)).toEqual([]);
    }
  });
});
