// Authors side by side: followers, ER, output, best posts and share of voice.
import { ConfirmButton } from '@/components/common/confirm-button';
import { StarToggle } from '@/components/common/star-toggle';
import { formatNumber, formatPercent } from '@/lib/format';
import { PLATFORM_NAMES } from '@/lib/platforms';
import type { Comparison } from '@/lib/queries';

interface Props {
  comparison: Comparison;
  onDelete: (authorKey: string) => void;
}

export function ComparisonTable({ comparison, onDelete }: Props) {
  return (
    <table class="comparison">
      <caption class="visually-hidden">Author comparison</caption>
      <thead>
        <tr>
          <th scope="col">Author</th>
          <th scope="col" class="num">
            Followers
          </th>
          <th scope="col" class="num">
            Follower change
          </th>
          <th scope="col" class="num">
            Posts seen
          </th>
          <th scope="col" class="num">
            Posts / week
          </th>
          <th scope="col" class="num">
            Median ER
          </th>
          <th scope="col" class="num">
            Mean ER
          </th>
          <th scope="col" class="num">
            Engagement
          </th>
          <th scope="col" class="num">
            Share of voice
          </th>
          <th scope="col">Best posts</th>
          <th scope="col">
            <span class="visually-hidden">Actions</span>
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
            <td class="num">{stats.postsPerWeek === null ? '—' : stats.postsPerWeek.toFixed(1)}</td>
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
                      {formatPercent(r.er)} · {r.text.slice(0, 60) || '(no text)'}
                    </a>
                  </li>
                ))}
              </ol>
            </td>
            <td>
              <ConfirmButton
                confirmLabel={`Delete @${author.handle} and all their posts`}
                onConfirm={() => onDelete(author.key)}
              >
                Delete author
              </ConfirmButton>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
