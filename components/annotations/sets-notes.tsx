// "Sets compared"'s notes, below its table in its report (PNG, print): the span of the readings its
// figures rest on, its one ER basis and each column's formula. A picture or a printout has no hover
// titles, so the table's are written out here, in their own words, under its headers' words.
import { formatDateTime } from '@/lib/format';
import { t, uiLocale } from '../../lib/i18n';
import { FormulaList } from '../common/formula-list';
import type { SetFiguresShown } from './compare-sets';

interface Props {
  figures: readonly SetFiguresShown[];
  /** The table's one ER basis in words ("by views"), as its Median ER header names it. */
  basis: string;
  /** The earliest and latest reading of the sets' posts (setsReadingSpan); null with none. */
  span: [number, number] | null;
}

export function SetsNotes({ figures, basis, span }: Props) {
  const locale = uiLocale();
  const columns: Array<[string, (f: SetFiguresShown) => string | undefined]> = [
    [t('annotations.compared.authors'), (f) => f.authorsFormula],
    [t('annotations.compared.medianErOn', basis), (f) => f.medianErFormula],
    [t('annotations.compared.medianVelocity'), (f) => f.medianVelocityFormula],
    [t('annotations.compared.totalEngagement'), (f) => f.totalEngagementFormula],
  ];
  return (
    <div class="sets-notes">
      <p>
        {span
          ? t(
              'annotations.compared.notes.readings',
              formatDateTime(span[0], locale),
              formatDateTime(span[1], locale),
            )
          : t('annotations.compared.notes.noReadings')}
      </p>
      <p>{t('annotations.compared.erBasisTitle', basis)}</p>
      {/* A set whose cell has no formula (all its authors recorded) has no line; its name isolated:
          direction controls in a name must not reorder the formula after it. */}
      <FormulaList columns={columns} rows={figures} keyOf={(f) => f.id} who={(f) => <bdi>{f.name}</bdi>} />
    </div>
  );
}
