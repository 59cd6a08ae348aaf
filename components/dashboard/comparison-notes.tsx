// The author comparison's notes, below its table in the report (PNG, print): when it was made, the
// span of the readings it rests on and each column's formula. A picture or a printout has no hover
// titles, so the table's formulas are written out here, in the titles' own words, under its
// headers' words and on its one ER basis (comparisonShown).
import { formatDateTime } from '@/lib/format';
import type { ErPref } from '@/lib/metrics';
import { handleLabel, PLATFORM_NAMES } from '@/lib/platforms';
import { authorFormulas, type Comparison, timeSpan } from '@/lib/queries';
import { t, uiLocale } from '../../lib/i18n';
import { FormulaList } from '../common/formula-list';
import { changeTitle, comparisonShown, shareTitle, voiceLikesOf, voiceTotalOf } from './comparison-table';

/**
 * The earliest and latest reading times among the compared authors: their posts' first and
 * latest readings (firstSeen, lastSeen) and their follower readings; null with none.
 */
function readingSpan(comparison: Comparison): [number, number] | null {
  return timeSpan(
    comparison.views.flatMap((v) => [
      ...v.rows.flatMap((r) => [r.firstSeen, r.lastSeen]),
      ...v.trend.points.map(([time]) => time),
    ]),
  );
}

interface Props {
  comparison: Comparison;
  /** When the comparison was read (epoch ms). */
  madeAt: number;
  /** Settings' ER choice, as the table is given it (ComparisonTable's `pref`). */
  pref?: ErPref;
}

export function ComparisonNotes({ comparison, madeAt, pref }: Props) {
  const locale = uiLocale();
  // The table's basis and each author's stats on it, taken as the table takes them: a formula
  // here on an author's own basis would describe a figure the table does not show.
  const shown = comparisonShown(comparison, pref);
  const { words } = shown;
  const span = readingSpan(comparison);
  const voiceTotal = voiceTotalOf(comparison);
  const likes = voiceLikesOf(comparison);
  const perAuthor = comparison.views.map((v, i) => {
    const stats = shown.stats[i]!;
    return {
      key: v.author.key,
      // As the table's row names the author ("@alice · X"; handleLabel), the handle in a <bdi>.
      who: (
        <>
          <bdi>{handleLabel(v.author.handle)}</bdi> · {PLATFORM_NAMES[v.author.platform]}
        </>
      ),
      change: changeTitle(v.trend, locale),
      share: shareTitle(stats, voiceTotal, locale, likes),
      ...authorFormulas(stats, locale, v.author.platform),
    };
  });
  type Line = (typeof perAuthor)[number];
  const columns: Array<[string, (a: Line) => string | undefined]> = [
    [t('dashboard.comparison.followerChange'), (a) => a.change],
    [t('dashboard.comparison.postsPerWeek'), (a) => a.postsPerWeek],
    [t('dashboard.comparison.medianErOn', words), (a) => a.medianEr],
    [t('dashboard.comparison.meanErOn', words), (a) => a.meanEr],
    [t('dashboard.comparison.engagement'), (a) => a.totalEngagement],
    [t('dashboard.comparison.shareOfVoice'), (a) => a.share],
  ];
  return (
    <div class="comparison-notes">
      <p>
        {t('dashboard.comparison.notes.made', formatDateTime(madeAt, locale))}{' '}
        {span
          ? t(
              'dashboard.comparison.notes.readings',
              formatDateTime(span[0], locale),
              formatDateTime(span[1], locale),
            )
          : t('dashboard.comparison.notes.noReadings')}
      </p>
      <FormulaList columns={columns} rows={perAuthor} keyOf={(a) => a.key} who={(a) => a.who} />
    </div>
  );
}
