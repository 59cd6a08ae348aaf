// A post's rates as the posts table shows them (its own columns: label and cell), each with its
// formula and, when blank, what it still needs, written out: the table says these in hover titles
// only, which keyboards and touch screens never show, and a post's page has the room. A rate by
// followers read at another time than the post's latest reading says so (rateSourcedTitle).
import { type PostRow, RATE_FIELDS, rateSourcedTitle } from '@/lib/queries';
import { t } from '../../lib/i18n';
import { columnsOf } from './columns';

export function PostRates({ row }: { row: PostRow }) {
  return (
    <dl class="post-rates" aria-label={t('dashboard.post.rates')}>
      {columnsOf(RATE_FIELDS).map((c) => (
        <div key={c.id}>
          <dt>{c.label}</dt>
          <dd>
            <strong class="num">{c.cell(row)}</strong>{' '}
            <span class="muted">{rateSourcedTitle(row, c.id)}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
