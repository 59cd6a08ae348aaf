// The dashboard's Insights view: when the chosen authors' posts do best, and with which hashtags
// and mentions. The choice is a platform and an author (all by default), so a manager can read
// one competitor, or everything they browsed on one network.
import { useState } from 'preact/hooks';
import { formatNumber } from '@/lib/format';
import { DEFAULT_SLOT_MIN_SAMPLE } from '@/lib/insights';
import type { PostRow } from '@/lib/queries';
import { AuthorFilter, useAuthorFilter } from './author-filter';
import { TopicsTable } from './topics-table';
import { WhenToPost } from './when-to-post';
import './insights.css';

export function InsightsView({ rows }: { rows: PostRow[] }) {
  const filter = useAuthorFilter(rows);
  const chosen = filter.chosen;
  const [minSample, setMinSample] = useState(DEFAULT_SLOT_MIN_SAMPLE);
  if (rows.length === 0)
    return <p class="muted">No posts yet: browse a feed with PostLens on, and its posts come here.</p>;
  return (
    <section class="insights" aria-label="Insights">
      <form class="insights-filters" onSubmit={(e) => e.preventDefault()}>
        <AuthorFilter f={filter} />{' '}
        <label>
          Rate a slot or tag from{' '}
          <input
            type="number"
            min={1}
            max={50}
            value={minSample}
            onChange={(e) => {
              const n = Number(e.currentTarget.value);
              if (Number.isInteger(n) && n >= 1 && n <= 50) setMinSample(n);
            }}
          />{' '}
          posts with an ER
        </label>
        <p class="muted">{formatNumber(chosen.length)} posts chosen.</p>
      </form>
      <h2>When to post</h2>
      <WhenToPost rows={chosen} minSample={minSample} />
      <h2>What to post about</h2>
      <TopicsTable rows={chosen} minSample={minSample} />
    </section>
  );
}
