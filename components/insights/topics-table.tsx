// "What to post about": each hashtag and mention in the rows' text, with the posts using it and their
// median ER and velocity. Tags under the sample stay listed but greyed, so the user sees what is
// coming without mistaking one post's luck for a topic that works; a median velocity under the same
// sample (of posts with a velocity) is greyed alike in a row that has it, with what it needs.
import { useMemo } from 'preact/hooks';
import { formatNumber, formatPercent, formatVelocity } from '@/lib/format';
import {
  basisWords,
  buildTopicReport,
  DEFAULT_TAG_MIN_SAMPLE,
  leadBasis,
  type TagKind,
  type TopicStat,
} from '@/lib/insights';
import type { ErPref } from '@/lib/metrics';
import type { PostRow } from '@/lib/queries';
import type { ErBasis } from '@/lib/types';
import { t, tn, uiLocale } from '../../lib/i18n';

interface Props {
  rows: PostRow[];
  minSample?: number;
  /** Most tags listed; a text full of tags must not make a table of thousands of rows. */
  maxRows?: number;
  /** Settings' ER choice the rows were made with; read from the rows when left out. */
  pref?: ErPref;
}

const DEFAULT_MAX_ROWS = 200;

const kindName = (kind: TagKind) =>
  kind === 'hashtag' ? t('insights.topics.kind.hashtag') : t('insights.topics.kind.mention');

function TopicRow({
  topic,
  need,
  basis,
  chosen,
}: {
  topic: TopicStat;
  need: number;
  basis: ErBasis;
  /** The report took `basis` (some tagged post has an ER on it); false: only its words are used. */
  chosen: boolean;
}) {
  const locale = uiLocale();
  // A median velocity needs the sample an ER does, on its own posts: the velocity of the one post of
  // a tag rated on three ERs, shown plain as the tag's, would read as a topic's pace ("500/h").
  const velocityShown = topic.withVelocity >= need;
  return (
    <tr class={topic.rated ? 'topic rated' : 'topic under-sample'} data-tag={topic.key}>
      <th scope="row">
        <span class="tag-label">{topic.label}</span>
        {!topic.rated && (
          <div class="muted">{tn('insights.topics.needs', need, formatNumber(topic.withEr, locale))}</div>
        )}
      </th>
      <td>{kindName(topic.kind)}</td>
      <td class="num">{formatNumber(topic.posts, locale)}</td>
      <td
        class="num"
        title={
          topic.medianEr === null
            ? topic.withCounts === 0
              ? t('insights.topics.noCounts')
              : // With a basis taken, some tagged post has an ER on it, just not this tag's posts
                // (they may have one on the other basis); with none, no tagged post has an ER.
                chosen
                ? t('insights.topics.noErOn', basisWords(basis))
                : t('insights.topics.noEr')
            : tn('insights.topics.medianErOf', topic.withEr, basisWords(basis))
        }
      >
        {formatPercent(topic.medianEr, locale)}
      </td>
      <td
        class={velocityShown || topic.medianVelocity === null ? 'num' : 'num under-sample'}
        title={
          topic.medianVelocity === null
            ? topic.withCounts === 0
              ? t('insights.topics.noCounts')
              : t('insights.topics.noVelocity')
            : velocityShown
              ? tn('insights.topics.medianVelocityOf', topic.withVelocity)
              : tn('insights.topics.needsVelocity', need, formatNumber(topic.withVelocity, locale))
        }
      >
        {formatVelocity(topic.medianVelocity, locale)}
      </td>
    </tr>
  );
}

export function TopicsTable({
  rows,
  minSample = DEFAULT_TAG_MIN_SAMPLE,
  maxRows = DEFAULT_MAX_ROWS,
  pref,
}: Props) {
  const report = useMemo(() => buildTopicReport(rows, minSample, pref), [rows, minSample, pref]);
  const need = report.minSample;
  // With no tagged post rated on either basis, the lead's words: they define what would be taken.
  const basis = report.erBasis ?? leadBasis(pref, []);
  const erFormula =
    basis === 'views' ? t('insights.topics.erFormula.views') : t('insights.topics.erFormula.followers');
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
              {tn(
                'insights.topics.caption.tagged',
                report.postsRead,
                formatNumber(report.untagged, uiLocale()),
              )}{' '}
              {t('insights.topics.caption.medians', erFormula)} {tn('insights.topics.caption.rule', need)}
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
                <TopicRow
                  key={topic.key}
                  topic={topic}
                  need={need}
                  basis={basis}
                  chosen={report.erBasis !== null}
                />
              ))}
            </tbody>
          </table>
          {hidden > 0 && <p class="muted">{tn('insights.topics.moreTags', hidden)}</p>}
        </div>
      )}
    </section>
  );
}
