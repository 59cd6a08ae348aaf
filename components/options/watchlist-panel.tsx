// Options → Watchlist: the starred posts and authors (remove each), the two breakout thresholds,
// "Alert me" (asks for the optional notifications permission), and "Check my watchlist now".
// Saved as soon as changed (storage.local, lib/watchlist), apart from the settings form's Save.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messaging';
import { loadAuthors, loadRowsForKeys } from '@/lib/queries';
import { factorProblem, getWatchlist, toggleKey, updateWatchlist, type Watchlist } from '@/lib/watchlist';

const NOTIFICATIONS = { permissions: ['notifications' as const] };
const REFUSED = 'Alerts stay off: the browser did not grant PostLens permission to show notifications.';

/** Labels of the starred keys, from the database (a key not stored shows as itself). */
async function labels(list: Watchlist): Promise<Record<string, string>> {
  const [rows, authors] = await Promise.all([loadRowsForKeys(list.posts, 'auto'), loadAuthors()]);
  const out: Record<string, string> = {};
  for (const { row } of rows)
    out[row.key] =
      `${row.authorHandle ? `@${row.authorHandle}: ` : ''}${row.text.slice(0, 80) || '(no text)'}`;
  for (const a of authors)
    if (list.authors.includes(a.key)) out[a.key] = `${a.name ?? a.handle} (@${a.handle})`;
  return out;
}

function Threshold(props: {
  name: string;
  hint: string;
  value: number;
  onSave: (v: number) => Promise<void>;
}) {
  const [text, setText] = useState(String(props.value));
  const parsed = text.trim() === '' ? Number.NaN : Number(text);
  const problem = factorProblem(parsed);
  return (
    <label>
      {props.hint}{' '}
      <input
        type="number"
        min={1}
        max={100}
        step={0.1}
        value={text}
        aria-label={props.name}
        aria-invalid={problem !== null}
        onInput={(e) => {
          const next = e.currentTarget.value;
          setText(next);
          const v = next.trim() === '' ? Number.NaN : Number(next);
          // Only a valid number is saved; anything else keeps the stored threshold.
          if (factorProblem(v) === null) void props.onSave(v);
        }}
      />
      ×
      {problem ? (
        <span
          class="error"
          role="alert"
        >{` ${props.name} ${problem}; the saved ${props.value}× still applies.`}</span>
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
    getWatchlist().then(
      async (w) => {
        setList(w);
        setNames(await labels(w).catch(() => ({})));
        // Alerts on while the permission was taken back (browser settings): say none can show.
        if (w.alerts && !(await browser.permissions.contains(NOTIFICATIONS).catch(() => false)))
          setNote(
            'Alerts are on, but PostLens may not show notifications: turn Alert me off and on to ask again.',
          );
      },
      (e: unknown) => setNote(`Could not read the watchlist: ${String(e)}`),
    );
  }, []);
  if (!list) return <p class="muted">{note ?? 'Loading watchlist…'}</p>;

  const save = async (patch: Partial<Watchlist>) => setList(await updateWatchlist(patch));
  const remove = (kind: 'posts' | 'authors', key: string) => save({ [kind]: toggleKey(list[kind], key) });

  const switchAlerts = async (on: boolean) => {
    if (!on) return save({ alerts: false }).then(() => setNote(null));
    // First thing in the click: the browser shows its prompt only during the user's gesture.
    const granted = await browser.permissions.request(NOTIFICATIONS).catch(() => false);
    if (!granted) return setNote(REFUSED);
    await save({ alerts: true });
    setNote('Alerts on.');
  };

  const checkNow = async () => {
    setChecking(true);
    setNote('Opening your starred posts in a background window…');
    const r = await sendMessage('checkWatchlist', undefined).catch((e: unknown) => ({
      ok: false as const,
      error: e instanceof Error ? e.message : String(e),
    }));
    setChecking(false);
    if (!r.ok) return setNote(r.error);
    const skipped =
      r.skipped > 0 ? ` ${r.skipped} skipped (not stored, not a platform's own page, or past 30).` : '';
    const closed = r.opened > 0 && !r.closed ? ' The window could not be closed: close it yourself.' : '';
    setNote(`Checked ${r.opened} post${r.opened === 1 ? '' : 's'}.${skipped}${closed}`);
  };

  const starred = (kind: 'posts' | 'authors', title: string) => (
    <>
      <h3>{title}</h3>
      {list[kind].length === 0 ? (
        <p class="muted">
          None yet: star one in the {kind === 'posts' ? 'dashboard or the popup' : 'author comparison'}.
        </p>
      ) : (
        <ul class={`watch-${kind}`}>
          {list[kind].map((key) => (
            <li key={key}>
              {names[key] ?? key}{' '}
              <button
                type="button"
                aria-label={`Remove ${names[key] ?? key}`}
                onClick={() => remove(kind, key)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );

  return (
    <fieldset class="watchlist">
      <legend>Watchlist</legend>
      {starred('posts', 'Starred posts')}
      {starred('authors', 'Starred authors')}
      <Threshold
        name="Post threshold"
        hint="A starred post alerts when its velocity reaches its previous velocity"
        value={list.postFactor}
        onSave={(postFactor) => save({ postFactor })}
      />
      <Threshold
        name="Author threshold"
        hint="A starred author's post alerts when its ER reaches the author's median ER"
        value={list.authorFactor}
        onSave={(authorFactor) => save({ authorFactor })}
      />
      <label>
        <input
          type="checkbox"
          checked={list.alerts}
          onChange={(e) => switchAlerts(e.currentTarget.checked)}
        />{' '}
        Alert me (a browser notification, at most one per post an hour)
      </label>
      <div class="actions">
        <button type="button" disabled={checking || list.posts.length === 0} onClick={checkNow}>
          Check my watchlist now
        </button>
      </div>
      {note ? <p role="status">{note}</p> : null}
    </fieldset>
  );
}
