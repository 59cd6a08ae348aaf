// "What to post about": each hashtag and mention in the rows' text, with the posts using it and their
// median ER and velocity. Tags under the sample stay listed but greyed, so the user sees what is
// coming without mistaking one post's luck for a topic that works.
import { useMemo } from 'preact/hooks';
import { formatNumber, formatPercent, formatVelocity } from '@/lib/format';
import { buildTopicReport, DEFAULT_TAG_MIN_SAMPLE, type TagKind, type TopicStat } from '@/lib/insights';
import type { PostRow } from '@/lib/queries';
import { t, tn } from '../../lib/i18n';

interface Props {
  rows: PostRow[];
  minSample?: number;
  /** Most tags listed; a text full of tags must not make a table of thousands of rows. */
  maxRows?: number;
}

const DEFAULT_MAX_ROWS = 200;

const kindName = (kind: TagKind) =>
  kind === 'hashtag' ? t('insights.topics.kind.hashtag') : t('insights.topics.kind.mention');

function TopicRow({ topic, need }: { topic: TopicStat; need: number }) {
  return (
    <tr class={topic.rated ? 'topic rated' : 'topic under-sample'} data-tag={topic.key}>
      <th scope="row">
        <span class="tag-label">{topic.label}</span>
        {!topic.rated && (
          <div class="muted">{tn('insights.topics.needs', need, formatNumber(topic.withEr))}</div>
        )}
      </th>
      <td>{kindName(topic.kind)}</td>
      <td class="num">{formatNumber(topic.posts)}</td>
      <td
        class="num"
        title={
          topic.medianEr === null
            ? topic.withCounts === 0
              ? t('insights.topics.noCounts')
              : t('insights.topics.noEr')
            : tn('insights.topics.medianErOf', topic.withEr)
        }
      >
        {formatPercent(topic.medianEr)}
      </td>
      <td
        class="num"
        title={
          topic.medianVelocity === null
            ? topic.withCounts === 0
              ? t('insights.topics.noCounts')
              : t('insights.topics.noVelocity')
            : tn('insights.topics.medianVelocityOf', topic.withVelocity)
        }
      >
        {formatVelocity(topic.medianVelocity)}
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
      <h2>{t('insights.topics.title')}</h2>
      {report.topics.length === 0 ? (
        <p class="insights-empty">{tn('insights.topics.none', report.postsRead)}</p>
      ) : (
        <div class="topics-scroll">
          <table class="topics-table">
            <caption>
              {tn('insights.topics.caption.tagged', report.postsRead, formatNumber(report.untagged))}{' '}
              {t('insights.topics.caption.medians')} {tn('insights.topics.caption.rule', need)}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('insights.topics.column.tag')}</th>
                <th scope="col">{t('insights.topics.column.kind')}</th>
                <th scope="col" class="num">
                  {t('insights.topics.column.posts')}
                </th>
                <th scope="col" class="num">
                  {t('insights.topics.column.medianEr')}
                </th>
                <th scope="col" class="num">
                  {t('insights.topics.column.medianVelocity')}
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((topic) => (
                <TopicRow key={topic.key} topic={topic} need={need} />
              ))}
            </tbody>
          </table>
          {hidden > 0 && <p class="muted">{tn('insights.topics.moreTags', hidden)}</p>}
        </div>
      )}
    </section>
  );
}
