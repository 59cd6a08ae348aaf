// Authors side by side: followers, ER, output, best posts and share of voice.
import { ConfirmButton } from '@/components/common/confirm-button';
import { StarToggle } from '@/components/common/star-toggle';
import { formatNumber, formatPercent, formatPerWeek } from '@/lib/format';
import { PLATFORM_NAMES } from '@/lib/platforms';
import type { Comparison } from '@/lib/queries';
import { t, uiLocale } from '../../lib/i18n';

/** A post's first 60 characters (code points: an emoji is never cut in two); the rest is in its title. */
const shortText = (text: string): string => (text.length <= 60 ? text : [...text].slice(0, 60).join(''));

interface Props {
  comparison: Comparison;
  onDelete: (authorKey: string) => void;
}

export function ComparisonTable({ comparison, onDelete }: Props) {
  return (
    <table class="comparison">
      <caption class="visually-hidden">{t('dashboard.comparison.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dashboard.comparison.author')}</th>
          <th scope="col" class="num">
            {t('dashboard.comparison.followers')}
          </th>
          <th scope="col" class="num">
            {t('dashboard.comparison.followerChange')}
          </th>
          <th scope="col" class="num">
            {t('dashboard.comparison.postsSeen')}
          </th>
          <th scope="col" class="num">
            {t('dashboard.comparison.postsPerWeek')}
          </th>
          <th scope="col" class="num">
            {t('dashboard.comparison.medianEr')}
          </th>
          <th scope="col" class="num">
            {t('dashboard.comparison.meanEr')}
          </th>
          <th scope="col" class="num">
            {t('dashboard.comparison.engagement')}
          </th>
          <th scope="col" class="num">
            {t('dashboard.comparison.shareOfVoice')}
          </th>
          <th scope="col">{t('dashboard.comparison.bestPosts')}</th>
          <th scope="col">
            <span class="visually-hidden">{t('dashboard.comparison.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {comparison.views.map(({ author, trend, stats }) => (
          <tr key={author.key} data-author={author.key}>
            <th scope="row">
              {author.name ?? `@${author.handle}`}
              <div class="muted">
                @{author.handle} · {PLATFORM_NAMES[author.platform]}
              </div>
              <StarToggle kind="authors" itemKey={author.key} label={`@${author.handle}`} />
            </th>
            <td class="num">{formatNumber(trend.latest)}</td>
            <td class="num">
              {trend.change === null ? '—' : `${trend.change > 0 ? '+' : ''}${formatNumber(trend.change)}`}
            </td>
            <td class="num">{formatNumber(stats.postsSeen)}</td>
            <td class="num">{formatPerWeek(stats.postsPerWeek, uiLocale())}</td>
            <td class="num">{formatPercent(stats.medianEr)}</td>
            <td class="num">{formatPercent(stats.meanEr)}</td>
            <td class="num">{formatNumber(stats.totalEngagement)}</td>
            <td class="num" data-col="share">
              {formatPercent(comparison.share.get(author.key) ?? null)}
            </td>
            <td>
              <ol class="best">
                {stats.bestPosts.map((r) => (
                  <li key={r.key}>
                    <a href={`#/post/${encodeURIComponent(r.key)}`} title={r.text}>
                      {formatPercent(r.er)} · {shortText(r.text) || t('dashboard.noText')}
                    </a>
                  </li>
                ))}
              </ol>
            </td>
            <td>
              <ConfirmButton
                confirmLabel={t('dashboard.comparison.deleteConfirm', author.handle)}
                onConfirm={() => onDelete(author.key)}
              >
                {t('dashboard.comparison.deleteAuthor')}
              </ConfirmButton>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
