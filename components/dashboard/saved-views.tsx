// "Views": the current filter, sort and columns saved under a name, restored or deleted later.
import { useState } from 'preact/hooks';
import { formatNumber, isolated } from '@/lib/format';
import { MAX_VIEW_NAME, type SavedView } from '@/lib/table-views';
import { t, uiLocale } from '../../lib/i18n';
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
      <summary>{t('dashboard.views.menu')}</summary>
      <div class="menu-body">
        <form
          aria-label={t('dashboard.views.form')}
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label>
            {t('dashboard.views.name')}{' '}
            <input
              value={name}
              title={t('dashboard.views.nameTitle', formatNumber(MAX_VIEW_NAME, uiLocale()))}
              onInput={(e) => setName(e.currentTarget.value)}
            />
          </label>{' '}
          <button type="submit">{t('dashboard.views.save')}</button>
        </form>
        {message ? (
          <p class="error" role="alert">
            {message}
          </p>
        ) : null}
        {state.views.length === 0 ? (
          <p class="muted">{t('dashboard.views.none')}</p>
        ) : (
          <ul aria-label={t('dashboard.views.list')}>
            {state.views.map((v) => (
              <li key={v.name}>
                <button
                  type="button"
                  title={t('dashboard.views.restore')}
                  onClick={() => {
                    setMessage(null);
                    onApply(v);
                  }}
                >
                  <bdi>{v.name}</bdi>
                </button>{' '}
                <button
                  type="button"
                  aria-label={t('dashboard.views.deleteLabel', isolated(v.name))}
                  onClick={async () => setMessage(await state.remove(v.name))}
                >
                  {t('dashboard.views.delete')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}
