// "Sets compared": one row per author set, measured over all its authors' posts together, with
// the figures of the author comparison, so "Our brand" reads against "Competitors A".
import { useMemo } from 'preact/hooks';
import type { AuthorSet } from '@/lib/annotations';
import { formatNumber, formatPercent, formatVelocity } from '@/lib/format';
import { basisWords } from '@/lib/insights';
import { type ErPref, leadBasis } from '@/lib/metrics';
import type { PostRow } from '@/lib/queries';
import { t, uiLocale } from '../../lib/i18n';
import { compareSetsShown } from './compare-sets';

export function SetsCompared({
  sets,
  rows,
  pref,
}: {
  sets: readonly AuthorSet[];
  rows: readonly PostRow[];
  /** Settings' ER choice, which the rows were made with. */
  pref?: ErPref;
}) {
  const locale = uiLocale();
  const figures = useMemo(() => compareSetsShown(sets, rows, pref, locale), [sets, rows, pref, locale]);
  if (figures.length === 0) return null;
  // Every set's median ER is on the table's one basis, which the header names. With none (no post
  // of any set has an ER), the lead's words: "0 of 2 posts with an ER by views" is as true.
  const basis = basisWords(figures[0]!.erBasis ?? leadBasis(pref, rows));
  return (
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
            <th scope="row">{f.name}</th>
            <td class="num">{formatNumber(f.authors, locale)}</td>
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
  );
}
