// A post's rates as the posts table works them out, each with its formula and, when blank, what it
// still needs, written out: the table says these in hover titles only, which keyboards and touch
// screens never show, and a post's page has the room.
import { formatMultiple, formatPercent, formatVelocity } from '@/lib/format';
import { type PostRow, RATE_FIELDS, type RateField, rateTitle } from '@/lib/queries';
import { t } from '../../lib/i18n';
import { COLUMNS } from './columns';

/** Each rate by the table's own column name (the column's label reads the user's language). */
const label = (field: RateField) => COLUMNS.find((c) => c.id === field)?.label ?? field;

const FORMAT: Record<RateField, (v: number | null) => string> = {
  er: formatPercent,
  erFollowers: formatPercent,
  erViews: formatPercent,
  velocity: formatVelocity,
  outlier: formatMultiple,
};

export function PostRates({ row }: { row: PostRow }) {
  return (
    <dl class="post-rates" aria-label={t('dashboard.post.rates')}>
      {RATE_FIELDS.map((field) => (
        <div key={field}>
          <dt>{label(field)}</dt>
          <dd>
            <strong class="num">{FORMAT[field](row[field])}</strong>{' '}
            <span class="muted">{rateTitle(row, field)}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
