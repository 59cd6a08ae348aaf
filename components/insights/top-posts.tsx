// The period's top posts by ER, by velocity and by outlier score, each list holding only posts
// that have that figure, so a post with no ER is never ranked as if it had 0.
import { formatMultiple, formatNumber, formatPercent, formatVelocity } from '@/lib/format';
import type { TopBy } from '@/lib/insights';
import { OUTLIER_MIN_POSTS } from '@/lib/metrics';
import type { PostRow } from '@/lib/queries';
import { authorLabel } from './author-filter';

interface Props {
  top: Record<TopBy, PostRow[]>;
}

const LISTS: Array<{ by: TopBy; title: string; format: (v: number | null) => string; none: string }> = [
  {
    by: 'er',
    title: 'Top posts by engagement rate',
    format: formatPercent,
    none: 'No post of this period has an ER: PostLens needs the followers or the views.',
  },
  {
    by: 'velocity',
    title: 'Top posts by velocity',
    format: formatVelocity,
    none: 'No post of this period has two readings yet: open it again later to get its velocity.',
  },
  {
    by: 'outlier',
    title: 'Top posts by outlier score',
    format: formatMultiple,
    none: `No post of this period has an outlier score: its author needs ${formatNumber(OUTLIER_MIN_POSTS)} other posts with an ER.`,
  },
];

/** The first words of a post, for a link that says which post it is. */
const snippet = (text: string) => {
  const t = text.trim().replace(/\s+/g, ' ');
  return t === '' ? 'Post without text' : t.length > 80 ? `${t.slice(0, 79)}…` : t;
};

export function TopPosts({ top }: Props) {
  return (
    <div class="overview-top">
      {LISTS.map(({ by, title, format, none }) => (
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
