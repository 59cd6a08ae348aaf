// @vitest-environment node

// Non-text contrast (WCAG 1.4.11) of the badge's two drawn lines: the open card's sparkline, on
// the card, and the focus ring (:focus-visible), which sits 2px outside the chip or a card's
// button, on the page, the chip or the card. Both were #1d9bf0: 3.0:1 on the light card and on a
// white page, under 3:1 on any page a little darker than white. The aim is 4.5:1 against what a
// theme's line sits on (its card, its chip, its pages). On any other page the ring's halo may be
// the tone that shows: badge-focus-ring holds the two tones to 3:1 on any background.
import { contrast, over, ruleColour, themes } from './badge-css';

const WHITE = '#ffffff';
/** The platforms' dark page backgrounds: X, YouTube, Reddit. */
const DARK_PAGES = ['#000000', '#0f0f0f', '#0e1113'];
/** The pages a theme's badge is drawn on (pageTheme picks the theme from the page's background). */
const ownPages = { light: [WHITE], dark: DARK_PAGES };

const sparkColour = (theme: Record<string, string>) => ruleColour('.spark', 'color', theme);
const ringColour = (theme: Record<string, string>) => ruleColour(':focus-visible', 'outline', theme);

/** [what, colour] of each surface a theme's focus ring sits on or beside. */
function ringSurfaces(name: 'light' | 'dark'): [string, string][] {
  const theme = themes[name];
  return [
    ['card', theme['--card']!],
    ...ownPages[name].map((p): [string, string] => [`chip over ${p}`, over(theme['--bg']!, p)]),
    ...ownPages[name].map((p): [string, string] => [`page ${p}`, p]),
  ];
}

describe("the open card's sparkline", () => {
  it.each(['light', 'dark'] as const)('stands at 4.5:1 or more on the %s card', (name) => {
    const theme = themes[name];
    const ratio = contrast(sparkColour(theme), theme['--card']!);
    expect(ratio, `${sparkColour(theme)} on ${theme['--card']}`).toBeGreaterThanOrEqual(4.5);
  });
});

describe('the focus ring', () => {
  it.each(['light', 'dark'] as const)(
    "stands at 4.5:1 or more on the %s theme's card, chip and pages",
    (name) => {
      const ring = ringColour(themes[name]);
      for (const [what, surface] of ringSurfaces(name))
        expect(contrast(ring, surface), `${ring} on ${what}`).toBeGreaterThanOrEqual(4.5);
    },
  );
});
