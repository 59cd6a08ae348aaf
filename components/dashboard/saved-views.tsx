// "Views": the current filter, sort and columns saved under a name, restored or deleted later.
import { useState } from 'preact/hooks';
import { MAX_VIEW_NAME, type SavedView } from '@/lib/table-views';
import type { ViewsState } from './use-table-prefs';

interface Props {
  state: ViewsState;
  /** What a view saved now holds, without its name. */
  current: () => Omit<SavedView, 'name'>;
  onApply: (view: SavedView) => void;
}

export function SavedViews({ state, current, onApply }: Props) {
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const save = async () => {
    const problem = await state.save({ ...current(), name });
    setMessage(problem);
    if (!problem) setName('');
  };
  return (
    <details class="menu saved-views">
      <summary>Views</summary>
      <div class="menu-body">
        <form
          aria-label="Save this view"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label>
            View name{' '}
            <input
              value={name}
              title={`At most ${MAX_VIEW_NAME} characters`}
              onInput={(e) => setName(e.currentTarget.value)}
            />
          </label>{' '}
          <button type="submit">Save view</button>
        </form>
        {message ? (
          <p class="error" role="alert">
            {message}
          </p>
        ) : null}
        {state.views.length === 0 ? (
          <p class="muted">No saved views: a view keeps the filter, the sort and the columns.</p>
        ) : (
          <ul aria-label="Saved views">
            {state.views.map((v) => (
              <li key={v.name}>
                <button
                  type="button"
                  title="Restore this view's filter, sort and columns"
                  onClick={() => {
                    setMessage(null);
                    onApply(v);
                  }}
                >
                  {v.name}
                </button>{' '}
                <button
                  type="button"
                  aria-label={`Delete view ${v.name}`}
                  onClick={() => state.remove(v.name)}
                >
                  Delete
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}
