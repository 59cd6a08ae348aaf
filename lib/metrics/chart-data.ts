// The shape every chart draws (uPlot's): epoch seconds on x, one array per series, null for gaps.
// Built by the dashboard's series (lib/queries) and the campaign trend (lib/campaigns).

export interface Series {
  label: string;
  values: Array<number | null>;
  /** Which axis: raw counts, or a rate drawn in percent. */
  scale: 'count' | 'rate';
}

export interface ChartData {
  /** Epoch seconds, ascending. */
  x: number[];
  series: Series[];
}
