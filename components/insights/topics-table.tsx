// "What to post about": each hashtag and mention in the rows' text, with the posts using it and their
// median ER and velocity. Tags under the sample stay listed but greyed, so the user sees what is
// coming without mistaking one post's luck for a topic that works.
import { useMemo } from 'preact/hooks';
import { formatNumber, formatPercent, formatVelocity } from '@/lib/format';
import { buildTopicReport, DEFAULT_TAG_MIN_SAMPLE, type TopicStat } from '@/lib/insights';
import type { PostRow } from '@/lib/queries';

interface Props {
  rows: PostRow[];
  minSample?: number;
  /** Most tags listed; a text full of tags must not make a table of thousands of rows. */
  maxRows?: number;
}

const DEFAULT_MAX_ROWS = 200;
const plural = (n: number, one: string) => `${formatNumber(n)} ${one}${n === 1 ? '' : 's'}`;

const NO_ER = 'No post with this tag has an ER: followers and views are unknown';
const NO_VELOCITY = 'No post with this tag has two readings yet: velocity needs two';

function TopicRow({ t, need }: { t: TopicStat; need: number }) {
  return (
    <tr class={t.rated ? 'topic rated' : 'topic under-sample'} data-tag={t.key}>
      <th scope="row">
        <span class="tag-label">{t.label}</span>
        {!t.rated && (
          <div class="muted">
            needs {plural(need, 'post')} with an ER (has {formatNumber(t.withEr)})
          </div>
        )}
      </th>
      <td>{t.kind}</td>
      <td class="num">{formatNumber(t.posts)}</td>
      <td
        class="num"
        title={t.medianEr === null ? NO_ER : `median of ${plural(t.withEr, 'post')} with an ER`}
      >
        {formatPercent(t.medianEr)}
      </td>
      <td
        class="num"
        title={
          t.medianVelocity === null
            ? NO_VELOCITY
            : `median of ${plural(t.withVelocity, 'post')} with a velocity`
        }
      >
        {formatVelocity(t.medianVelocity)}
      </td>
    </tr>
  );
}

export function TopicsTable({ rows, minSample = DEFAULT_TAG_MIN_SAMPLE, maxRows = DEFAULT_MAX_ROWS }: Props) {
  const report = useMemo(() => buildTopicReport(rows, minSample), [rows, minSample]);
  const need = report.minSample;
  const shown = report.topics.slice(0, Math.max(0, maxRows));
  const hidden = report.topics.length - shown.length;

  return (
    <section class="insights topics">
      <h2>What to post about</h2>
      {report.topics.length === 0 ? (
        <p class="insights-empty">
          No hashtag or mention in the {plural(report.postsRead, 'post')} shown. Browse more posts of these
          authors to see which topics do well.
        </p>
      ) : (
        <div class="topics-scroll">
          <table class="topics-table">
            <caption>
              Hashtags and mentions in {plural(report.postsRead, 'post')} ({formatNumber(report.untagged)}{' '}
              with none). Median ER: median of (interactions ÷ followers, or ÷ views) of the posts using the
              tag. Median velocity: median of interactions per hour between each post's two latest readings.
              Case is ignored and a tag counts once per post; tags with fewer than {plural(need, 'post')} with
              an ER are greyed and listed after the ranked ones.
            </caption>
            <thead>
              <tr>
                <th scope="col">Tag</th>
                <th scope="col">Kind</th>
                <th scope="col" class="num">
                  Posts
                </th>
                <th scope="col" class="num">
                  Median ER
                </th>
                <th scope="col" class="num">
                  Median velocity
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((t) => (
                <TopicRow key={t.key} t={t} need={need} />
              ))}
            </tbody>
          </table>
          {hidden > 0 && (
            <p class="muted">{plural(hidden, 'more tag')} further down this order not listed.</p>
          )}
        </div>
      )}
    </section>
  );
}
