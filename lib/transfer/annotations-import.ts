// Keeps an imported file's annotations in storage.local. Called by the page only once the
// background has answered that the file's database transaction committed: a refused or cancelled
// import must leave the user's sets, tags and notes as they were.
import {
  type Annotations,
  type AuthorSet,
  getAnnotations,
  nameFold,
  tagSpellings,
  updateAnnotations,
} from '../annotations';
import { t, tn } from '../i18n';
import { type AnnotationConflict, mergeAnnotations, sameAuthors } from './annotations-in-export';
import { campaignsOf } from './campaigns-in-export';
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
  // Each tag's spelling by its fold, looked up rather than searched for (the merge stays linear in
  // the tags): the stored one (tagSpelling's first found), else the first the file's tags kept.
  const spelling = tagSpellings(current.tags);
  for (const [key, list] of Object.entries(file.tags)) {
    /** The folds this post has: stored, and kept from the file so far. */
    const has = new Set((current.tags[key] ?? []).map(nameFold));
    const kept: string[] = [];
    for (const tag of list) {
      const fold = nameFold(tag);
      if (has.has(fold)) continue;
      has.add(fold);
      const spelled = spelling.get(fold) ?? tag;
      spelling.set(fold, spelled);
      kept.push(spelled);
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

/** How many sets, tags and notes a merge added to what was stored. */
export interface AnnotationsAdded {
  sets: number;
  tags: number;
  notes: number;
}

/** What `after` holds beyond `before` (a merge only adds: mergeAnnotations). */
function addedBy(before: Annotations, after: Annotations): AnnotationsAdded {
  let tags = 0;
  for (const [key, list] of Object.entries(after.tags)) tags += list.length - (before.tags[key]?.length ?? 0);
  return {
    sets: after.sets.length - before.sets.length,
    tags,
    notes: Object.keys(after.notes).filter((k) => before.notes[k] === undefined).length,
  };
}

/** `file` merged into `current` as an import merges it: the value, its conflicts, what it adds. */
function mergeImported(current: Annotations, file: Annotations) {
  const aligned = alignToStored(current, file);
  const merged = mergeAnnotations(current, aligned.value);
  return {
    value: merged.value,
    conflicts: [...aligned.conflicts, ...merged.conflicts],
    added: addedBy(current, merged.value),
  };
}

/**
 * Merges `file` into the stored annotations (over the value stored now); answers the conflicts,
 * and what it added, so the import's result can say so.
 */
export async function storeImportedAnnotationsCounted(
  file: Annotations,
): Promise<{ conflicts: AnnotationConflict[]; added: AnnotationsAdded }> {
  let conflicts: AnnotationConflict[] = [];
  let added: AnnotationsAdded = { sets: 0, tags: 0, notes: 0 };
  await updateAnnotations((current) => {
    const merged = mergeImported(current, file);
    ({ conflicts, added } = merged);
    return { ok: true, value: merged.value };
  });
  return { conflicts, added };
}

/**
 * What importing the file would add to the sets, tags and notes stored now, counted by the same
 * merge the import runs after its write (nothing is stored here); undefined for a file without
 * annotations (a version 1 file has none). A stored value the read leaves out is logged by the
 * import's own read, not here as well.
 */
export async function previewImportedAnnotations(
  data: ExportV1 | ExportV2,
): Promise<AnnotationsAdded | undefined> {
  if (data.version !== 2 || !data.annotations) return undefined;
  return mergeImported(await getAnnotations(() => {}), data.annotations).added;
}

/** Merges `file` into the stored annotations (over the value stored now); answers the conflicts. */
export async function storeImportedAnnotations(file: Annotations): Promise<AnnotationConflict[]> {
  return (await storeImportedAnnotationsCounted(file)).conflicts;
}

/** Each kind a merge added, in words, those it added none of left out: ["1 author set", "2 tags"]. */
export const annotationsAddedParts = (added: AnnotationsAdded): string[] =>
  [
    added.sets > 0 ? tn('transfer.annotations.count.sets', added.sets) : null,
    added.tags > 0 ? tn('transfer.annotations.count.tags', added.tags) : null,
    added.notes > 0 ? tn('transfer.annotations.count.notes', added.notes) : null,
  ].filter((x): x is string => x !== null);

/** What a merge added, in words ("" when nothing): "1 author set, 2 tags and 1 note". */
export function annotationsAddedText(added: AnnotationsAdded): string {
  const parts = annotationsAddedParts(added);
  if (parts.length === 0) return '';
  const list =
    parts.length === 1
      ? parts[0]!
      : t('transfer.annotations.lastCount', parts.slice(0, -1).join(', '), parts[parts.length - 1]!);
  return t('transfer.annotations.added', list);
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

/** What keeping an imported file's annotations did, for the import's result. */
export interface KeptAnnotations {
  /** What it added (the panel words it); undefined when nothing was kept (none in the file, a failure). */
  added?: AnnotationsAdded;
  /** The conflicts, or why they could not be saved, in words ("" when neither). */
  note: string;
  /** The note says they could not be saved (and, for a file of nothing else, that nothing was imported). */
  failed?: true;
}

/**
 * Why the file's sets, tags and notes were not saved, worded for what else it held: its posts were
 * imported, or its authors or campaigns, or (a file of sets, tags and notes alone) nothing at all.
 */
function notSavedText(data: ExportV2, error: string): string {
  if (data.posts.length > 0) return t('transfer.annotations.notSaved', error);
  if (data.authors.length > 0 || campaignsOf(data).length > 0)
    return t('transfer.annotations.notSavedRest', error);
  return t('transfer.annotations.notSavedNothing', error);
}

/**
 * Keeps the annotations of an imported file (after its database write committed); answers what it
 * added and what else to tell the user: the conflicts, or why they could not be saved.
 */
export async function keepImportedAnnotations(data: ExportV1 | ExportV2): Promise<KeptAnnotations> {
  if (data.version !== 2 || !data.annotations) return { note: '' };
  try {
    const { conflicts, added } = await storeImportedAnnotationsCounted(data.annotations);
    return { added, note: conflictsText(conflicts) };
  } catch (e) {
    return { note: notSavedText(data, e instanceof Error ? e.message : String(e)), failed: true };
  }
}
