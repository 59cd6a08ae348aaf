// Keeps an imported file's annotations in storage.local. Called by the page only once the
// background has answered that the file's database transaction committed: a refused or cancelled
// import must leave the user's sets, tags and notes as they were.
import { type Annotations, type AuthorSet, nameFold, tagSpelling, updateAnnotations } from '../annotations';
import { t, tn } from '../i18n';
import { type AnnotationConflict, mergeAnnotations, sameAuthors } from './annotations-in-export';
import type { ExportV1, ExportV2 } from './format';

/** A set with its author keys as stored sets are read (checkAnnotations). */
const storedForm = (s: AuthorSet): AuthorSet => ({
  ...s,
  authorKeys: [...new Set(s.authorKeys.map((k) => k.toLowerCase()))],
});

/**
 * The file's annotations as the stored ones spell them: a tag that differs from one in use only in
 * case or normalisation takes the stored spelling (a post never shows "café" twice); a new set
 * (another id) named like a set already there is not added a second time: with the same authors
 * it is that set, with others it is a conflict, reported and kept as stored.
 */
function alignToStored(current: Annotations, file: Annotations) {
  const conflicts: AnnotationConflict[] = [];
  const tags: Record<string, string[]> = {};
  for (const [key, list] of Object.entries(file.tags)) {
    const mine = current.tags[key] ?? [];
    const kept: string[] = [];
    for (const tag of list) {
      const fold = nameFold(tag);
      if ([...mine, ...kept].some((x) => nameFold(x) === fold)) continue;
      kept.push(tagSpelling(current.tags, tag) ?? tagSpelling(tags, tag) ?? tag);
    }
    if (kept.length > 0) tags[key] = kept;
  }
  const sets: AuthorSet[] = [];
  const known = [...current.sets];
  // Each author key as stored sets are read (checkAnnotations: lower case, once): x:NASA in a file
  // an older version wrote is the author x:nasa, so a set naming it is no other set.
  for (const s of file.sets.map(storedForm)) {
    const other = current.sets.some((m) => m.id === s.id)
      ? undefined
      : known.find((m) => nameFold(m.name) === nameFold(s.name));
    if (!other) {
      sets.push(s);
      known.push(s);
    } else if (!sameAuthors(other, s))
      conflicts.push({ path: `annotations.sets (id ${s.id})`, stored: other, file: s });
  }
  return { value: { ...file, sets, tags }, conflicts };
}

/** Merges `file` into the stored annotations (over the value stored now); answers the conflicts. */
export async function storeImportedAnnotations(file: Annotations): Promise<AnnotationConflict[]> {
  let conflicts: AnnotationConflict[] = [];
  await updateAnnotations((current) => {
    const aligned = alignToStored(current, file);
    const merged = mergeAnnotations(current, aligned.value);
    conflicts = [...aligned.conflicts, ...merged.conflicts];
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
