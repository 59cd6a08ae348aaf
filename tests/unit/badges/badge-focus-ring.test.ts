// @vitest-environment node

// The focus ring (:focus-visible) sits 2px outside the chip or a card's button, over whatever the
// page has there: white, black, a grey or a post's image of the ring's own blue. One colour is
// lost on a background of its own lightness, so the ring has two tones: the outline and a halo
// (the box-shadow in the offset's gap). WCAG 2.2 (1.4.11, 2.4.13) asks 3:1 against the adjacent
// colours: one of the two tones at 3:1 or more on any background, in either theme. The halo counts
// as a tone beside the page only if it fills the gap: a spread short of the outline-offset ("0 0 0
// 1px" under a 2px offset) leaves a strip of page between the element and the ring, and the ring
// then stands on that strip with its one colour.
import { contrast, over, px, rule, ruleColour, ruleValue, shadowLayers, themes } from './badge-css';

const WHITE = '#ffffff';
const BLACK = '#000000';

/** The ring's tones in `theme`: its outline's colour, and its halo's if it has one. */
function tones(theme: Record<string, string>): string[] {
  const halo = /\bbox-shadow:/.test(rule(':focus-visible'));
  return [
    ruleColour(':focus-visible', 'outline', theme),
    ...(halo ? [ruleColour(':focus-visible', 'box-shadow', theme)] : []),
  ];
}

/** [what, colour] of the backgrounds a theme's ring is drawn on or beside. */
function backgrounds(theme: Record<string, string>): [string, string][] {
  return [
    ['a white page', WHITE],
    ['a black page', BLACK],
    ['a mid-grey page', '#767676'],
    ["a page of the ring's own colour", ruleColour(':focus-visible', 'outline', theme)],
    ['the chip over white', over(theme['--bg']!, WHITE)],
    ['the chip over black', over(theme['--bg']!, BLACK)],
    ['the card', theme['--card']!],
  ];
}

/** The best of the ring's tones on `background`, and what each of them measures there. */
function best(theme: Record<string, string>, background: string) {
  const ratios = tones(theme).map((tone) => contrast(tone, background));
  const said = tones(theme)
    .map((tone, i) => `${tone} ${ratios[i]!.toFixed(2)}:1`)
    .join(', ');
  return { ratio: Math.max(...ratios), said: `on ${background}: ${said}` };
}

describe('the focus ring', () => {
  const cases = (['light', 'dark'] as const).flatMap((name) =>
    backgrounds(themes[name]).map(([what, colour]) => [name, what, colour] as const),
  );
  it.each(cases)('in the %s theme stands at 3:1 or more on %s', (name, _, background) => {
    const { ratio, said } = best(themes[name], background);
    expect(ratio, said).toBeGreaterThanOrEqual(3);
  });

  // Contrast depends on a colour's luminance alone, and the greys run through every luminance:
  // the worst grey is (near) the worst colour any page can have.
  it.each(['light', 'dark'] as const)(
    'in the %s theme stands at 3:1 or more on every grey from black to white',
    (name) => {
      const greys = Array.from({ length: 256 }, (_, v) => `#${v.toString(16).padStart(2, '0').repeat(3)}`);
      const worst = greys
        .map((grey) => best(themes[name], grey))
        .reduce((a, b) => (b.ratio < a.ratio ? b : a));
      expect(worst.ratio, worst.said).toBeGreaterThanOrEqual(3);
    },
  );
});

describe("the focus ring's halo", () => {
  // The card sets its own box-shadow (the halo, then its drop shadow) and takes the offset from the
  // plain :focus-visible rule, as the cascade gives it.
  it.each([':focus-visible', '.card:focus-visible'])(
    '%s: fills the gap between the element and the ring (its spread covers the outline-offset)',
    (selector) => {
      const offset = px(
        ruleValue(selector, 'outline-offset') ?? ruleValue(':focus-visible', 'outline-offset')!,
      );
      expect(offset, 'outline-offset in px').toBeGreaterThan(0);
      const shadow = ruleValue(selector, 'box-shadow');
      expect(shadow, `${selector} has a halo`).toBeDefined();
      // The halo is the first layer: drawn on top, next to the element.
      const halo = shadowLayers(shadow!)[0]!;
      expect(halo, 'the halo is drawn outside the element').not.toContain('inset');
      // x, y, blur, spread: centred and sharp, or it leaves part of the gap uncovered or faded.
      const [x, y, blur, spread] = halo.slice(0, 4).map(px);
      expect([x, y, blur], `${halo.join(' ')}: offsets and blur`).toEqual([0, 0, 0]);
      expect(
        spread,
        `${halo.join(' ')}: spread against an outline-offset of ${offset}px`,
      ).toBeGreaterThanOrEqual(offset);
    },
  );
});
