// @vitest-environment node

// The card's text is 11–12 px: WCAG AA asks 4.5:1 of it against the card, in both themes.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const css = readFileSync(
  fileURLToPath(new URL('../../../components/badge/badge.css', import.meta.url)),
  'utf8',
);

/** The custom properties of the first rule with this selector. */
function vars(selector: string): Record<string, string> {
  const at = css.indexOf(`${selector} {`);
  const body = css.slice(at, css.indexOf('}', at));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** The colour the `.open` button (the card's links) is drawn in, in a theme. */
function linkColour(theme: Record<string, string>): string {
  const at = css.indexOf('.open {');
  const colour = css
    .slice(at, css.indexOf('}', at))
    .match(/\bcolor:\s*([^;]+);/)![1]!
    .trim();
  const v = colour.match(/^var\((--[\w-]+)\)$/);
  return v ? theme[v[1]!]! : colour;
}

function luminance(colour: string): number {
  // #fff is #ffffff.
  const hex = colour.length === 4 ? colour.replace(/[0-9a-f]/gi, (d) => d + d) : colour;
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
};

describe("the card's links", () => {
  const light = vars(':host');
  const dark = { ...light, ...vars(':host([data-theme="dark"])') };
  it.each([
    ['light', light],
    ['dark', dark],
  ])('read at 4.5:1 or more on the %s card', (_, theme) => {
    expect(contrast(linkColour(theme), theme['--card']!)).toBeGreaterThanOrEqual(4.5);
  });
});

// The chip's dot tells the band (WCAG 1.4.11: a graphical object that carries meaning needs 3:1
// against what is next to it, the chip). The chip is 96% opaque over the post, so it is taken
// over the darkest and the lightest backdrop: any backdrop lies between those two.

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
/** `colour` drawn over the opaque `backdrop`, as #rrggbb. */
function over(colour: string, backdrop: string): string {
  const [r, g, b, a] = channels(colour);
  const under = channels(backdrop);
  return `#${[r, g, b]
    .map((c, i) =>
      Math.round(c * a + under[i]! * (1 - a))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** The dot's fill for a band ('none': a chip without a band), a custom property resolved. */
function dotColour(band: string, theme: Record<string, string>): string {
  const selector = band === 'none' ? '.dot {' : `.band-${band} .dot {`;
  const at = css.indexOf(selector);
  expect(at, selector).toBeGreaterThanOrEqual(0);
  const colour = css
    .slice(at, css.indexOf('}', at))
    .match(/\bbackground:\s*([^;]+);/)![1]!
    .trim();
  const v = colour.match(/^var\((--[\w-]+)\)$/);
  return v ? theme[v[1]!]! : colour;
}

describe("the chip's band dot", () => {
  const light = vars(':host');
  const dark = { ...light, ...vars(':host([data-theme="dark"])') };
  const cases = (['light', 'dark'] as const).flatMap((scheme) =>
    ['none', 'below', 'typical', 'strong', 'viral'].map((band) => [scheme, band] as const),
  );
  it.each(cases)('stands at 3:1 or more on the %s chip, band %s', (scheme, band) => {
    const theme = scheme === 'light' ? light : dark;
    const dot = dotColour(band, theme);
    const ratios = ['#000000', '#ffffff'].map((backdrop) => contrast(dot, over(theme['--bg']!, backdrop)));
    expect(
      Math.min(...ratios),
      `${dot} on ${theme['--bg']}: ${ratios.map((r) => r.toFixed(2)).join(', ')}`,
    ).toBeGreaterThanOrEqual(3);
  });
});
