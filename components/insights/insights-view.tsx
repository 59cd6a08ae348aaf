// The dashboard's Insights view: when the chosen authors' posts do best, and with which hashtags
// and mentions. The choice is a platform and an author (all by default), so a manager can read
// one competitor, or everything they browsed on one network.
import { useState } from 'preact/hooks';
import { DEFAULT_SLOT_MIN_SAMPLE } from '@/lib/insights';
import type { ErPref } from '@/lib/metrics';
import type { PostRow } from '@/lib/queries';
import { t, tn } from '../../lib/i18n';
import { aroundSlot, SLOT } from '../common/slot';
import { AuthorFilter, useAuthorFilter } from './author-filter';
import { TopicsTable } from './topics-table';
import { WhenToPost } from './when-to-post';
import './insights.css';

/** `pref`: Settings' ER choice the rows were made with; read from the rows when left out. */
export function InsightsView({ rows, pref }: { rows: PostRow[]; pref?: ErPref }) {
  const filter = useAuthorFilter(rows);
  const chosen = filter.chosen;
  const [minSample, setMinSample] = useState(DEFAULT_SLOT_MIN_SAMPLE);
  if (rows.length === 0) return <p class="muted">{t('insights.noPostsYet')}</p>;
  const [beforeInput, afterInput] = aroundSlot(t('insights.view.minSample', SLOT));
  return (
    <section class="insights" aria-label={t('insights.view.label')}>
      <form class="insights-filters" onSubmit={(e) => e.preventDefault()}>
        <AuthorFilter f={filter} />{' '}
        <label>
          {beforeInput}
          <input
            type="number"
            min={1}
            max={50}
            value={minSample}
            onChange={(e) => {
              const n = Number(e.currentTarget.value);
              if (Number.isInteger(n) && n >= 1 && n <= 50) setMinSample(n);
              // A number refused (0, 2.5, 51, empty) goes back to the sample in force: left in the
              // box, it would say the slots and tags are rated from a sample they are not.
              else e.currentTarget.value = String(minSample);
            }}
          />
          {afterInput}
        </label>
        <p class="muted">{tn('insights.view.chosen', chosen.length)}</p>
      </form>
      <WhenToPost rows={chosen} minSample={minSample} pref={pref} />
      <TopicsTable rows={chosen} minSample={minSample} pref={pref} />
    </section>
  );
}
