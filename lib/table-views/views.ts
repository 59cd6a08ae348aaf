// The Posts table's columns and the views saved from it (a filter, a sort and columns under a
// name): their shapes, the checks a stored value passes on read, and pure edits.
import { t, wholeNumber } from '../i18n';
import { type RowFilter, SORT_KEYS, type SortDir, type SortKey } from '../queries';
import { COUNT_FIELDS, PLATFORMS } from '../types';

/** Every column the Posts table can show besides the post itself, in table order. */
export const COLUMN_IDS = [
  'platform',
  'author',
  'posted',
  'firstSeen',
  ...COUNT_FIELDS,
  'followers',
  'engagement',
  'er',
  'erFollowers',
  'erViews',
  'velocity',
  'outlier',
  'snapshotCount',
] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

/**
 * Shown until the user chooses: what fits a 1,280 px window without scrolling sideways (the
 * widths are in components/dashboard/columns.ts, and a test adds them up). The rest are in the
 * Columns menu.
 */
export const DEFAULT_COLUMNS: readonly ColumnId[] = [
  'platform',
  'author',
  'posted',
  'firstSeen',
  'likes',
  'comments',
  'reposts',
  'views',
  'er',
  'velocity',
];

const isColumn = (v: unknown): v is ColumnId =>
  typeof v === 'string' && (COLUMN_IDS as readonly string[]).includes(v);

/** The known column ids of `raw`, once each, in table order; null when `raw` is not a list. */
export function checkColumns(raw: unknown): ColumnId[] | null {
  if (!Array.isArray(raw)) return null;
  const wanted = new Set(raw.filter(isColumn));
  return COLUMN_IDS.filter((c) => wanted.has(c));
}

export interface TableSort {
  key: SortKey;
  dir: SortDir;
}

export interface SavedView {
  name: string;
  filter: RowFilter;
  sort: TableSort;
  columns: ColumnId[];
}

export const MAX_VIEW_NAME = 60;
export const MAX_VIEWS = 50;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const stringOrNull = (v: unknown) => v === null || typeof v === 'string';
const msOrNull = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));

export function checkFilter(raw: unknown): RowFilter | null {
  if (!isObject(raw)) return null;
  const { platform, authorKey, from, to, text, tag, setId } = raw;
  if (
    !(
      platform === null ||
      (typeof platform === 'string' && (PLATFORMS as readonly string[]).includes(platform))
    )
  )
    return null;
  if (!stringOrNull(authorKey) || !msOrNull(from) || !msOrNull(to) || typeof text !== 'string') return null;
  if (!(tag === undefined || stringOrNull(tag)) || !(setId === undefined || stringOrNull(setId))) return null;
  return {
    platform: platform as RowFilter['platform'],
    authorKey: authorKey as string | null,
    from: from as number | null,
    to: to as number | null,
    text,
    tag: (tag as string | null | undefined) ?? null,
    setId: (setId as string | null | undefined) ?? null,
  };
}

/** The Posts table's order until the user sorts: highest engagement rate first. */
export const DEFAULT_SORT: TableSort = { key: 'er', dir: 'desc' };

export function checkSort(raw: unknown): TableSort | null {
  if (!isObject(raw)) return null;
  const { key, dir } = raw;
  if (typeof key !== 'string' || !(SORT_KEYS as readonly string[]).includes(key)) return null;
  if (dir !== 'asc' && dir !== 'desc') return null;
  return { key: key as SortKey, dir };
}

/**
 * A name as the list shows it, for telling two apart: one Unicode form (NFC), without the
 * characters that show nothing (zero-width spaces, direction marks) and the spaces at its ends.
 * The zero-width joiner and non-joiner stay: they change how a script or an emoji is drawn.
 */
const shownName = (name: string): string =>
  name
    .normalize('NFC')
    .replace(/(?![\u200c\u200d])\p{Cf}/gu, '')
    .trim();

/** A name's problem, or null when it may be saved: not empty, at most MAX_VIEW_NAME characters. */
export function viewNameProblem(name: string): string | null {
  if (shownName(name) === '') return t('tableViews.nameEmpty');
  const length = [...name.trim()].length;
  if (length > MAX_VIEW_NAME)
    return t('tableViews.nameTooLong', wholeNumber(MAX_VIEW_NAME), wholeNumber(length));
  return null;
}

/**
 * Whether a stored name is one saveView has ever taken: not blank, at most MAX_VIEW_NAME
 * characters. (A name of invisible characters alone, refused now, was saved before: still read.)
 */
const storedName = (name: string): boolean => {
  const length = [...name.trim()].length;
  return length > 0 && length <= MAX_VIEW_NAME;
};

/** The views of `raw` that pass every check (unknown columns dropped); the rest left out. */
export function checkViews(raw: unknown): SavedView[] {
  if (!Array.isArray(raw)) return [];
  const views: SavedView[] = [];
  for (const v of raw) {
    if (!isObject(v) || typeof v.name !== 'string' || !storedName(v.name)) continue;
    const filter = checkFilter(v.filter);
    // A sort this version does not know (a column since removed) leaves the view in the table's
    // default order, as a column it does not know is left out: the view is kept, not dropped.
    const sort = checkSort(v.sort) ?? DEFAULT_SORT;
    const columns = checkColumns(v.columns);
    if (!filter || !columns || views.some((w) => w.name === v.name)) continue;
    views.push({ name: v.name, filter, sort, columns });
  }
  return views.slice(0, MAX_VIEWS);
}

export type ViewsEdit = { ok: true; value: SavedView[] } | { ok: false; message: string };

/**
 * Saves `view` (its name trimmed), replacing a view of the same name (or one that looks the same:
 * shownName); a long name is refused.
 */
export function saveView(views: readonly SavedView[], view: SavedView): ViewsEdit {
  const problem = viewNameProblem(view.name);
  if (problem) return { ok: false, message: problem };
  const name = view.name.trim();
  const shown = shownName(name);
  const at = views.findIndex((v) => shownName(v.name) === shown);
  if (at < 0 && views.length >= MAX_VIEWS) return { ok: false, message: t('tableViews.tooMany', MAX_VIEWS) };
  const saved = { ...view, name };
  return { ok: true, value: at < 0 ? [...views, saved] : views.map((v, i) => (i === at ? saved : v)) };
}

export const deleteView = (views: readonly SavedView[], name: string): SavedView[] =>
  views.filter((v) => v.name !== name);
