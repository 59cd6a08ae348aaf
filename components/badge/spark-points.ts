// The polyline of a sparkline: a trend glyph, not a chart (no axes to read). Shared by the Preact
// sparkline (popup, dashboard) and the badge's card, which draws without a framework.

/** SVG points for `values` in a width × height box; null with fewer than two values. */
export function sparkPoints(values: readonly number[], width: number, height: number): string | null {
  if (values.length < 2) return null;
  const min = Math.min(...values);
  const span = Math.max(...values) - min || 1;
  const step = width / (values.length - 1);
  return values
    .map((v, i) => `${(i * step).toFixed(1)},${(height - 2 - ((v - min) / span) * (height - 4)).toFixed(1)}`)
    .join(' ');
}
