// One post: what it is, its counts and ERs over time, every snapshot, and delete.

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { PostAnnotations } from '@/components/annotations';
import { AddToCampaign } from '@/components/campaigns';
import { ConfirmButton } from '@/components/common/confirm-button';
import { SafeLink } from '@/components/common/safe-link';
import { ShareReport } from '@/components/common/share-report';
import { StarToggle } from '@/components/common/star-toggle';
import { formatDateTime } from '@/lib/format';
import { sendMessage } from '@/lib/messaging';
import { PLATFORM_NAMES } from '@/lib/platforms';
import { type PostDetail as Detail, loadPostDetail, postChartData } from '@/lib/queries';
import { TimeChart } from '../common/time-chart';
import { SnapshotTable } from './snapshot-table';

interface Props {
  postKey: string;
  onDeleted: () => void;
}

export function PostDetail({ postKey, onDeleted }: Props) {
  const [detail, setDetail] = useState<Detail | null | 'loading'>('loading');
  const [error, setError] = useState<string | null>(null);
  const report = useRef<HTMLElement>(null);
  useEffect(() => {
    setDetail('loading');
    loadPostDetail(postKey)
      .then(setDetail)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [postKey]);
  const fallback = detail && detail !== 'loading' ? (detail.author?.followers ?? null) : null;
  const chart = useMemo(
    () => (detail && detail !== 'loading' ? postChartData(detail.snapshots, fallback) : null),
    [detail, fallback],
  );

  if (error)
    return (
      <p class="error" role="alert">
        {error}
      </p>
    );
  if (detail === 'loading') return <p class="muted">Loading…</p>;
  if (detail === null) return <p>This post is not in the database (it may have been deleted).</p>;
  const { post, snapshots } = detail;

  const remove = async () => {
    const res = await sendMessage('deletePost', post.key).catch((e: unknown) => ({
      ok: false as const,
      error: e instanceof Error ? e.message : String(e),
    }));
    if (res.ok) onDeleted();
    else setError(`Delete failed: ${res.error}`);
  };

  return (
    <article class="post-detail" ref={report}>
      <ShareReport target={report} what={`post-${post.key}`} />
      <header>
        <h2>
          {post.authorName ?? (post.authorHandle ? `@${post.authorHandle}` : 'Unknown author')}{' '}
          <span class="muted">
            {post.authorHandle ? `@${post.authorHandle} · ` : ''}
            {PLATFORM_NAMES[post.platform]}
          </span>
        </h2>
        <p class="post-text">{post.text || '(no text)'}</p>
        <p class="muted">
          Posted {formatDateTime(post.publishedAt)} · first seen {formatDateTime(post.firstSeen)} · last seen{' '}
          {formatDateTime(post.lastSeen)} ·{' '}
          <SafeLink platform={post.platform} url={post.url}>
            Open on {PLATFORM_NAMES[post.platform]}
          </SafeLink>
        </p>
        <StarToggle kind="posts" itemKey={post.key} label="this post" />
        <AddToCampaign postKeys={[post.key]} />
        <ConfirmButton confirmLabel="Delete this post and its snapshots" onConfirm={remove}>
          Delete post
        </ConfirmButton>
      </header>
      <PostAnnotations postKey={post.key} />
      {chart ? <TimeChart data={chart} title="Counts and engagement rate over time" /> : null}
      <h3>
        {snapshots.length} snapshot{snapshots.length === 1 ? '' : 's'}
      </h3>
      <SnapshotTable snapshots={snapshots} followersFallback={fallback} />
    </article>
  );
}
