// The annotations in storage.local. Every change is applied over the value stored now (never over
// a stale copy a page kept), one at a time across every page (exclusive), so two dashboard tabs,
// or an edit and an import, do not undo each other's.
import { storage } from '#imports';
import { isObject } from '../check-fields';
import { exclusive } from '../exclusive';
import {
  type Annotations,
  checkAnnotations,
  EMPTY_ANNOTATIONS,
  isAnnotationKey,
  noteProblem,
  setProblem,
  tagListProblem,
} from './annotations';
import type { Edit } from './edit';

export const annotationsItem = storage.defineItem<Annotations>('local:annotations', {
  fallback: EMPTY_ANNOTATIONS,
});

/** The annotations as stored, checked; what was left out is logged with its reason. */
export async function getAnnotations(warn: (m: string) => void = console.warn): Promise<Annotations> {
  const { value, problems } = checkAnnotations(await annotationsItem.getValue());
  // i18n-ignore: developer log
  if (problems.length > 0) warn(`PostLens: annotations read without: ${problems.join('; ')}`);
  return value;
}

/**
 * `next` with what the read of `raw` left out (checkAnnotations: a set, tag list or note this
 * version cannot read) put back as it was stored: an edit of something else must not erase the
 * user's words it never showed. A post whose tags or note the edit wrote keeps the edit's.
 */
function withLeftOut(raw: unknown, next: Annotations): Annotations {
  if (!isObject(raw)) return next;
  const sets = [...next.sets];
  const ids = new Set<unknown>();
  for (const s of Array.isArray(raw.sets) ? raw.sets : []) {
    const readable = setProblem(s) === null && !ids.has((s as { id: unknown }).id);
    if (readable) ids.add((s as { id: unknown }).id);
    else sets.push(s as Annotations['sets'][number]);
  }
  const tags = { ...next.tags };
  for (const [key, list] of Object.entries(isObject(raw.tags) ? raw.tags : {}))
    if (!(key in tags) && (!isAnnotationKey(key) || tagListProblem(list) !== null))
      tags[key] = list as string[];
  const notes = { ...next.notes };
  for (const [key, note] of Object.entries(isObject(raw.notes) ? raw.notes : {}))
    if (!(key in notes) && (!isAnnotationKey(key) || noteProblem(note) !== null)) notes[key] = note as string;
  return { sets, tags, notes };
}

/**
 * Applies `edit` to the stored value and saves it; a refused edit saves nothing. What the read left
 * out is written back untouched (withLeftOut), never dropped by an edit of something else.
 */
export function updateAnnotations(edit: (current: Annotations) => Edit): Promise<Edit> {
  return exclusive('annotations', async () => {
    const raw: unknown = await annotationsItem.getValue();
    const { value, problems } = checkAnnotations(raw);
    // i18n-ignore: developer log
    if (problems.length > 0) console.warn(`PostLens: annotations read without: ${problems.join('; ')}`);
    const result = edit(value);
    if (result.ok)
      await annotationsItem.setValue(problems.length > 0 ? withLeftOut(raw, result.value) : result.value);
    return result;
  });
}
