// The Posts table's column choice and saved views in storage.local, checked on every read.
import { storage } from '#imports';
import { exclusive } from '../exclusive';
import {
  type ColumnId,
  checkColumns,
  checkViews,
  DEFAULT_COLUMNS,
  type SavedView,
  type ViewsEdit,
} from './views';

export const columnsItem = storage.defineItem<unknown>('local:postsColumns', {
  fallback: [...DEFAULT_COLUMNS],
});

export const viewsItem = storage.defineItem<unknown>('local:postsViews', { fallback: [] });

/** The stored column choice, unknown ids dropped; the defaults when none (or no list) is stored. */
export const readColumns = (raw: unknown): ColumnId[] => checkColumns(raw) ?? [...DEFAULT_COLUMNS];

export const getColumns = async (): Promise<ColumnId[]> => readColumns(await columnsItem.getValue());

export const getViews = async (): Promise<SavedView[]> => checkViews(await viewsItem.getValue());

/**
 * Applies `edit` to the saved views as stored now and saves them, one change at a time across
 * every page (exclusive), so two dashboard tabs do not undo each other's; a refused edit saves
 * nothing.
 */
export function updateViews(edit: (views: SavedView[]) => ViewsEdit): Promise<ViewsEdit> {
  return exclusive('postsViews', async () => {
    const result = edit(await getViews());
    if (result.ok) await viewsItem.setValue(result.value);
    return result;
  });
}
