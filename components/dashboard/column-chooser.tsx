// "Columns": show or hide any column of the Posts table but the post itself.
import { COLUMN_IDS, type ColumnId } from '@/lib/table-views';
import { t } from '../../lib/i18n';
import { aroundSlot, SLOT } from '../common/slot';
import { COLUMNS } from './columns';

interface Props {
  columns: readonly ColumnId[];
  onChange: (columns: ColumnId[]) => void;
}

/** A column's name as its checkbox's label ("Likes column"), only the name shown: one message, the
 * words around the name read by screen readers alone. */
function ColumnName({ label }: { label: string }) {
  const [before, after] = aroundSlot(t('dashboard.columns.item', SLOT));
  return (
    <>
      {before ? <span class="visually-hidden">{before}</span> : null}
      {label}
      {after ? <span class="visually-hidden">{after}</span> : null}
    </>
  );
}

export function ColumnChooser({ columns, onChange }: Props) {
  const toggle = (id: ColumnId, on: boolean) =>
    onChange(COLUMN_IDS.filter((c) => (c === id ? on : columns.includes(c))));
  return (
    <details class="menu column-chooser">
      <summary>{t('dashboard.columns.chooser')}</summary>
      <fieldset>
        <legend>{t('dashboard.columns.shown')}</legend>
        {COLUMNS.map((c) => (
          <label key={c.id}>
            <input
              type="checkbox"
              checked={columns.includes(c.id)}
              onChange={(e) => toggle(c.id, e.currentTarget.checked)}
            />{' '}
            <ColumnName label={c.label} />
          </label>
        ))}
      </fieldset>
    </details>
  );
}
