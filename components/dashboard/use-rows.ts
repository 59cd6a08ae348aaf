// The post rows and the settings they are computed with, read again whenever `version` changes.
// First the rows the table opens on (highest ER first, read through the ER index) so the table is
// usable at once, then, after that frame, every row (for sorting, filtering, scrolling).
import { useEffect, useRef, useState } from 'preact/hooks';
import { loadAllRows, loadFirstRows, type PostRow } from '@/lib/queries';
import { getSettings, type Settings } from '@/lib/settings';
import { ROW_HEIGHT } from './posts-table';
import { OVERSCAN } from './use-virtual-rows';

export type RowsState =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; rows: PostRow[]; settings: Settings };

/**
 * Rows read before the rest: as many as the table renders when it opens in a window
 * `viewportHeight` pixels high (a window's height of rows, the virtualiser's overscan below
 * them), never fewer than MIN_FIRST_ROWS. Each first row also reads its author's other posts
 * (for its outlier score), so reading more than are drawn costs the first paint.
 */
export const firstRowCount = (viewportHeight: number): number =>
  Math.max(MIN_FIRST_ROWS, Math.ceil(viewportHeight / ROW_HEIGHT) + OVERSCAN);
const MIN_FIRST_ROWS = 20;

/** Row lists that are only the first rows, with how many posts there are in all. */
const partial = new WeakMap<readonly PostRow[], number>();

/** How many posts there are when `rows` is only the first of them (the rest loading); else null. */
export const loadingTotal = (rows: readonly PostRow[]): number | null => partial.get(rows) ?? null;

/** Resolves after the next frame is painted. */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * `firstRowsFirst`: read the table's first screenful before the rest (the Posts view). Views that
 * need every row before they can show anything (Overview, Insights, Authors) skip that read and
 * its frame. Taken when the rows are (re)read, not on every render.
 */
export function useRows(version: number, firstRowsFirst = true): RowsState {
  const [state, setState] = useState<RowsState>({ status: 'loading' });
  const firstFirst = useRef(firstRowsFirst);
  firstFirst.current = firstRowsFirst;
  useEffect(() => {
    let current = true;
    (async () => {
      const settings = await getSettings();
      const pref = settings.erPreference;
      if (!firstFirst.current) {
        const rows = await loadAllRows(pref);
        if (current) setState({ status: 'ready', rows, settings });
        return;
      }
      const first = await loadFirstRows(pref, firstRowCount(window.innerHeight));
      if (!current) return;
      if (first.rows.length < first.total) {
        partial.set(first.rows, first.total);
        setState({ status: 'ready', rows: first.rows, settings });
        await afterPaint();
        if (!current) return;
        const rows = await loadAllRows(pref);
        if (current) setState({ status: 'ready', rows, settings });
      } else {
        setState({ status: 'ready', rows: first.rows, settings });
      }
    })().catch((e: unknown) => {
      if (current) setState({ status: 'failed', message: e instanceof Error ? e.message : String(e) });
    });
    return () => {
      current = false;
    };
  }, [version]);
  return state;
}
