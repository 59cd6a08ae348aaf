// The closed chip tells the post's band by its dot. Colour alone would not do (WCAG 1.4.1, Use of
// Color): a colour-blind user could not tell "strong" from "typical". So each band's dot has a
// shape of its own as well, read here from the badge's real sheet as the page's badge draws it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BadgeLayer } from '@/components/badge/badge-layer';
import type { Band } from '@/lib/metrics';
import { buildBadgeChip } from '@/lib/metrics/badge-chip';
import { instagramReading } from '../fixtures/reading';

// Read from disk: an imported sheet (`badge.css?raw`) is empty under vitest.
const css = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), '../../../components/badge/badge.css'),
  'utf8',
);

// The post's rate is 3% of views; the bands are set so that it falls in each band in turn.
const BANDS: Record<Band, { typical: number; strong: number; viral: number }> = {
  below: { typical: 0.04, strong: 0.05, viral: 0.06 },
  typical: { typical: 0.01, strong: 0.04, viral: 0.05 },
  strong: { typical: 0.01, strong: 0.02, viral: 0.05 },
  viral: { typical: 0.01, strong: 0.02, viral: 0.03 },
};

function drawChip(band: Band, theme: 'light' | 'dark') {
  document.body.innerHTML = '<article><p>post</p><div class="actions"></div></article>';
  const layer = new BadgeLayer(document, css);
  const post = document.querySelector('article')!;
  const chip = buildBadgeChip({
    reading: instagramReading({ views: 6000 }),
    knowledge: undefined,
    bands: BANDS[band],
    preference: 'auto',
    locale: 'en',
  });
  layer.show(post, post.querySelector('.actions'), chip);
  const host = document.querySelector('postlens-badge')!;
  if (theme === 'dark') host.setAttribute('data-theme', 'dark');
  const button = host.shadowRoot!.querySelector('button')!;
  return { chip, button, dot: button.querySelector('.dot')! };
}

/** A polygon() clip's vertices, in percent of the dot's box. */
function vertices(clip: string): Array<[number, number]> {
  const inner = clip.match(/^polygon\((.*)\)$/)?.[1];
  if (!inner) return [];
  return inner.split(',').map(
    (p) =>
      p
        .trim()
        .split(/\s+/)
        .map((v) => Number.parseFloat(v)) as [number, number],
  );
}

/** What the dot looks like, whatever its colour: round, a triangle up or down, a star, or else. */
function shape(dot: Element): string {
  const style = getComputedStyle(dot);
  const clip = style.getPropertyValue('clip-path').trim();
  const radius = style.getPropertyValue('border-radius').trim();
  if (/^circle\(/.test(clip) || ((clip === '' || clip === 'none') && radius === '50%')) return 'round';
  const points = vertices(clip);
  // A rounded box would cut a polygon's corners away.
  if (points.length === 0 || !['', '0', '0px'].includes(radius)) return `other (${clip}, radius ${radius})`;
  if (points.length >= 8) return 'star';
  if (points.length === 3) {
    const ys = points.map(([, y]) => y);
    const [top, bottom] = [Math.min(...ys), Math.max(...ys)];
    // One vertex alone at the top is an apex pointing up; alone at the bottom, pointing down.
    if (ys.filter((y) => y === top).length === 1) return 'up';
    if (ys.filter((y) => y === bottom).length === 1) return 'down';
  }
  return `other (${clip})`;
}

const themes = ['light', 'dark'] as const;

describe("the closed chip's band, beyond colour", () => {
  it.each(
    themes.flatMap((theme) =>
      (
        [
          ['below', 'down'],
          ['typical', 'round'],
          ['strong', 'up'],
          ['viral', 'star'],
        ] as const
      ).map(([band, expected]) => [band, theme, expected] as const),
    ),
  )('draws the %s band (%s page) as a dot of shape %s', (band, theme, expected) => {
    const { button, dot } = drawChip(band, theme);
    expect(button.classList.contains(`band-${band}`)).toBe(true);
    expect(shape(dot)).toBe(expected);
  });

  it.each(themes)('gives every band a shape of its own (%s page)', (theme) => {
    const bands = Object.keys(BANDS) as Band[];
    const shapes = bands.map((band) => shape(drawChip(band, theme).dot));
    expect(new Set(shapes).size, bands.map((b, i) => `${b}: ${shapes[i]}`).join('; ')).toBe(bands.length);
  });

  // The shape is drawn, not read: the chip's label already says the band in words, so a screen
  // reader hears it once, and the chip's text stays the headline alone.
  it.each(Object.keys(BANDS) as Band[])('keeps the %s shape out of what screen readers read', (band) => {
    const { chip, button, dot } = drawChip(band, 'light');
    expect(dot.getAttribute('aria-hidden')).toBe('true');
    expect(dot.textContent).toBe('');
    expect(button.textContent).toBe(chip.headline);
    expect(button.getAttribute('aria-label')).toContain(
      `${band === 'below' ? 'below typical' : band} for this platform`,
    );
  });
});
