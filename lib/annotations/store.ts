// The annotations in storage.local. Every change is applied over the value stored now (never over
// a stale copy a page kept), one at a time across every page (exclusive), so two dashboard tabs,
// or an edit and an import, do not undo each other's.
import { storage } from '#imports';
import { exclusive } from '../exclusive';
import { type Annotations, checkAnnotations, EMPTY_ANNOTATIONS } from './annotations';
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

/** Applies `edit` to the stored value and saves it; a refused edit saves nothing. */
export function updateAnnotations(edit: (current: Annotations) => Edit): Promise<Edit> {
  return exclusive('annotations', async () => {
    const result = edit(await getAnnotations());
    if (result.ok) await annotationsItem.setValue(result.value);
    return result;
  });
}
