// @vitest-environment node

// The card's text is 11–12 px: WCAG AA asks 4.5:1 of it against the card, in both themes.
import { contrast, over, ruleColour, themes } from './badge-css';

describe("the card's links", () => {
  it.each([
    ['light', themes.light],
    ['dark', themes.dark],
  ])('read at 4.5:1 or more on the %s card', (_, theme) => {
    expect(contrast(ruleColour('.open', 'color', theme), theme['--card']!)).toBeGreaterThanOrEqual(4.5);
  });
});

// The chip's dot tells the band (WCAG 1.4.11: a graphical object that carries meaning needs 3:1
// against what is next to it, the chip). The chip is 96% opaque over the post, so it is taken
// over the darkest and the lightest backdrop: any backdrop lies between those two.

/** The dot's fill for a band ('none': a chip without a band), a custom property resolved. */
const dotColour = (band: string, theme: Record<string, string>): string =>
  ruleColour(band === 'none' ? '.dot' : `.band-${band} .dot`, 'background', theme);

describe("the chip's band dot", () => {
  const cases = (['light', 'dark'] as const).flatMap((scheme) =>
    ['none', 'below', 'typical', 'strong', 'viral'].map((band) => [scheme, band] as const),
  );
  it.each(cases)('stands at 3:1 or more on the %s chip, band %s', (scheme, band) => {
    const theme = themes[scheme];
    const dot = dotColour(band, theme);
    const ratios = ['#000000', '#ffffff'].map((backdrop) => contrast(dot, over(theme['--bg']!, backdrop)));
    expect(
      Math.min(...ratios),
      `${dot} on ${theme['--bg']}: ${ratios.map((r) => r.toFixed(2)).join(', ')}`,
    ).toBeGreaterThanOrEqual(3);
  });
});
