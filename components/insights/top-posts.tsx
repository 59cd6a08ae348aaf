// The period's top posts by ER, by velocity and by outlier score, each list holding only posts
// that have that figure, so a post with no ER is never ranked as if it had 0.
import { formatMultiple, formatPercent, formatVelocity } from '@/lib/format';
import type { TopBy } from '@/lib/insights';
import { OUTLIER_MIN_POSTS } from '@/lib/metrics';
import type { PostRow } from '@/lib/queries';
import { t, tn } from '../../lib/i18n';
import { authorLabel } from './author-filter';

interface Props {
  top: Record<TopBy, PostRow[]>;
}

/** The three lists, worded when shown (the messages are the user's language, read at render). */
const lists = (): Array<{ by: TopBy; title: string; format: (v: number | null) => string; none: string }> => [
  {
    by: 'er',
    title: t('insights.topPosts.byEr'),
    format: formatPercent,
    none: t('insights.topPosts.noEr'),
  },
  {
    by: 'velocity',
    title: t('insights.topPosts.byVelocity'),
    format: formatVelocity,
    none: t('insights.topPosts.noVelocity'),
  },
  {
    by: 'outlier',
    title: t('insights.topPosts.byOutlier'),
    format: formatMultiple,
    none: tn('insights.topPosts.noOutlier', OUTLIER_MIN_POSTS),
  },
];

/** The first words of a post, for a link that says which post it is. */
const snippet = (text: string) => {
  const s = text.trim().replace(/\s+/g, ' ');
  return s === '' ? t('insights.topPosts.noText') : s.length > 80 ? `${s.slice(0, 79)}…` : s;
};

export function TopPosts({ top }: Props) {
  return (
    <div class="overview-top">
      {lists().map(({ by, title, format, none }) => (
        <section key={by} class="overview-top-list" aria-label={title}>
          <h3>{title}</h3>
          {top[by].length === 0 ? (
            <p class="muted">{none}</p>
          ) : (
            <ol>
              {top[by].map((r) => (
                <li key={r.key}>
                  <a href={`#/post/${encodeURIComponent(r.key)}`} title={r.text}>
                    {snippet(r.text)}
                  </a>{' '}
                  <span class="muted">{authorLabel(r)}</span> <strong class="num">{format(r[by])}</strong>
                </li>
              ))}
            </ol>
          )}
        </section>
      ))}
    </div>
  );
}
