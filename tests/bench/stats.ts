// Small statistics for repeated timings: medians resist the odd GC pause or scheduler hiccup.

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))]!;
}

export const ms = (v: number): string =>
  !Number.isFinite(v)
    ? '—'
    : v >= 100
      ? `${v.toFixed(0)} ms`
      : v >= 10
        ? `${v.toFixed(1)} ms`
        : `${v.toFixed(2)} ms`;

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

export const ratio = (v: number): string => (Number.isFinite(v) ? `${v.toFixed(2)}×` : '—');
