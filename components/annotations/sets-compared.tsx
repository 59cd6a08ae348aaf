// "Sets compared": one row per author set, measured over all its authors' posts together, with
// the figures of the author comparison, so "Our brand" reads against "Competitors A".
import { useMemo } from 'preact/hooks';
import type { AuthorSet } from '@/lib/annotations';
import { formatNumber, formatPercent, formatVelocity } from '@/lib/format';
import type { PostRow } from '@/lib/queries';
import { compareSets } from './compare-sets';

export function SetsCompared({ sets, rows }: { sets: readonly AuthorSet[]; rows: readonly PostRow[] }) {
  const figures = useMemo(() => compareSets(sets, rows), [sets, rows]);
  if (figures.length === 0) return null;
  return (
    <table class="sets-compared">
      <caption>Sets compared</caption>
      <thead>
        <tr>
          <th scope="col">Set</th>
          <th scope="col">Authors</th>
          <th scope="col">Posts seen</th>
          <th scope="col">Median ER</th>
          <th scope="col">Median velocity</th>
          <th scope="col">Total engagement</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((f) => (
          <tr key={f.id}>
            <th scope="row">{f.name}</th>
            <td class="num">{formatNumber(f.authors)}</td>
            <td class="num">{formatNumber(f.postsSeen)}</td>
            <td class="num">{formatPercent(f.medianEr)}</td>
            <td class="num">{formatVelocity(f.medianVelocity)}</td>
            <td class="num">{formatNumber(f.totalEngagement)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
