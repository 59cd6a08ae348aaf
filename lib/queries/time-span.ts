// The earliest and latest of some reading times: what a report's "Readings from … to …" line says.

/** The earliest and latest finite time of `times`; null with none. */
export function timeSpan(times: Iterable<number>): [number, number] | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const time of times) {
    if (!Number.isFinite(time)) continue;
    min = Math.min(min, time);
    max = Math.max(max, time);
  }
  return min <= max ? [min, max] : null;
}
