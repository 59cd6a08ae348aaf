// "Sets compared": one row per author set, measured over all its authors' posts together, with
// the figures of the author comparison, so "Our brand" reads against "Competitors A". A report of
// its own (PNG, copy, print), apart from the author comparison's: it is there with no author
// picked, and its notes write out its formulas and the span of its own readings.
import { useMemo, useRef } from 'preact/hooks';
import type { AuthorSet } from '@/lib/annotations';
import { formatNumber, formatPercent, formatVelocity } from '@/lib/format';
import { basisWords } from '@/lib/insights';
import { type ErPref, leadBasis } from '@/lib/metrics';
import type { PostRow } from '@/lib/queries';
import { t, uiLocale } from '../../lib/i18n';
import { ShareReport } from '../common/share-report';
import { compareSetsShown, setsReadingSpan } from './compare-sets';
import { SetsNotes } from './sets-notes';

export function SetsCompared({
  sets,
  rows,
  pref,
  recorded,
}: {
  sets: readonly AuthorSet[];
  rows: readonly PostRow[];
  /** Settings' ER choice, which the rows were made with. */
  pref?: ErPref;
  /** The keys PostLens has an author record of (the only ones counted as authors); null if not known. */
  recorded?: ReadonlySet<string> | null;
}) {
  const locale = uiLocale();
  const figures = useMemo(
    () => compareSetsShown(sets, rows, pref, locale, recorded),
    [sets, rows, pref, locale, recorded],
  );
  const span = useMemo(() => setsReadingSpan(sets, rows), [sets, rows]);
  // The report's "Made …" line is dated with the figures: drawn again when the sets or posts change.
  const drawnAt = useMemo(() => Date.now(), [figures]);
  const report = useRef<HTMLElement>(null);
  // One set is shown too: its figures over all its authors' posts are what a manager reports on,
  // and the next set created joins it.
  if (figures.length === 0) return null;
  // Every set's median ER is on the table's one basis, which the header names. With none (no post
  // of any set has an ER), the lead's words: "0 of 2 posts with an ER by views" is as true.
  const basis = basisWords(figures[0]!.erBasis ?? leadBasis(pref, rows));
  return (
    <section class="sets-report" aria-label={t('annotations.compared.title')} ref={report}>
      <ShareReport target={report} what="author-sets" drawnAt={drawnAt} />
      <table class="sets-compared">
        <caption>{t('annotations.compared.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('annotations.compared.set')}</th>
            <th scope="col">{t('annotations.compared.authors')}</th>
            <th scope="col">{t('annotations.compared.postsSeen')}</th>
            <th scope="col" title={t('annotations.compared.erBasisTitle', basis)}>
              {t('annotations.compared.medianErOn', basis)}
            </th>
            <th scope="col">{t('annotations.compared.medianVelocity')}</th>
            <th scope="col">{t('annotations.compared.totalEngagement')}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => (
            <tr key={f.id}>
              <th scope="row">
                {/* Isolated: a name's direction marks must not reorder the row around it. */}
                <bdi>{f.name}</bdi>
              </th>
              <td class="num" title={f.authorsFormula}>
                {formatNumber(f.authors, locale)}
              </td>
              <td class="num">{formatNumber(f.postsSeen, locale)}</td>
              <td class="num" title={f.medianErFormula}>
                {formatPercent(f.medianEr, locale)}
              </td>
              <td class="num" title={f.medianVelocityFormula}>
                {formatVelocity(f.medianVelocity, locale)}
              </td>
              <td class="num" title={f.totalEngagementFormula}>
                {formatNumber(f.totalEngagement, locale)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <SetsNotes figures={figures} basis={basis} span={span} />
    </section>
  );
}
