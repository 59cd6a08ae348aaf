// The period's top posts by ER, by velocity and by outlier score, each list holding only posts
// that have that figure, so a post with no ER is never ranked as if it had 0.
import { formatMultiple, formatPercent, formatVelocity } from '@/lib/format';
import { basisWords, type TopBy } from '@/lib/insights';
import { OUTLIER_MIN_POSTS } from '@/lib/metrics';
import { type LikesWord, likesWordOfPosts, type PostRow, postsErFormula } from '@/lib/queries';
import type { ErBasis } from '@/lib/types';
import { t, tn, uiLocale } from '../../lib/i18n';
import { authorLabel } from './author-filter';

interface Props {
  top: Record<TopBy, PostRow[]>;
  /** The one basis the list by ER ranks on (buildPostOverview): its title names it. */
  erBasis?: ErBasis | null;
  /** The period has posts, and none shows its interactions: no ER or velocity can be had then. */
  noInteractions?: boolean;
}

/**
 * The three lists, worded when shown (the messages are the user's language, read at render), their
 * figures written in the user's locale as those words are.
 */
const lists = (
  noInteractions: boolean,
  erBasis: ErBasis | null,
  likes: LikesWord,
  locale: string,
): Array<{
  by: TopBy;
  title: string;
  formula: string;
  format: (v: number | null) => string;
  none: string;
}> => [
  {
    by: 'er',
    title: erBasis ? t('insights.topPosts.byErOn', basisWords(erBasis)) : t('insights.topPosts.byEr'),
    // The one basis the list ranks on; with none, the ER as Settings lead with it. Its likes as
    // the listed posts' platforms count them: a Reddit post's are its score.
    formula: postsErFormula(
      erBasis === 'views' ? 'erViews' : erBasis === 'followers' ? 'erFollowers' : 'er',
      likes,
    ),
    format: (v) => formatPercent(v, locale),
    none: noInteractions ? t('insights.topPosts.noInteractions') : t('insights.topPosts.noEr'),
  },
  {
    by: 'velocity',
    title: t('insights.topPosts.byVelocity'),
    formula: t('rateNotes.formula.velocity'),
    format: (v) => formatVelocity(v, locale),
    none: noInteractions ? t('insights.topPosts.noInteractions') : t('insights.topPosts.noVelocity'),
  },
  {
    by: 'outlier',
    title: t('insights.topPosts.byOutlier'),
    formula: t('rateNotes.formula.outlier'),
    format: (v) => formatMultiple(v, locale),
    none: tn('insights.topPosts.noOutlier', OUTLIER_MIN_POSTS),
  },
];

const SNIPPET_MAX = 80;
// Characters as the reader sees them: an emoji (two UTF-16 units, or a family joined by ZWJs) or a
// letter with its accents is kept whole or left out whole, never cut into a broken glyph.
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The longest start of `s` of at most `max` UTF-16 units that ends between two characters. */
function cutAt(s: string, max: number): string {
  let end = 0;
  for (const { index, segment } of graphemes.segment(s)) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  return s.slice(0, end);
}

/** The first words of a post, for a link that says which post it is. */
const snippet = (text: string) => {
  const s = text.trim().replace(/\s+/g, ' ');
  if (s === '') return t('insights.topPosts.noText');
  return s.length > SNIPPET_MAX ? `${cutAt(s, SNIPPET_MAX - 1)}…` : s;
};

export function TopPosts({ top, noInteractions = false, erBasis = null }: Props) {
  return (
    <div class="overview-top">
      {lists(noInteractions, erBasis, likesWordOfPosts(top.er), uiLocale()).map(
        ({ by, title, formula, format, none }) => (
          <section key={by} class="overview-top-list" aria-label={title}>
            <h3>{title}</h3>
            {/* What the figure after each post is, as every card says its own: shown, not only on
              hover, so the report's picture and printed page hold it too. */}
            <p class="overview-formula">= {formula}</p>
            {top[by].length === 0 ? (
              <p class="muted">{none}</p>
            ) : (
              <ol>
                {top[by].map((r) => (
                  <li key={r.key}>
                    {/* The post's and the author's text are the page's: each in a <bdi>, so a
                      direction mark or override in them ends with them and never turns the
                      author or the figure after them around. */}
                    <a href={`#/post/${encodeURIComponent(r.key)}`} title={r.text}>
                      <bdi>{snippet(r.text)}</bdi>
                    </a>{' '}
                    <bdi class="muted">{authorLabel(r)}</bdi> <strong class="num">{format(r[by])}</strong>
                  </li>
                ))}
              </ol>
            )}
          </section>
        ),
      )}
    </div>
  );
}
