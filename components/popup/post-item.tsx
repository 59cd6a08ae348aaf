// One post the tab has shown: counts, rates, velocity and a sparkline of its engagement.

import { Sparkline } from '@/components/badge/sparkline';
import { AddToCampaign } from '@/components/campaigns/add-to-campaign';
import { SafeLink } from '@/components/common/safe-link';
import { StarToggle } from '@/components/common/star-toggle';
import {
  formatCompact,
  formatDateTime,
  formatMultiple,
  formatNumber,
  formatPercent,
  formatVelocity,
  handleLabel,
} from '@/lib/format';
import { type PopupPost, type PostRow, type RateField, rateHint, rateSourcedTitle } from '@/lib/queries';
import { likesAreScore } from '@/lib/types';
import { t, tn, uiLocale } from '../../lib/i18n';
import { postNamed } from './post-named';

/**
 * The counts a post shows, labelled in the user's language (asked at render). Reddit's likes are
 * its score (upvotes − downvotes, which can be below 0), as the badge names them.
 */
const counts = (score: boolean) =>
  [
    ['likes', score ? t('popup.counts.score') : t('popup.counts.likes')],
    ['comments', t('popup.counts.comments')],
    ['reposts', t('popup.counts.reposts')],
    ['saves', t('popup.counts.saves')],
    ['views', t('popup.counts.views')],
  ] as const;

/**
 * The ER Settings lead with, with its basis ("1% of views", as the badge's chip says it): the
 * popup sorts by it at first ("Engagement rate"), and a post's outlier score is taken on it. One
 * post's is by views and another's by followers, so the basis is said, or the order would not be
 * read off the list.
 */
function leadEr(r: PostRow, locale: string): string {
  if (r.er === null || r.erBasis === null) return formatPercent(null);
  const pct = formatPercent(r.er, locale);
  return r.erBasis === 'views' ? t('badge.chip.rateViews', pct) : t('badge.chip.rateFollowers', pct);
}

/** The four rates, labelled and formatted (asked at render). */
const rates = () =>
  [
    ['erFollowers', t('popup.sort.erFollowers'), formatPercent],
    ['erViews', t('popup.sort.erViews'), formatPercent],
    ['velocity', t('popup.sort.velocity'), formatVelocity],
    ['outlier', t('popup.post.outlier'), formatMultiple],
  ] as const satisfies ReadonlyArray<
    readonly [RateField, string, (v: number | null, locale?: string) => string]
  >;

interface Props {
  post: PopupPost;
  dashboardUrl: string;
}

export function PostItem({ post, dashboardUrl }: Props) {
  const r = post.row;
  // An empty name (an imported file may hold one) is none, as the posts table takes it.
  const who = r.authorName || (r.authorHandle ? handleLabel(r.authorHandle) : t('popup.post.unknownAuthor'));
  const hint = rateHint(r);
  // Numbers in the browser's language, as the rest of PostLens writes them ("1.234", "2,5 %").
  const locale = uiLocale();
  // Each rate's note once: shown as its title and again in the list of formulas. A rate by
  // followers read at another time than the post's latest reading says so, and a Reddit post's
  // formulas name its score (rateSourcedTitle).
  const rated = rates().map(([field, label, format]) => ({
    field,
    label,
    value: format(r[field], locale),
    note: rateSourcedTitle(r, field),
  }));
  const lead = {
    field: 'er',
    label: t('popup.sort.er'),
    value: leadEr(r, locale),
    note: rateSourcedTitle(r, 'er'),
  };
  const named = postNamed(who, r, locale);
  return (
    <li class="post">
      <div class="post-head">
        {/* The page's text: in a <bdi>, so a name's right-to-left override ends with the name. */}
        <span class="post-author">
          <bdi>{who}</bdi>
        </span>
        {/* Named for its post, as its links are: named for the author alone, all the stars of an
            author's posts would read the same. */}
        <StarToggle kind="posts" itemKey={r.key} label={named} />
        <SafeLink
          platform={r.platform}
          url={r.url}
          class="post-open"
          label={t('popup.post.openLabel', named)}
          hideWhenUnsafe
        >
          {t('popup.post.open')}
        </SafeLink>
      </div>
      {r.text ? <p class="post-text">{r.text}</p> : null}
      <dl class="counts">
        {counts(likesAreScore(r.platform)).map(([field, label]) => {
          const v = r[field];
          const shown = formatCompact(v, locale);
          // Rounded ("12K"): the exact count stored is given on hover.
          const exact = v === null ? shown : formatNumber(v, locale);
          return (
            <div key={field}>
              <dt>{label}</dt>
              {/* A count the page did not show is unknown, not 0: said as the badge's card says it. */}
              <dd class={v === null ? 'muted' : undefined} title={exact === shown ? undefined : exact}>
                {v === null ? t('badge.notShown') : shown}
              </dd>
            </div>
          );
        })}
      </dl>
      {/* The lead ER on a line of its own: its basis makes it longer than a rate's cell. */}
      <dl class="lead-er">
        <div>
          <dt>{lead.label}</dt>
          <dd title={lead.note}>{lead.value}</dd>
        </div>
      </dl>
      <dl class="rates">
        {rated.map(({ field, label, value, note }) => (
          <div key={field}>
            <dt>{label}</dt>
            <dd title={note}>{value}</dd>
          </div>
        ))}
      </dl>
      {/* The formulas said out loud too: a title shows on hover only, which keyboards and touch
          screens never do. A <details> opens with either. */}
      <details class="formulas">
        {/* Named for its post as the star is: every post's summary would read the same. */}
        <summary aria-label={t('popup.post.formulasLabel', named)}>{t('popup.post.formulas')}</summary>
        {[lead, ...rated].map(({ field, label, note }) => (
          <p key={field}>
            {label}: {note}
          </p>
        ))}
      </details>
      {hint ? <p class="muted rate-hint">{hint}</p> : null}
      {/* The counts and rates are those of the post's last reading: with PostLens off here the page
          is not read, and they may be weeks old. Said, so that they do not pass for the page's now. */}
      <p class="muted post-read">{t('popup.post.lastRead', formatDateTime(r.lastSeen, locale))}</p>
      <div class="post-foot">
        <Sparkline
          values={post.history}
          width={120}
          height={24}
          label={tn('popup.post.sparkline', post.history.length)}
        />
        <a
          href={`${dashboardUrl}#/post/${encodeURIComponent(r.key)}`}
          target="_blank"
          rel="noopener"
          aria-label={t('popup.post.historyLabel', named)}
        >
          {t('popup.post.history')}
        </a>
      </div>
      <AddToCampaign postKeys={[r.key]} dashboardUrl={dashboardUrl} post={named} />
    </li>
  );
}
