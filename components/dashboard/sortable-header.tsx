// A column header that sorts the table; aria-sort tells assistive tech the current order.
import type { SortDir, SortKey } from '@/lib/queries';

interface Props {
  label: string;
  sortKey: SortKey;
  current: { key: SortKey; dir: SortDir };
  onSort: (key: SortKey) => void;
  numeric?: boolean;
  title?: string;
}

export function SortableHeader({ label, sortKey, current, onSort, numeric, title }: Props) {
  const active = current.key === sortKey;
  const ariaSort = active ? (current.dir === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th scope="col" aria-sort={ariaSort} class={numeric ? 'num' : undefined} title={title}>
      <button type="button" class="sort" onClick={() => onSort(sortKey)}>
        {label}
        <span aria-hidden="true">{active ? (current.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}
