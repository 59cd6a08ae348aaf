// The dashboard's Overview: for a period and the authors chosen, the posts seen, their
// interactions, median ER and velocity, and each author's follower change, every card against the
// period of equal length just before (while it runs, against as much of that one, as each card
// says); then the period's top posts.
import { useMemo, useRef, useState } from 'preact/hooks';
import { ShareReport } from '@/components/common/share-report';
import { dateFormat, formatDateTime, formatNumber } from '@/lib/format';
import {
  buildFollowerCards,
  buildPostOverview,
  changeFormula,
  type FollowerCard,
  lastDays,
  type Period,
  type PeriodCheck,
  type PostOverview,
  periodOfDays,
} from '@/lib/insights';
import type { ErPref } from '@/lib/metrics';
import type { PostRow } from '@/lib/queries';
import { t, tn, uiLocale } from '../../lib/i18n';
import { AuthorFilter, useAuthorFilter } from './author-filter';
import { filterScope } from './filter-scope';
import { OverviewCard } from './overview-card';
import { type PeriodChoice, PeriodChooser } from './period-chooser';
import { TopPosts } from './top-posts';
import { useFollowerReadings } from './use-follower-readings';
import './insights.css';
import './overview.css';

interface Props {
  rows: PostRow[];
  /** The instant "last N days" end at; the time the view opened (or a period was picked) when left out. */
  now?: number;
  /** Settings' ER choice the rows were made with; read from the rows when left out. */
  pref?: ErPref;
}

/** More follower cards than this would push the post cards' context off the screen. */
export const MAX_FOLLOWER_CARDS = 12;

/** Names in the unread-followers line before "and N more". */
const UNREAD_NAMES = 8;

/** "A, B, and 3 more", in the user's language. */
function namesOf(cards: readonly FollowerCard[], labels: ReadonlyMap<string, string>): string {
  const names = cards.slice(0, UNREAD_NAMES).map((c) => labels.get(c.authorKey) ?? c.authorKey);
  if (cards.length > UNREAD_NAMES)
    names.push(t('insights.overview.nMore', formatNumber(cards.length - UNREAD_NAMES, uiLocale())));
  return new Intl.ListFormat(uiLocale(), { type: 'conjunction' }).format(names);
}

const periodOf = (c: PeriodChoice, now: number): PeriodCheck =>
  c.kind === 'last' ? { ok: true, period: lastDays(c.days, now) } : periodOfDays(c.from, c.to);

/**
 * The period and the one before it, as the user writes dates (also in the report's picture and
 * printed page, which show this line). Days picked: their first and last day ("Mar 1 – 7, 2026")
 * in the zone whose days they are; their end is the midnight after the last day, which written as
 * a time ("Mar 8, 2026, 12:00 AM") read as one day more. The last N days: the moments they run
 * from and to (to the time they were picked).
 */
function periodLine({
  period,
  previous,
  partial,
}: Pick<PostOverview<PostRow>, 'period' | 'previous' | 'partial'>) {
  const locale = uiLocale();
  if (period.timeZone !== undefined) {
    const days = (p: Period) =>
      dateFormat(locale, { dateStyle: 'medium', timeZone: p.timeZone }).formatRange(p.start, p.end - 1);
    return t(
      partial ? 'insights.overview.periodDaysSoFar' : 'insights.overview.periodDays',
      days(period),
      days(previous),
    );
  }
  const at = [period.start, period.end, previous.start, previous.end].map((v) => formatDateTime(v, locale));
  return t(partial ? 'insights.overview.periodSoFar' : 'insights.overview.period', ...at);
}

/**
 * While the period runs (partial), the instant the part of the previous period its cards are
 * compared with ends (Overview.compared), as the user writes a date and time, in the zone of the
 * days picked; undefined when the cards compare with the whole previous period.
 */
function upToOf({ partial, compared }: Pick<PostOverview<PostRow>, 'partial' | 'compared'>) {
  if (!partial) return undefined;
  const format = dateFormat(uiLocale(), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: compared.timeZone,
  });
  return format.format(compared.end);
}

export function OverviewView({ rows, now: fixedNow, pref }: Props) {
  const filter = useAuthorFilter(rows);
  const [choice, setChoice] = useState<PeriodChoice>({ kind: 'last', days: 30 });
  const [openedAt, setOpenedAt] = useState(() => Date.now());
  const now = fixedNow ?? openedAt;
  // One author: read theirs; several: read everyone's once rather than again at each platform.
  const readings = useFollowerReadings(filter.author === 'all' ? null : [filter.author]);
  const check = periodOf(choice, now);
  const period = check.ok ? check.period : null;
  // With a set chosen, its authors, also those with no post stored: their profile may have been read.
  const authorKeys = useMemo(() => filter.followed.map((a) => a.key), [filter.followed]);
  const labels = useMemo(() => new Map(filter.followed.map((a) => [a.key, a.label])), [filter.followed]);
  // Two halves, so that the follower readings, which arrive after the rows, rebuild only the
  // follower cards: the post cards keep their objects and their charts are not drawn again.
  const overview = useMemo(
    () => period && buildPostOverview({ rows: filter.chosen, period, now, pref }),
    [filter.chosen, period?.start, period?.end, now, pref],
  );
  const followerCards = useMemo(
    () =>
      period &&
      buildFollowerCards({
        followers: readings.status === 'ready' ? readings.readings : [],
        authors: authorKeys,
        period,
        now,
      }),
    [readings, authorKeys, period?.start, period?.end, now],
  );
  // When the figures shown were drawn (another period, other authors, new readings): the report's
  // "Made …" line goes with them, not with when the Overview was first shown.
  const drawnAt = useMemo(() => Date.now(), [overview, followerCards]);

  // The parts the follower readings do not change, as the same elements until what they show
  // changes: Preact skips them when the readings arrive (the author select alone lists every
  // author), and only the follower cards are drawn again.
  const filters = useMemo(() => <AuthorFilter f={filter} />, [filter]);
  // While the period runs, when the part of the previous period its cards compare with ends.
  const upTo = useMemo(() => (overview ? upToOf(overview) : undefined), [overview]);
  const postCards = useMemo(
    () =>
      overview?.cards.map((c) => (
        <OverviewCard key={c.id} card={c} days={overview.days} end={overview.period.end} upTo={upTo} />
      )),
    [overview, upTo],
  );
  const topPosts = useMemo(() => {
    if (!overview) return null;
    const interactions = overview.cards.find((c) => c.id === 'interactions')?.current;
    const noInteractions = !!interactions && interactions.posts > 0 && interactions.value === null;
    return <TopPosts top={overview.top} noInteractions={noInteractions} erBasis={overview.topErBasis} />;
  }, [overview]);

  // Before the early return: a hook is called on every render, in the same order.
  const report = useRef<HTMLElement>(null);
  if (rows.length === 0) return <p class="muted">{t('insights.noPostsYet')}</p>;
  const pick = (c: PeriodChoice) => {
    setChoice(c);
    // "Last 7 days" means up to the moment it is picked, not to when the dashboard opened.
    setOpenedAt(Date.now());
  };
  // Cards for the authors whose followers were read; the others in one line that says what to do,
  // so that twelve blank cards never push out an author with figures.
  const read = followerCards?.filter((c) => c.read) ?? [];
  const unread = followerCards?.filter((c) => !c.read) ?? [];
  const shownFollowers = read.slice(0, MAX_FOLLOWER_CARDS);
  const hiddenFollowers = read.length - shownFollowers.length;
  return (
    <section class="insights overview" aria-label={t('insights.overview.label')} ref={report}>
      {/* The choices are controls, left out of the report (picture and print: report-omit); the
          scope line and the period line below say in words what they chose. */}
      <form class="insights-filters report-omit" onSubmit={(e) => e.preventDefault()}>
        {filters}
        <PeriodChooser choice={choice} now={now} onChange={pick} clock={() => fixedNow ?? Date.now()} />
      </form>
      {overview && <ShareReport target={report} what="overview" drawnAt={drawnAt} />}
      {overview && (
        <>
          <p class="muted overview-scope">{filterScope(filter)}</p>
          <p class="muted overview-period">
            {periodLine(overview)} {t('insights.overview.countsIn')}{' '}
            {/* Shown, not only in each card's tooltip: the report's picture and printed page hold
                no tooltip, and each card's "(300%)" needs its formula there too. */}
            {changeFormula(upTo)}
          </p>
          {overview.cards[0]!.current.posts === 0 && (
            <p class="insights-empty">{t('insights.overview.empty')}</p>
          )}
          <div class="overview-cards">{postCards}</div>
          <h2>{t('insights.overview.followerChange')}</h2>
          {readings.status === 'loading' && <p class="muted">{t('insights.overview.readingFollowers')}</p>}
          {readings.status === 'failed' && (
            <p class="error">{t('insights.overview.followersFailed', readings.message)}</p>
          )}
          {readings.status === 'ready' && (
            <div class="overview-cards">
              {shownFollowers.map((c) => (
                <OverviewCard
                  key={c.authorKey}
                  card={c}
                  days={overview.days}
                  end={overview.period.end}
                  subtitle={labels.get(c.authorKey) ?? c.authorKey}
                  upTo={upTo}
                />
              ))}
            </div>
          )}
          {readings.status === 'ready' && hiddenFollowers > 0 && (
            <p class="muted">{tn('insights.overview.moreAuthors', hiddenFollowers)}</p>
          )}
          {readings.status === 'ready' && unread.length > 0 && (
            <p class="muted overview-unread">
              {tn('insights.overview.noFollowersYet', unread.length, namesOf(unread, labels))}
            </p>
          )}
          <h2>{t('insights.overview.topPosts')}</h2>
          {topPosts}
        </>
      )}
    </section>
  );
}
