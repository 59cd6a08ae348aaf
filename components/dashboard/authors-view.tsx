// Competitor comparison: pick authors, see their followers over time and how their posts do;
// group them in author sets and compare the sets.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { AuthorSets, keyLabel, SetsCompared, useAnnotations } from '@/components/annotations';
import { isolated } from '@/lib/format';
import { sendMessage } from '@/lib/messaging';
import type { ErPref } from '@/lib/metrics';
import { handleLabel, isCommunity, PLATFORM_NAMES } from '@/lib/platforms';
import {
  type Comparison,
  followersChartData,
  loadAuthors,
  loadComparison,
  type PostRow,
} from '@/lib/queries';
import type { AuthorRecord } from '@/lib/records';
import { splitStorageError } from '@/lib/store';
import { t } from '../../lib/i18n';
import { ActionFailed, type Failure, failureOf, rawError, unanswered } from '../common/action-failed';
import { ShareReport } from '../common/share-report';
import { TimeChart } from '../common/time-chart';
import { AuthorPicker } from './author-picker';
import { ComparisonNotes } from './comparison-notes';
import { ComparisonTable } from './comparison-table';

/**
 * An author's line in the followers chart: "@handle" (handleLabel: a channel's path has no "@"),
 * with the platform as the comparison table names it ("@alice · Instagram") when another compared
 * author has the same handle.
 */
function lineLabel(author: AuthorRecord, comparison: Comparison): string {
  const shared = comparison.views.some(
    (v) => v.author.key !== author.key && v.author.handle === author.handle,
  );
  // Plain text (the chart's legend): the handle between U+2068 and U+2069, so a right-to-left
  // override in it cannot turn " · Instagram" around.
  const handle = isolated(handleLabel(author.handle));
  return shared ? `${handle} · ${PLATFORM_NAMES[author.platform]}` : handle;
}

interface Props {
  pref: ErPref;
  /** Bumped when the database changed (import, delete), to read again. */
  version: number;
  onChanged: () => void;
  /** Every post's row, once all are read (null before): what the sets are compared on. */
  rows?: PostRow[] | null;
}

export function AuthorsView({ pref, version, onChanged, rows = null }: Props) {
  const annotations = useAnnotations();
  const [authors, setAuthors] = useState<AuthorRecord[]>([]);
  // Whether `authors` is the stored list: until it is read (or when the read failed), no set's key
  // is said to have no record.
  const [authorsRead, setAuthorsRead] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  // With when it was read: the report says so (ComparisonNotes).
  // With the picked keys that have no author record (deleted, or a set's from an import): said,
  // not compared.
  const [comparison, setComparison] = useState<{
    data: Comparison;
    madeAt: number;
    unrecorded: string[];
  } | null>(null);
  // A read that failed (said in the user's words, the browser's error folded) or a delete's note.
  const [error, setError] = useState<Failure | { text: string; raw?: undefined } | null>(null);
  const [deleteFailure, setDeleteFailure] = useState<Failure | null>(null);
  const fail = (text: () => string) => (e: unknown) => setError({ text: text(), raw: rawError(e) });

  useEffect(() => {
    loadAuthors().then(
      (read) => {
        setAuthors(read);
        setAuthorsRead(true);
      },
      (e) => {
        setAuthorsRead(false);
        fail(() => t('dashboard.authors.readFailed'))(e);
      },
    );
  }, [version]);
  useEffect(() => {
    if (selected.length === 0) {
      setComparison(null);
      return;
    }
    let current = true;
    loadComparison(selected, pref).then(
      (data) => {
        // A community is no author (AuthorPicker leaves it out), though a set made before it did
        // may still hold one: its members are no followers, and it has no posts of its own.
        const views = data.views.filter((v) => !isCommunity(v.author.platform, v.author.handle));
        const unrecorded = selected.filter((k) => !data.views.some((v) => v.author.key === k));
        if (current) setComparison({ data: { ...data, views }, madeAt: Date.now(), unrecorded });
      },
      fail(() => t('dashboard.authors.compareFailed')),
    );
    return () => {
      current = false;
    };
  }, [selected, pref, version]);

  const chart = useMemo(
    () =>
      comparison
        ? followersChartData(
            comparison.data.views.map((v) => ({
              label: lineLabel(v.author, comparison.data),
              points: v.trend.points,
            })),
          )
        : null,
    [comparison],
  );

  const remove = async (key: string) => {
    // What the view says from here on is of this delete (and the reads it brings): an earlier
    // failure left up would say so of a delete that worked.
    setError(null);
    setDeleteFailure(null);
    // An answer "not deleted" is a write undone: nothing changed. No answer leaves unknown whether
    // the delete ran.
    const res = await sendMessage('deleteAuthor', key).catch(unanswered);
    if (!res.ok)
      return setDeleteFailure(
        failureOf(res, {
          failed: () => t('dashboard.authors.deleteFailed'),
          noAnswer: () => t('dashboard.authors.deleteNoAnswer'),
        }),
      );
    // Deleted, but its tags and notes could not be removed: said, as the delete stands; storage's
    // own words (withRawError) folded under the sentence.
    if (res.kept) {
      const { text, raw } = splitStorageError(res.kept);
      setError(raw === null ? { text } : { text, raw });
    }
    setSelected((s) => s.filter((k) => k !== key));
    onChanged();
  };

  // What the picker lists: a set's keys without a record (hidden there) are never added to
  // another set by "Add selected", nor removed unseen by "Remove selected".
  const listed = useMemo(() => new Set(authors.map((a) => a.key)), [authors]);
  const shown = useMemo(() => selected.filter((k) => listed.has(k)), [selected, listed]);
  // The keys with an author record, which alone the sets count as their authors.
  const recorded = authorsRead ? listed : null;
  // A comparison of no author (a set whose authors were all deleted) is no report to share.
  const compared = comparison && comparison.data.views.length > 0 ? comparison : null;

  const report = useRef<HTMLDivElement>(null);
  return (
    <section class="authors-view" aria-label={t('dashboard.authors.region')}>
      <div class="authors-side">
        <AuthorPicker authors={authors} selected={selected} onChange={setSelected} />
        <AuthorSets state={annotations} selected={shown} onPick={setSelected} recorded={recorded} />
      </div>
      <div class="authors-main">
        <div class="comparison-body" ref={report}>
          {error?.raw !== undefined ? (
            <ActionFailed text={error.text} raw={error.raw} />
          ) : error ? (
            <p class="error" role="alert">
              {error.text}
            </p>
          ) : null}
          {/* What an author's Delete answered: the page's, out of the report (picture and print). */}
          {deleteFailure ? (
            <div class="report-omit">
              <ActionFailed text={deleteFailure.text} raw={deleteFailure.raw} />
            </div>
          ) : null}
          {!compared ? <p class="muted">{t('dashboard.authors.pick')}</p> : null}
          {compared && chart ? (
            <>
              <ShareReport target={report} what="authors" drawnAt={compared.madeAt} />
              <TimeChart data={chart} title={t('dashboard.authors.followersChart')} height={280} />
              <ComparisonTable comparison={compared.data} onDelete={remove} pref={pref} />
              <ComparisonNotes comparison={compared.data} madeAt={compared.madeAt} pref={pref} />
            </>
          ) : null}
          {comparison && comparison.unrecorded.length > 0 ? (
            <p class="muted unrecorded">
              {t('dashboard.authors.notRecorded', comparison.unrecorded.map(keyLabel).join(', '))}
            </p>
          ) : null}
        </div>
        {/* Apart from the authors' report, with its own: its figures are the sets', whoever is picked. */}
        {rows ? (
          <SetsCompared sets={annotations.annotations.sets} rows={rows} pref={pref} recorded={recorded} />
        ) : null}
      </div>
    </section>
  );
}
