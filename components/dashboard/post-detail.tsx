// One post: what it is, its counts and ERs over time, every snapshot, and delete.

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { PostAnnotations } from '@/components/annotations';
import { AddToCampaign } from '@/components/campaigns';
import {
  ActionFailed,
  type Failure,
  failureOf,
  rawError,
  unanswered,
} from '@/components/common/action-failed';
import { ConfirmButton } from '@/components/common/confirm-button';
import { reportMade } from '@/components/common/report-image';
import { SafeLink } from '@/components/common/safe-link';
import { ShareReport } from '@/components/common/share-report';
import { StarToggle } from '@/components/common/star-toggle';
import { formatDateTime, formatPosted } from '@/lib/format';
import { sendMessage } from '@/lib/messaging';
import { handleLabel, PLATFORM_NAMES } from '@/lib/platforms';
import {
  buildRow,
  type PostDetail as Detail,
  loadPostDetail,
  type PostRow,
  postChartData,
  postErFormula,
} from '@/lib/queries';
import { COUNT_FIELDS, postedMs } from '@/lib/types';
import { t, tn, uiLocale } from '../../lib/i18n';
import { TimeChart } from '../common/time-chart';
import { noPostingTime } from './columns';
import { PostRates } from './post-rates';
import { engagementFormula, SnapshotTable } from './snapshot-table';

/** The posting time as the page says it; where the post showed none, "—" and why (as the table's cell). */
const postedText = (publishedAt: string | null): string =>
  publishedAt === null || Number.isNaN(postedMs(publishedAt))
    ? `— (${noPostingTime()})`
    : formatPosted(publishedAt, true, uiLocale());

/** What a row's rates are made of, whichever ER the settings lead with. */
const ROW_INPUTS = [
  'snapshotCount',
  ...COUNT_FIELDS,
  'followers',
  'engagement',
  'erFollowers',
  'erViews',
  'velocity',
] as const satisfies readonly (keyof PostRow)[];

/**
 * Whether the table's row (read when the dashboard read its rows) is of the snapshots the page
 * lists now: a reading recorded since (another tab), merged or pruned makes it an older post's,
 * and its rates are then not "its rates now".
 */
function rowIsCurrent(row: PostRow, d: Detail): boolean {
  const now = buildRow(d.post, d.snapshots, d.author ?? undefined, 'auto');
  return ROW_INPUTS.every((f) => Object.is(row[f], now[f]));
}

interface Props {
  postKey: string;
  /** The post's row as the table has it (its rates, the outlier among the author's posts): null
   *  while the rows are read. */
  row?: PostRow | null;
  /** The post is deleted; `kept` says when its tags and notes could not be removed: its sentence,
   *  then storage's own words enclosed apart (withRawError), for the page to fold (splitStorageError). */
  onDeleted: (kept?: string) => void;
}

export function PostDetail({ postKey, row, onDeleted }: Props) {
  const [detail, setDetail] = useState<Detail | null | 'loading'>('loading');
  // When the shown figures were read: the report's date (the page is not read again until the URL
  // names another post).
  const [madeAt, setMadeAt] = useState(0);
  // A failed read says what failed and what to do, the browser's words (raw) folded under it.
  const [error, setError] = useState<Failure | null>(null);
  // A failed delete, said the same way but on the page: the post is still there to delete again.
  const [deleteError, setDeleteError] = useState<Failure | null>(null);
  // Each "Try again" reads the post again.
  const [attempt, setAttempt] = useState(0);
  const report = useRef<HTMLElement>(null);
  useEffect(() => {
    // The post the URL names now: a read begun for the post left (Back, Forward, a link) may
    // answer after this one, and must not show that post, or its error, under this one's URL.
    let current = true;
    setDetail('loading');
    setError(null);
    setDeleteError(null);
    loadPostDetail(postKey)
      .then((d) => {
        if (!current) return;
        setMadeAt(Date.now());
        setDetail(d);
      })
      .catch((e: unknown) => current && setError({ text: t('dashboard.post.loadFailed'), raw: rawError(e) }));
    return () => {
      current = false;
    };
  }, [postKey, attempt]);
  const fallback = detail && detail !== 'loading' ? (detail.author?.followers ?? null) : null;
  const chart = useMemo(
    () =>
      detail && detail !== 'loading' ? postChartData(detail.snapshots, fallback, detail.post.platform) : null,
    [detail, fallback],
  );
  if (error)
    return (
      <ActionFailed text={error.text} raw={error.raw}>
        <button type="button" onClick={() => setAttempt((n) => n + 1)}>
          {t('dashboard.post.retry')}
        </button>
      </ActionFailed>
    );
  if (detail === 'loading') return <p class="muted">{t('dashboard.loading')}</p>;
  if (detail === null) return <p>{t('dashboard.post.notFound')}</p>;
  const { post, snapshots } = detail;

  const remove = async () => {
    setDeleteError(null);
    // An answer "not deleted" is a write undone: nothing changed. No answer (the background could
    // not be reached, or its answer was lost) leaves unknown whether the delete ran.
    const res = await sendMessage('deletePost', post.key).catch(unanswered);
    if (res.ok) onDeleted(res.kept);
    else
      setDeleteError(
        failureOf(res, {
          failed: () => t('dashboard.post.deleteFailed'),
          noAnswer: () => t('dashboard.post.deleteNoAnswer'),
        }),
      );
  };

  return (
    <article class="post-detail" ref={report}>
      <ShareReport target={report} what={`post-${post.key}`} />
      <header>
        <h2>
          {/* The name and handle are the page's text: each in a <bdi>, so a right-to-left mark
              in them cannot turn the handle, the " · " or the platform's name around. An empty
              name (an imported file may hold one) is none, as the posts table takes it; the
              handle then heads the line once, as in the popup. */}
          {post.authorName ? (
            <bdi>{post.authorName}</bdi>
          ) : post.authorHandle ? (
            <bdi>{handleLabel(post.authorHandle)}</bdi>
          ) : (
            t('dashboard.post.unknownAuthor')
          )}{' '}
          <span class="muted">
            {post.authorName && post.authorHandle ? (
              <>
                <bdi>{handleLabel(post.authorHandle)}</bdi>
                {' · '}
              </>
            ) : null}
            {PLATFORM_NAMES[post.platform]}
          </span>
        </h2>
        <p class="post-text">{post.text || t('dashboard.noText')}</p>
        <p class="muted">
          {t(
            'dashboard.post.times',
            postedText(post.publishedAt),
            formatDateTime(post.firstSeen, uiLocale()),
            formatDateTime(post.lastSeen, uiLocale()),
          )}{' '}
          · {/* Kept in the report: the post's address is the figures' source (a link in a PDF). */}
          <SafeLink platform={post.platform} url={post.url}>
            {t('dashboard.post.openOn', PLATFORM_NAMES[post.platform])}
          </SafeLink>
        </p>
        {/* The zone once, and the report's own date, as every report writes them: a picture or
            print sent on says when its figures were read and whose times it gives. */}
        <p class="muted post-made">{reportMade(madeAt, uiLocale())}</p>
        {/* The page's controls and what they answered: out of the report (picture and print). */}
        <div class="report-omit">
          <StarToggle kind="posts" itemKey={post.key} label={t('dashboard.post.starLabel')} />
          <AddToCampaign postKeys={[post.key]} />
          <ConfirmButton confirmLabel={t('dashboard.post.deleteConfirm')} onConfirm={remove}>
            {t('dashboard.post.delete')}
          </ConfirmButton>
          {deleteError ? <ActionFailed text={deleteError.text} raw={deleteError.raw} /> : null}
        </div>
      </header>
      {/* The table's rates, only while they are of the snapshots listed below (else none: a wrong
          figure is worse than none, and the table's rows are read again on the next load). */}
      {row && rowIsCurrent(row, detail) ? <PostRates row={row} /> : null}
      <PostAnnotations postKey={post.key} />
      {/* A reading that did not show a count is a break in its line (postChartData leaves it null):
          drawn across, the line would claim a value no reading showed. */}
      {chart ? <TimeChart data={chart} title={t('dashboard.post.chart')} spanGaps={false} /> : null}
      <h3>{tn('dashboard.post.snapshots', snapshots.length)}</h3>
      <SnapshotTable snapshots={snapshots} followersFallback={fallback} platform={post.platform} />
      {/* The table's engagement and two rates with their formulas, in words: on screen, printed and
          in the shared picture (the Engagement header's hover title is in none of the last two). */}
      <p class="muted engagement-formula">
        {t('dashboard.columns.engagement')} = {engagementFormula(post.platform)}
      </p>
      <p class="muted formulas">
        {t('dashboard.columns.erFollowers')} = {postErFormula('erFollowers', post.platform)} ·{' '}
        {t('dashboard.columns.erViews')} = {postErFormula('erViews', post.platform)}
      </p>
    </article>
  );
}
