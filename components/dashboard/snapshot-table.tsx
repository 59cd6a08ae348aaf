// Every snapshot of a post, newest first, with the rates at that moment.

import { formatDateTime, formatNumber, formatPercent } from '@/lib/format';
import { engagement, erByFollowers, erByViews } from '@/lib/metrics';
import type { SnapshotRecord } from '@/lib/records';
import { COUNT_FIELDS, type Count } from '@/lib/types';

export function SnapshotTable({
  snapshots,
  followersFallback,
}: {
  snapshots: SnapshotRecord[];
  followersFallback: Count;
}) {
  const newestFirst = [...snapshots].sort((a, b) => b.capturedAt - a.capturedAt);
  return (
    <table class="snapshots">
      <caption class="visually-hidden">Snapshots</caption>
      <thead>
        <tr>
          <th scope="col">Captured</th>
          <th scope="col" class="num">
            Likes
          </th>
          <th scope="col" class="num">
            Comments
          </th>
          <th scope="col" class="num">
            Reposts
          </th>
          <th scope="col" class="num">
            Saves
          </th>
          <th scope="col" class="num">
            Views
          </th>
          <th scope="col" class="num">
            Followers
          </th>
          <th scope="col" class="num">
            Engagement
          </th>
          <th scope="col" class="num">
            ER followers
          </th>
          <th scope="col" class="num">
            ER views
          </th>
        </tr>
      </thead>
      <tbody>
        {newestFirst.map((s) => {
          const followers = s.followers ?? followersFallback;
          return (
            <tr key={s.id ?? s.capturedAt}>
              <td>{formatDateTime(s.capturedAt)}</td>
              {COUNT_FIELDS.map((f) => (
                <td key={f} class="num">
                  {formatNumber(s[f])}
                </td>
              ))}
              <td class="num">{formatNumber(followers)}</td>
              <td class="num">{formatNumber(engagement(s))}</td>
              <td class="num">{formatPercent(erByFollowers(s, followers))}</td>
              <td class="num">{formatPercent(erByViews(s))}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
