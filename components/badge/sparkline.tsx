// A tiny inline sparkline: a trend glyph, not a chart (no axes to read), so SVG by hand is
// enough here; the dashboard draws real charts with uPlot.
import { sparkPoints } from './spark-points';

interface Props {
  values: number[];
  width?: number;
  height?: number;
  label: string;
}

export function Sparkline({ values, width = 120, height = 28, label }: Props) {
  const points = sparkPoints(values, width, height);
  if (points === null) return null;
  return (
    <svg
      class="spark"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
    >
      <polyline points={points} fill="none" stroke="currentColor" stroke-width="1.5" />
    </svg>
  );
}
