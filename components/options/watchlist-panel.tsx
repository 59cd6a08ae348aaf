// Options → Watchlist: the starred posts and authors (remove each), the two breakout thresholds,
// "Alert me" (asks for the optional notifications permission), and "Check my watchlist now".
// Saved as soon as changed (a threshold once its value is settled: a pause in typing, the field
// left, Enter, or the page closed) in storage.local (lib/watchlist), apart from the settings form's Save.
// A change storage refuses is said in the status line, what and what to do (the browser's words
// folded under it), and the panel shows what is stored.
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { firstCodePoints, formatNumber, handleLabel, isolated } from '@/lib/format';
import { sendMessage } from '@/lib/messaging';
import { MIN_AGE_MS } from '@/lib/metrics';
import { loadAuthors, loadRowsForKeys } from '@/lib/queries';
import { withRawError } from '@/lib/store';
import {
  ALERT_EVERY_MS,
  AUTHOR_RECENT_MS,
  checkWatchlist,
  factorProblem,
  getWatchlist,
  MAX_CHECK_TABS,
  MIN_INTERACTIONS,
  removeStar,
  updateWatchlist,
  type Watchlist,
  watchlistItem,
} from '@/lib/watchlist';
import { t, tn, uiLocale } from '../../lib/i18n';
import { FoldedMessage, rawError, unanswered } from '../common/action-failed';
import { aroundSlot, SLOT } from '../common/slot';

const NOTIFICATIONS = { permissions: ['notifications' as const] };

/** A threshold as the user writes numbers ("1.5" or "1,5"). */
const factor = (v: number) => new Intl.NumberFormat(uiLocale(), { maximumFractionDigits: 6 }).format(v);

/** Labels of the starred keys, from the database (a key not stored shows as itself). */
async function labels(list: Watchlist): Promise<Record<string, string>> {
  const [rows, authors] = await Promise.all([loadRowsForKeys(list.posts, 'auto'), loadAuthors()]);
  const out: Record<string, string> = {};
  // A page's names and text: a direction override in them stays inside them (isolated), also in
  // the remove button's label, and the text is cut between characters, never inside an emoji.
  for (const { row } of rows) {
    const text = firstCodePoints(row.text, 80);
    out[row.key] =
      `${row.authorHandle ? `${isolated(handleLabel(row.authorHandle))}: ` : ''}${text ? isolated(text) : t('options.watchlist.noText')}`;
  }
  // An empty name (an imported file may hold one) is none, as the dashboard and the popup take it:
  // the handle alone then, not "alice (@alice)".
  for (const a of authors)
    if (list.authors.includes(a.key)) {
      const handle = isolated(handleLabel(a.handle));
      out[a.key] = a.name ? `${isolated(a.name)} (${handle})` : handle;
    }
  return out;
}

/** How long typing must pause before a threshold is saved. */
const SETTLE_MS = 800;

function Threshold(props: {
  name: string;
  /** The sentence around the input, its place marked with SLOT ("… reaches … $1×"). */
  hint: string;
  value: number;
  /** Saves the value; answers the factor stored afterwards (another one when refused). Never rejects. */
  onSave: (v: number) => Promise<number>;
}) {
  const [text, setText] = useState(String(props.value));
  // The text shown now, for a refused save that ends after further typing (not to overwrite it).
  const shown = useRef(text);
  shown.current = text;
  const parsed = text.trim() === '' ? Number.NaN : Number(text);
  const problem = factorProblem(parsed);
  const [before, after] = aroundSlot(props.hint);
  // Saved once the value is settled: a pause in typing, the field left, Enter, or the page
  // closed. Never at each keystroke: typing "150" over 2 would otherwise save 1×, then 15×
  // (alerting on them meanwhile), and leave 15× when 150 is refused. Only a valid number is saved;
  // anything else keeps the stored threshold (and drops a pending save of a value typed before).
  const pending = useRef<{ value: number; timer: ReturnType<typeof setTimeout> } | null>(null);
  const save = useRef(props.onSave);
  save.current = props.onSave;
  const flush = () => {
    const p = pending.current;
    if (!p) return;
    clearTimeout(p.timer);
    pending.current = null;
    // Refused: the field shows the factor that still applies (the panel says why), unless the
    // user has typed something else since.
    void save.current(p.value).then((stored) => {
      if (stored !== p.value && Number(shown.current) === p.value) setText(String(stored));
    });
  };
  const typed = (next: string) => {
    setText(next);
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
    const v = next.trim() === '' ? Number.NaN : Number(next);
    if (factorProblem(v) === null && v !== props.value)
      pending.current = { value: v, timer: setTimeout(flush, SETTLE_MS) };
  };
  // The stored threshold changed (saved here, or in another tab or page): the field shows it, so
  // an edit starts from it and Enter or a step of the arrows never saves the value shown before
  // over it. A value the user is typing and has not saved yet stays (pending, or not a number).
  useEffect(() => {
    if (pending.current) return;
    const current = shown.current;
    const v = current.trim() === '' ? Number.NaN : Number(current);
    if (factorProblem(v) === null && v !== props.value) setText(String(props.value));
  }, [props.value]);
  useEffect(() => {
    addEventListener('pagehide', flush);
    return () => {
      removeEventListener('pagehide', flush);
      flush();
    };
  }, []);
  return (
    <label>
      {before}
      <input
        type="number"
        min={1}
        max={100}
        step={0.1}
        value={text}
        aria-label={props.name}
        aria-invalid={problem !== null}
        onInput={(e) => typed(e.currentTarget.value)}
        onChange={flush}
        onKeyDown={(e) => {
          if (e.key === 'Enter') flush();
        }}
      />
      {after}
      {problem ? (
        <span
          class="error"
          role="alert"
        >{` ${t('options.watchlist.thresholdProblem', props.name, problem, factor(props.value))}`}</span>
      ) : null}
    </label>
  );
}

export function WatchlistPanel() {
  const [list, setList] = useState<Watchlist | null>(null);
  const [names, setNames] = useState<Record<string, string>>({});
  const [note, setNote] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  useEffect(() => {
    // Stars added or removed on other pages (the dashboard, the popup) while the panel is open: it
    // shows the list as stored now. A change stored while the first read is on its way is newer.
    let changed = false;
    const unwatch = watchlistItem.watch((w) => {
      changed = true;
      setList(checkWatchlist(w).value);
    });
    getWatchlist().then(
      async (w) => {
        if (!changed) setList(w);
        // Alerts on while the permission was taken back (browser settings): say none can show.
        if (w.alerts && !(await browser.permissions.contains(NOTIFICATIONS).catch(() => false)))
          setNote(t('options.watchlist.permissionGone'));
      },
      (e: unknown) => setNote(withRawError(t('options.watchlist.readFailed'), rawError(e))),
    );
    return unwatch;
  }, []);
  // The names of the stars listed, read again whenever the stars change (wherever they changed), so
  // none shows as its raw key; a read that ends after a newer one started is dropped.
  const starred = list && JSON.stringify([list.posts, list.authors]);
  useEffect(() => {
    if (!list) return;
    let current = true;
    labels(list).then(
      (n) => current && setNames(n),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [starred]);
  if (!list)
    return note ? (
      <FoldedMessage message={note} role="status" class="muted" />
    ) : (
      <p class="muted">{t('options.watchlist.loading')}</p>
    );

  /**
   * Storage refused a change (full, or gone): the panel shows the watchlist as stored again (a
   * box the user ticked unticks, a star stays) and says what was not saved and what to do, the
   * browser's words (`e`, Chromium's "Resource::kQuotaBytes quota exceeded") folded after it.
   * Answers what is shown.
   */
  const refused = async (e: unknown, say: (stored: Watchlist) => string): Promise<Watchlist> => {
    const stored = await getWatchlist().catch(() => list);
    // A new object, so the panel renders again even when nothing stored changed: a ticked box
    // shows the stored state again.
    setList({ ...stored });
    setNote(withRawError(say(stored), rawError(e)));
    return stored;
  };

  /** Saves a change; answers the watchlist as stored afterwards, and whether the change was saved. */
  const save = async (
    patch: Partial<Watchlist>,
    failed: (stored: Watchlist) => string,
  ): Promise<{ stored: Watchlist; saved: boolean }> => {
    try {
      const stored = await updateWatchlist(patch);
      setList(stored);
      return { stored, saved: true };
    } catch (e) {
      return { stored: await refused(e, failed), saved: false };
    }
  };
  // The stored list, not this panel's copy: a star added elsewhere since the panel opened stays.
  const remove = async (kind: 'posts' | 'authors', key: string) => {
    try {
      setList(await removeStar(kind, key));
    } catch (e) {
      await refused(e, () => t('options.watchlist.removeFailed', names[key] ?? key));
    }
  };
  const saveFactor = (field: 'postFactor' | 'authorFactor', name: string) => async (v: number) =>
    (
      await save({ [field]: v }, (stored) =>
        t('options.watchlist.thresholdFailed', name, factor(v), factor(stored[field])),
      )
    ).stored[field];

  const alertsFailed = () => t('options.watchlist.alertsFailed');
  const switchAlerts = async (on: boolean) => {
    if (!on) {
      if ((await save({ alerts: false }, alertsFailed)).saved) setNote(null);
      return;
    }
    // First thing in the click: the browser shows its prompt only during the user's gesture.
    const granted = await browser.permissions.request(NOTIFICATIONS).catch(() => false);
    if (!granted) return setNote(t('options.watchlist.refused'));
    if ((await save({ alerts: true }, alertsFailed)).saved) setNote(t('options.watchlist.alertsOn'));
  };

  const checkNow = async () => {
    setChecking(true);
    setNote(t('options.watchlist.opening'));
    const r = await sendMessage('checkWatchlist', undefined).catch(unanswered);
    setChecking(false);
    // No answer (the service worker stopped, the extension reloaded): the user's sentence, the
    // browser's words folded after it, as a failed check's answer folds them.
    if ('unanswered' in r) return setNote(withRawError(t('options.watchlist.checkNoAnswer'), r.error));
    if (!r.ok) return setNote(r.error);
    const lines = [tn('options.watchlist.checked', r.opened)];
    if (r.failed > 0) lines.push(tn('options.watchlist.failed', r.failed));
    // The cap the check applies (lib/watchlist), never a number written again in the words.
    if (r.skipped > 0)
      lines.push(tn('options.watchlist.skipped', r.skipped, formatNumber(MAX_CHECK_TABS, uiLocale())));
    if (r.opened + r.failed > 0 && !r.closed) lines.push(t('options.watchlist.notClosed'));
    setNote(lines.join(' '));
  };

  const starredList = (kind: 'posts' | 'authors', title: string) => (
    <>
      <h3>{title}</h3>
      {list[kind].length === 0 ? (
        <p class="muted">
          {kind === 'posts' ? t('options.watchlist.noPosts') : t('options.watchlist.noAuthors')}
        </p>
      ) : (
        <ul class={`watch-${kind}`}>
          {list[kind].map((key) => (
            <li key={key}>
              {names[key] ?? key}{' '}
              <button
                type="button"
                aria-label={t('options.watchlist.removeItem', names[key] ?? key)}
                onClick={() => remove(kind, key)}
              >
                {t('options.watchlist.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );

  return (
    <fieldset class="watchlist">
      <legend>{t('options.watchlist.legend')}</legend>
      <p class="muted">{t('options.watchlist.savedAtOnce')}</p>
      {starredList('posts', t('options.watchlist.starredPosts'))}
      {starredList('authors', t('options.watchlist.starredAuthors'))}
      <Threshold
        name={t('options.watchlist.postThreshold')}
        hint={t('options.watchlist.postThresholdHint', SLOT, formatNumber(MIN_INTERACTIONS, uiLocale()))}
        value={list.postFactor}
        onSave={saveFactor('postFactor', t('options.watchlist.postThreshold'))}
      />
      <Threshold
        name={t('options.watchlist.authorThreshold')}
        hint={t(
          'options.watchlist.authorThresholdHint',
          SLOT,
          formatNumber(MIN_AGE_MS / 60_000, uiLocale()),
          formatNumber(AUTHOR_RECENT_MS / 3_600_000, uiLocale()),
          formatNumber(MIN_INTERACTIONS, uiLocale()),
        )}
        value={list.authorFactor}
        onSave={saveFactor('authorFactor', t('options.watchlist.authorThreshold'))}
      />
      <label>
        <input
          type="checkbox"
          checked={list.alerts}
          onChange={(e) => switchAlerts(e.currentTarget.checked)}
        />{' '}
        {/* The alerts' spacing as the background applies it (lib/watchlist), in hours. */}
        {tn('options.watchlist.alertMe', ALERT_EVERY_MS / 3_600_000)}
      </label>
      <div class="actions">
        <button type="button" disabled={checking || list.posts.length === 0} onClick={checkNow}>
          {t('options.watchlist.checkNow')}
        </button>
      </div>
      {/* A failed check's answer (background.watchlistFailed, withRawError), none at all
          (options.watchlist.checkNoAnswer), or a change storage refused: its sentence, the
          browser's words folded. */}
      {note ? <FoldedMessage message={note} role="status" /> : null}
    </fieldset>
  );
}
