// Keeps an imported file's annotations in storage.local. Called by the page only once the
// background has answered that the file's database transaction committed: a refused or cancelled
// import must leave the user's sets, tags and notes as they were.
import { type Annotations, updateAnnotations } from '../annotations';
import { t, tn } from '../i18n';
import { type AnnotationConflict, mergeAnnotations } from './annotations-in-export';
import type { ExportV1, ExportV2 } from './format';

/** Merges `file` into the stored annotations (over the value stored now); answers the conflicts. */
export async function storeImportedAnnotations(file: Annotations): Promise<AnnotationConflict[]> {
  let conflicts: AnnotationConflict[] = [];
  await updateAnnotations((current) => {
    const merged = mergeAnnotations(current, file);
    conflicts = merged.conflicts;
    return { ok: true, value: merged.value };
  });
  return conflicts;
}

/** The conflicts in words, for the import's result ("" when there are none). */
export function conflictsText(conflicts: readonly AnnotationConflict[]): string {
  if (conflicts.length === 0) return '';
  const where = conflicts
    .slice(0, 5)
    .map((c) => c.path)
    .join(', ');
  if (conflicts.length > 5)
    return tn('transfer.annotations.conflictsMore', conflicts.length, where, conflicts.length - 5);
  return tn('transfer.annotations.conflicts', conflicts.length, where);
}

/**
 * Keeps the annotations of an imported file (after its database write committed); answers what
 * to tell the user: "" when all went in, the conflicts, or why they could not be saved.
 */
export async function keepImportedAnnotations(data: ExportV1 | ExportV2): Promise<string> {
  if (data.version !== 2 || !data.annotations) return '';
  try {
    return conflictsText(await storeImportedAnnotations(data.annotations));
  } catch (e) {
    return t('transfer.annotations.notSaved', e instanceof Error ? e.message : String(e));
  }
}
