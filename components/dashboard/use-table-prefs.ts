// The Posts table's column choice and saved views, read from storage.local (checked) and kept
// current when another tab changes them.
import { useEffect, useState } from 'preact/hooks';
import {
  type ColumnId,
  checkViews,
  columnsItem,
  DEFAULT_COLUMNS,
  deleteView,
  getColumns,
  getViews,
  readColumns,
  type SavedView,
  saveView,
  updateViews,
  viewsItem,
} from '@/lib/table-views';
import { t } from '../../lib/i18n';

export function useColumns(): [ColumnId[], (c: ColumnId[]) => void] {
  const [columns, setColumns] = useState<ColumnId[]>([...DEFAULT_COLUMNS]);
  useEffect(() => {
    let live = true;
    getColumns().then((c) => live && setColumns(c), console.warn);
    const unwatch = columnsItem.watch((raw) => live && setColumns(readColumns(raw)));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const choose = (c: ColumnId[]) => {
    const checked = readColumns(c);
    setColumns(checked);
    columnsItem.setValue(checked).catch(console.warn);
  };
  return [columns, choose];
}

export interface ViewsState {
  views: SavedView[];
  /** Saves (or replaces) a view; answers the refusal message, or null when saved. */
  save: (view: SavedView) => Promise<string | null>;
  /** Deletes a view; answers why it could not be, or null when deleted. */
  remove: (name: string) => Promise<string | null>;
}

export function useSavedViews(): ViewsState {
  const [views, setViews] = useState<SavedView[]>([]);
  useEffect(() => {
    let live = true;
    getViews().then((v) => live && setViews(v), console.warn);
    const unwatch = viewsItem.watch((raw) => live && setViews(checkViews(raw)));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  // Each change is applied over the value stored now, one at a time, so two tabs do not undo
  // each other's (updateViews).
  const save = async (view: SavedView): Promise<string | null> => {
    try {
      const result = await updateViews((stored) => saveView(stored, view));
      if (!result.ok) return result.message;
      setViews(result.value);
      return null;
    } catch (e) {
      return t('dashboard.views.notSaved', e instanceof Error ? e.message : String(e));
    }
  };
  const remove = async (name: string): Promise<string | null> => {
    try {
      const result = await updateViews((stored) => ({ ok: true, value: deleteView(stored, name) }));
      if (!result.ok) return result.message;
      setViews(result.value);
      return null;
    } catch (e) {
      // The deletion did not reach storage: the view stays, and the user is told why.
      return t('dashboard.views.notDeleted', e instanceof Error ? e.message : String(e));
    }
  };
  return { views, save, remove };
}
