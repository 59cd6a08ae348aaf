// Author sets, post tags and post notes: the user's own words about what PostLens stored. Kept in
// storage.local beside the watchlist (a small value the user edits; no database schema change),
// and checked on every read, since storage can hold anything an older or broken version wrote.
import { t, wholeNumber } from '../i18n';

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

/** Why a text the user wrote is refused; each reader words it (a reason after a path, a sentence). */
export type TextProblem =
  | { kind: 'notText' }
  | { kind: 'empty' }
  | { kind: 'spaces' }
  | { kind: 'tooLong'; length: number; max: number };
type NameIssue = Exclude<TextProblem, { kind: 'spaces' }>;
type NoteIssue = Extract<TextProblem, { kind: 'notText' | 'tooLong' }>;

/**
 * Over `max` characters as the user counts them (code points, as the export schema's maxLength
 * does): an emoji is one character, not its two UTF-16 units.
 */
function tooLong(text: string, max: number) {
  // At most 2 units a character: a text of up to `max` units is within the limit uncounted.
  if (text.length <= max) return null;
  const length = [...text].length;
  return length > max ? ({ kind: 'tooLong', length, max } as const) : null;
}

/** Why a set name is refused, or null. */
export function nameIssue(name: unknown): NameIssue | null {
  if (typeof name !== 'string') return { kind: 'notText' };
  if (name.trim() === '') return { kind: 'empty' };
  return tooLong(name, ANNOTATION_LIMITS.name);
}

/** Why a tag is refused, or null. */
export function tagIssue(tag: unknown): TextProblem | null {
  if (typeof tag !== 'string') return { kind: 'notText' };
  if (tag.trim() === '') return { kind: 'empty' };
  if (tag !== tag.trim()) return { kind: 'spaces' };
  return tooLong(tag, ANNOTATION_LIMITS.tag);
}

/** Why a note is refused, or null. */
export function noteIssue(note: unknown): NoteIssue | null {
  if (typeof note !== 'string') return { kind: 'notText' };
  return tooLong(note, ANNOTATION_LIMITS.note);
}

/** A problem as the reason that follows what it is about ("name must not be empty"), in the user's language. */
export function textProblem(p: TextProblem): string {
  switch (p.kind) {
    case 'notText':
      return t('annotationData.problem.notText');
    case 'empty':
      return t('annotationData.problem.empty');
    case 'spaces':
      return t('annotationData.problem.spaces');
    case 'tooLong':
      return t('annotationData.problem.tooLong', wholeNumber(p.length), wholeNumber(p.max));
  }
}

const worded = (p: TextProblem | null) => (p ? textProblem(p) : null);

/** Why a set name is refused, in words, or null. */
export const nameProblem = (name: unknown): string | null => worded(nameIssue(name));
/** Why a tag is refused, in words, or null. */
export const tagProblem = (tag: unknown): string | null => worded(tagIssue(tag));
/** Why a note is refused, in words, or null. */
export const noteProblem = (note: unknown): string | null => worded(noteIssue(note));

/** Why a set id is refused, or null. */
export function idProblem(id: unknown): string | null {
  if (typeof id !== 'string' || id === '') return t('annotationData.problem.idEmpty');
  if (id.length > ANNOTATION_LIMITS.id) return t('annotationData.problem.idTooLong', ANNOTATION_LIMITS.id);
  return null;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

// The problems below (setProblem, tagListProblem, checkAnnotations) are only logged for developers
// (store.ts: console.warn); the import of a file words its own (lib/transfer/annotations-in-export.ts).

/** A set as stored, or why it is not one. */
export function setProblem(v: unknown): string | null {
  if (!isRecord(v)) return 'not an object';
  const id = idProblem(v.id);
  if (id) return `id ${id}`;
  const name = nameProblem(v.name);
  if (name) return `name ${name}`; // i18n-ignore: developer log
  if (!Array.isArray(v.authorKeys)) return 'authorKeys: not a list'; // i18n-ignore: developer log
  const bad = v.authorKeys.findIndex((k) => !isAnnotationKey(k));
  // i18n-ignore: developer log
  if (bad >= 0) return `authorKeys[${bad}] is not an author key (platform:handle)`;
  if (new Set(v.authorKeys).size !== v.authorKeys.length) return 'authorKeys repeats a key'; // i18n-ignore: developer log
  return null;
}

/** A post's tag list as stored, or why it is not one. */
export function tagListProblem(v: unknown): string | null {
  if (!Array.isArray(v)) return 'not a list';
  for (const [i, tag] of v.entries()) {
    const p = tagProblem(tag);
    if (p) return `[${i}] ${p}`;
  }
  if (new Set(v).size !== v.length) return 'repeats a tag';
  return null;
}

/**
 * The stored value as Annotations: each bad set, tag list or note is left out and named with its
 * reason in `problems` (a read never invents or cuts the user's words; it drops what it cannot keep
 * and says so). Two spellings of one author key or one tag are read as one (the key in lower case,
 * the tag as first spelt), as every edit and import keeps them.
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
    // i18n-ignore: developer log
    if (!p && sets.some((o) => o.id === set.id)) problems.push(`sets[${i}] left out: repeats id`);
    else if (p)
      problems.push(`sets[${i}] left out: ${p}`); // i18n-ignore: developer log
    // Read as posts carry them (authorKey(): the handle in lower case), once each: a set written
    // with "x:NASA" (an imported file, an older version) names that author in every filter.
    else
      sets.push({
        id: set.id,
        name: set.name,
        authorKeys: [...new Set(set.authorKeys.map((k) => k.toLowerCase()))],
      });
  }
  const tags: Record<string, string[]> = {};
  // A tag's spelling, by its fold (nameFold), as first read: tags an older version stored as
  // "Launch" on one post and "launch" on another (or "café" in two normalisations) are one tag, as
  // addTag and the import keep them, so the tag filter lists it once with all its posts.
  const spellings = new Map<string, string>();
  if (raw.tags !== undefined && !isRecord(raw.tags)) problems.push('tags: not an object');
  for (const [key, list] of Object.entries(isRecord(raw.tags) ? raw.tags : {})) {
    const p = isAnnotationKey(key) ? tagListProblem(list) : 'not a post key';
    if (p) {
      problems.push(`tags["${key}"] left out: ${p}`); // i18n-ignore: developer log
      continue;
    }
    const read = new Set<string>();
    for (const tag of list as string[]) {
      const fold = nameFold(tag);
      const spelling = spellings.get(fold) ?? tag;
      spellings.set(fold, spelling);
      read.add(spelling);
    }
    if (read.size > 0) tags[key] = [...read];
  }
  const notes: Record<string, string> = {};
  if (raw.notes !== undefined && !isRecord(raw.notes)) problems.push('notes: not an object');
  for (const [key, note] of Object.entries(isRecord(raw.notes) ? raw.notes : {})) {
    const p = isAnnotationKey(key) ? noteProblem(note) : 'not a post key';
    if (p)
      problems.push(`notes["${key}"] left out: ${p}`); // i18n-ignore: developer log
    else if (note !== '') notes[key] = note as string;
  }
  return { value: { sets, tags, notes }, problems };
}

/**
 * A tag or name as compared with others: two that differ only in case or in Unicode normalisation
 * ("café" typed or pasted as e + combining accent) look alike to the user, so they are one.
 */
export const nameFold = (s: string): string => s.normalize('NFC').toLowerCase().normalize('NFC');

/** The spelling a tag already has on some post (the first found), or undefined. */
export function tagSpelling(tags: Record<string, readonly string[]>, tag: string): string | undefined {
  const fold = nameFold(tag);
  for (const list of Object.values(tags)) {
    const found = list.find((x) => nameFold(x) === fold);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Every tag's spelling as tagSpelling finds it (the first found), by its nameFold: built once, for
 * a caller that asks about many tags (an import's merge), where tagSpelling's scan of every post
 * for each tag took time growing with the square of the tags.
 */
export function tagSpellings(tags: Record<string, readonly string[]>): Map<string, string> {
  const spellings = new Map<string, string>();
  for (const list of Object.values(tags))
    for (const tag of list) {
      const fold = nameFold(tag);
      if (!spellings.has(fold)) spellings.set(fold, tag);
    }
  return spellings;
}

/** True when there is nothing to keep (the export then leaves its `annotations` key out). */
export const isEmptyAnnotations = (a: Annotations): boolean =>
  a.sets.length === 0 && Object.keys(a.tags).length === 0 && Object.keys(a.notes).length === 0;
