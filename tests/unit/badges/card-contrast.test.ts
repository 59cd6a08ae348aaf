// @vitest-environment node

// Non-text contrast (WCAG 1.4.11) of the badge's two drawn lines: the open card's sparkline, on
// the card, and the focus ring (:focus-visible), which sits 2px outside the chip or a card's
// button, on the page, the chip or the card. Both were #1d9bf0: 3.0:1 on the light card and on a
// white page, under 3:1 on any page a little darker than white. The aim is 4.5:1 against what a
// theme's line sits on (its card, its chip, its pages), and never under 3:1 against a white page
// or the platforms' dark ones (a post's image or a dark-themed spot under a light-themed badge).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const css = readFileSync(
  fileURLToPath(new URL('../../../components/badge/badge.css', import.meta.url)),
  'utf8',
);

/** The body of the first rule with this selector. */
function rule(selector: string): string {
  const at = css.indexOf(`${selector} {`);
  expect(at, selector).toBeGreaterThanOrEqual(0);
  return css.slice(at, css.indexOf('}', at));
}
const vars = (selector: string): Record<string, string> =>
  Object.fromEntries(
    [...rule(selector).matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]),
  );
/** A colour, its custom property resolved in `theme`. */
const resolve = (colour: string, theme: Record<string, string>): string => {
  const v = colour.match(/^var\((--[\w-]+)\)$/);
  return v ? theme[v[1]!]! : colour;
};

/** [r, g, b, alpha] of #rgb, #rrggbb or rgb()/rgba(). */
function channels(colour: string): [number, number, number, number] {
  const fn = colour.match(/^rgba?\(([^)]+)\)$/);
  if (fn) {
    const [r, g, b, a = 1] = fn[1]!.split(',').map(Number);
    return [r!, g!, b!, a];
  }
  const hex = colour.length === 4 ? colour.replace(/[0-9a-f]/gi, (d) => d + d) : colour;
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return [r!, g!, b!, 1];
}
/** WCAG relative luminance of `colour` drawn over the opaque `backdrop`. */
function luminance(colour: string, backdrop = '#ffffff'): number {
  const [r, g, b, a] = channels(colour);
  const under = channels(backdrop);
  const [lr, lg, lb] = [r, g, b].map((c, i) => {
    const s = Math.round(c * a + under[i]! * (1 - a)) / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * lr! + 0.7152 * lg! + 0.0722 * lb!;
}
const contrast = (x: number, y: number) => (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);

const WHITE = '#ffffff';
/** The platforms' dark page backgrounds: X, YouTube, Reddit. */
const DARK_PAGES = ['#000000', '#0f0f0f', '#0e1113'];
const light = vars(':host');
const dark = { ...light, ...vars(':host([data-theme="dark"])') };
const themes = { light, dark };
/** The pages a theme's badge is drawn on (pageTheme picks the theme from the page's background). */
const ownPages = { light: [WHITE], dark: DARK_PAGES };

const sparkColour = (theme: Record<string, string>) =>
  resolve(
    rule('.spark')
      .match(/\bcolor:\s*([^;]+);/)![1]!
      .trim(),
    theme,
  );
const ringColour = (theme: Record<string, string>) =>
  resolve(
    rule(':focus-visible').match(/\boutline:\s*[^;]*?(#[0-9a-f]{3,6}|var\(--[\w-]+\))\s*;/i)![1]!,
    theme,
  );

/** [what, luminance] of each surface a theme's focus ring sits on or beside. */
function ringSurfaces(name: 'light' | 'dark'): [string, number][] {
  const theme = themes[name];
  return [
    ['card', luminance(theme['--card']!)],
    ...ownPages[name].map((p): [string, number] => [`chip over ${p}`, luminance(theme['--bg']!, p)]),
    ...ownPages[name].map((p): [string, number] => [`page ${p}`, luminance(p)]),
  ];
}

describe("the open card's sparkline", () => {
  it.each(['light', 'dark'] as const)('stands at 4.5:1 or more on the %s card', (name) => {
    const theme = themes[name];
    const ratio = contrast(luminance(sparkColour(theme)), luminance(theme['--card']!));
    expect(ratio, `${sparkColour(theme)} on ${theme['--card']}`).toBeGreaterThanOrEqual(4.5);
  });
});

describe('the focus ring', () => {
  it.each(['light', 'dark'] as const)(
    "stands at 4.5:1 or more on the %s theme's card, chip and pages",
    (name) => {
      const ring = luminance(ringColour(themes[name]));
      for (const [what, l] of ringSurfaces(name))
        expect(contrast(ring, l), `${ringColour(themes[name])} on ${what}`).toBeGreaterThanOrEqual(4.5);
    },
  );

  it.each(
    (['light', 'dark'] as const).flatMap((name) =>
      [WHITE, ...DARK_PAGES].map((page) => [name, page] as const),
    ),
  )('in the %s theme stays at 3:1 or more on a page of %s', (name, page) => {
    const ratio = contrast(luminance(ringColour(themes[name])), luminance(page));
    expect(ratio, `${ringColour(themes[name])} on ${page}`).toBeGreaterThanOrEqual(3);
  });
});
