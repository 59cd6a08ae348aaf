// The Posts table's column choice and saved views in storage.local, checked on every read.
import { storage } from '#imports';
import { type ColumnId, checkColumns, checkViews, DEFAULT_COLUMNS, type SavedView } from './views';

export const columnsItem = storage.defineItem<unknown>('local:postsColumns', {
  fallback: [...DEFAULT_COLUMNS],
});

export const viewsItem = storage.defineItem<unknown>('local:postsViews', { fallback: [] });

/** The stored column choice, unknown ids dropped; the defaults when none (or no list) is stored. */
export const readColumns = (raw: unknown): ColumnId[] => checkColumns(raw) ?? [...DEFAULT_COLUMNS];

export const getColumns = async (): Promise<ColumnId[]> => readColumns(await columnsItem.getValue());

export const getViews = async (): Promise<SavedView[]> => checkViews(await viewsItem.getValue());
