// "Columns": show or hide any column of the Posts table but the post itself.
import { COLUMN_IDS, type ColumnId } from '@/lib/table-views';
import { COLUMNS } from './columns';

interface Props {
  columns: readonly ColumnId[];
  onChange: (columns: ColumnId[]) => void;
}

export function ColumnChooser({ columns, onChange }: Props) {
  const toggle = (id: ColumnId, on: boolean) =>
    onChange(COLUMN_IDS.filter((c) => (c === id ? on : columns.includes(c))));
  return (
    <details class="menu column-chooser">
      <summary>Columns</summary>
      <fieldset>
        <legend>Columns shown</legend>
        {COLUMNS.map((c) => (
          <label key={c.id}>
            <input
              type="checkbox"
              checked={columns.includes(c.id)}
              onChange={(e) => toggle(c.id, e.currentTarget.checked)}
            />{' '}
            {c.label}
            <span class="visually-hidden"> column</span>
          </label>
        ))}
      </fieldset>
    </details>
  );
}
