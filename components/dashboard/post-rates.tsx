// A post's rates as the posts table works them out, each with its formula and, when blank, what it
// still needs, written out: the table says these in hover titles only, which keyboards and touch
// screens never show, and a post's page has the room.
import { formatMultiple, formatPercent, formatVelocity } from '@/lib/format';
import { type PostRow, RATE_FIELDS, type RateField, rateTitle } from '@/lib/queries';
import { t } from '../../lib/i18n';

/** Each rate by the table's own column name (asked at render: the user's language). */
const LABELS: Record<RateField, () => string> = {
  er: () => t('dashboard.columns.er'),
  erFollowers: () => t('dashboard.columns.erFollowers'),
  erViews: () => t('dashboard.columns.erViews'),
  velocity: () => t('dashboard.columns.velocity'),
  outlier: () => t('dashboard.columns.outlier'),
};

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
          <dt>{LABELS[field]()}</dt>
          <dd>
            <strong class="num">{FORMAT[field](row[field])}</strong>{' '}
            <span class="muted">{rateTitle(row, field)}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
