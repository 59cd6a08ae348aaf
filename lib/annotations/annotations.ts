// Author sets, post tags and post notes: the user's own words about what PostLens stored. Kept in
// storage.local beside the watchlist (a small value the user edits; no database schema change),
// and checked on every read, since storage can hold anything an older or broken version wrote.

export interface AuthorSet {
  /** Chosen once at creation; import merges sets by it. */
  id: string;
  name: string;
  /** Author keys (`platform:handle`). */
  authorKeys: string[];
}

export interface Annotations {
  sets: AuthorSet[];
  /** Post key (`platform:postId`) → its tags, in the order they were added. */
  tags: Record<string, string[]>;
  /** Post key → the note written on it. */
  notes: Record<string, string>;
}

export const EMPTY_ANNOTATIONS: Annotations = { sets: [], tags: {}, notes: {} };

/** Longer is refused with a message, never cut: the user's words are kept exactly or not at all. */
export const ANNOTATION_LIMITS = { name: 100, tag: 50, note: 5000, id: 100, key: 250 } as const;

const KEY = /^[a-z]+:./;
export const isAnnotationKey = (k: unknown): k is string =>
  typeof k === 'string' && k.length <= ANNOTATION_LIMITS.key && KEY.test(k);

/** Why a set name is refused, or null. */
export function nameProblem(name: unknown): string | null {
  if (typeof name !== 'string') return 'must be text';
  if (name.trim() === '') return 'must not be empty';
  if (name.length > ANNOTATION_LIMITS.name)
    return `is ${name.length} characters; at most ${ANNOTATION_LIMITS.name}`;
  return null;
}

/** Why a tag is refused, or null. */
export function tagProblem(tag: unknown): string | null {
  if (typeof tag !== 'string') return 'must be text';
  if (tag.trim() === '') return 'must not be empty';
  if (tag !== tag.trim()) return 'must not start or end with a space';
  if (tag.length > ANNOTATION_LIMITS.tag)
    return `is ${tag.length} characters; at most ${ANNOTATION_LIMITS.tag}`;
  return null;
}

/** Why a note is refused, or null. */
export function noteProblem(note: unknown): string | null {
  if (typeof note !== 'string') return 'must be text';
  if (note.length > ANNOTATION_LIMITS.note)
    return `is ${note.length} characters; at most ${ANNOTATION_LIMITS.note}`;
  return null;
}

/** Why a set id is refused, or null. */
export function idProblem(id: unknown): string | null {
  if (typeof id !== 'string' || id === '') return 'must be non-empty text';
  if (id.length > ANNOTATION_LIMITS.id) return `is longer than ${ANNOTATION_LIMITS.id} characters`;
  return null;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A set as stored, or why it is not one. */
export function setProblem(v: unknown): string | null {
  if (!isRecord(v)) return 'not an object';
  const id = idProblem(v.id);
  if (id) return `id ${id}`;
  const name = nameProblem(v.name);
  if (name) return `name ${name}`;
  if (!Array.isArray(v.authorKeys)) return 'authorKeys: not a list';
  const bad = v.authorKeys.findIndex((k) => !isAnnotationKey(k));
  if (bad >= 0) return `authorKeys[${bad}] is not an author key (platform:handle)`;
  if (new Set(v.authorKeys).size !== v.authorKeys.length) return 'authorKeys repeats a key';
  return null;
}

/** A post's tag list as stored, or why it is not one. */
export function tagListProblem(v: unknown): string | null {
  if (!Array.isArray(v)) return 'not a list';
  for (const [i, t] of v.entries()) {
    const p = tagProblem(t);
    if (p) return `[${i}] ${p}`;
  }
  if (new Set(v).size !== v.length) return 'repeats a tag';
  return null;
}

/**
 * The stored value as Annotations: each bad set, tag list or note is left out and named with its
 * reason in `problems` (a read never invents or cuts the user's words; it drops what it cannot keep
 * and says so).
 */
export function checkAnnotations(raw: unknown): { value: Annotations; problems: string[] } {
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { value: { sets: [], tags: {}, notes: {} }, problems };
  if (!isRecord(raw)) return { value: { sets: [], tags: {}, notes: {} }, problems: ['not an object'] };
  const sets: AuthorSet[] = [];
  if (raw.sets !== undefined && !Array.isArray(raw.sets)) problems.push('sets: not a list');
  for (const [i, s] of (Array.isArray(raw.sets) ? raw.sets : []).entries()) {
    const p = setProblem(s);
    const set = s as AuthorSet;
    if (!p && sets.some((o) => o.id === set.id)) problems.push(`sets[${i}] left out: repeats id`);
    else if (p) problems.push(`sets[${i}] left out: ${p}`);
    else sets.push({ id: set.id, name: set.name, authorKeys: [...set.authorKeys] });
  }
  const tags: Record<string, string[]> = {};
  if (raw.tags !== undefined && !isRecord(raw.tags)) problems.push('tags: not an object');
  for (const [key, list] of Object.entries(isRecord(raw.tags) ? raw.tags : {})) {
    const p = isAnnotationKey(key) ? tagListProblem(list) : 'not a post key';
    if (p) problems.push(`tags["${key}"] left out: ${p}`);
    else if ((list as string[]).length > 0) tags[key] = [...(list as string[])];
  }
  const notes: Record<string, string> = {};
  if (raw.notes !== undefined && !isRecord(raw.notes)) problems.push('notes: not an object');
  for (const [key, note] of Object.entries(isRecord(raw.notes) ? raw.notes : {})) {
    const p = isAnnotationKey(key) ? noteProblem(note) : 'not a post key';
    if (p) problems.push(`notes["${key}"] left out: ${p}`);
    else if (note !== '') notes[key] = note as string;
  }
  return { value: { sets, tags, notes }, problems };
}

/** True when there is nothing to keep (the export then leaves its `annotations` key out). */
export const isEmptyAnnotations = (a: Annotations): boolean =>
  a.sets.length === 0 && Object.keys(a.tags).length === 0 && Object.keys(a.notes).length === 0;
