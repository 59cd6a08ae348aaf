// badge.css's colours, read from the file, and WCAG's contrast between them: what the badge's
// contrast tests (badge-contrast, card-contrast, badge-focus-ring) measure, computed, never
// written down.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const css = readFileSync(
  fileURLToPath(new URL('../../../components/badge/badge.css', import.meta.url)),
  'utf8',
);

/** The body of the first rule with this selector. */
export function rule(selector: string): string {
  const at = css.indexOf(`${selector} {`);
  expect(at, selector).toBeGreaterThanOrEqual(0);
  return css.slice(at, css.indexOf('}', at));
}

/** The custom properties of the first rule with this selector. */
export const vars = (selector: string): Record<string, string> =>
  Object.fromEntries(
    [...rule(selector).matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]),
  );

const light = vars(':host');
/** Each theme's custom properties: the dark one overrides some of the light one's. */
export const themes = { light, dark: { ...light, ...vars(':host([data-theme="dark"])') } };

/** A colour, its custom property resolved in `theme`. */
export const resolve = (colour: string, theme: Record<string, string>): string => {
  const v = colour.match(/^var\((--[\w-]+)\)$/);
  return v ? theme[v[1]!]! : colour;
};

/** The value of `property` in the first rule with `selector`; undefined if that rule sets none. */
export const ruleValue = (selector: string, property: string): string | undefined =>
  rule(selector)
    .match(new RegExp(`\\b${property}:\\s*([^;]+);`))?.[1]
    ?.trim();

/** The colour of `property` in the first rule with `selector`, resolved in `theme`: the value, or
 *  a shorthand's last word (outline: 2px solid var(--ring); box-shadow: 0 0 0 2px #fff). */
export const ruleColour = (selector: string, property: string, theme: Record<string, string>) => {
  const value = ruleValue(selector, property)!;
  const last = value.match(/(#[0-9a-f]{3,6}|rgba?\([^)]*\)|var\(--[\w-]+\))$/i);
  return resolve(last ? last[1]! : value, theme);
};

/** A length in px ("2px", or a bare "0") as a number; NaN for any other unit, which a test then
 *  fails on rather than compare it as pixels. */
export const px = (length: string): number =>
  /^-?\d+(\.\d+)?px$/.test(length) || length === '0' ? Number.parseFloat(length) : Number.NaN;

/** A box-shadow's layers, each as its words: "0 0 0 2px var(--h), 0 6px 24px rgba(0, 0, 0, 0.2)"
 *  is [["0", "0", "0", "2px", "var(--h)"], ["0", "6px", "24px", "rgba(0, 0, 0, 0.2)"]]: the commas
 *  and spaces inside a colour's parentheses split nothing. */
export const shadowLayers = (value: string): string[][] =>
  value.split(/,(?![^(]*\))/).map((layer) => layer.trim().split(/\s+(?![^(]*\))/));

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
export function over(colour: string, backdrop: string): string {
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

/** WCAG's relative luminance of an opaque colour. */
function luminance(colour: string): number {
  const [r, g, b] = channels(colour).map((c, i) => {
    if (i === 3) return 0;
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG's contrast ratio of two opaque colours (1 to 21). */
export const contrast = (a: string, b: string): number => {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
};
