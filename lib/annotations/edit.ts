// Pure edits of the annotations. Each answers the new value or a message saying why the edit is
// refused (too long, empty, unknown set): the caller shows the message and keeps what it had.
import { t, uiLocale, wholeNumber } from '../i18n';
import {
  type Annotations,
  type AuthorSet,
  isAnnotationKey,
  nameFold,
  nameIssue,
  noteIssue,
  type TextProblem,
  tagIssue,
  tagSpelling,
} from './annotations';

export type Edit = { ok: true; value: Annotations } | { ok: false; message: string };

const ok = (value: Annotations): Edit => ({ ok: true, value });
const refuse = (message: string): Edit => ({ ok: false, message });

/** A refused set name in one sentence ("The set's name must not be empty."). */
function setNameRefusal(p: Exclude<TextProblem, { kind: 'spaces' }>): string {
  if (p.kind === 'notText') return t('annotationData.edit.setNameNotText');
  if (p.kind === 'empty') return t('annotationData.edit.setNameEmpty');
  return t('annotationData.edit.setNameTooLong', wholeNumber(p.length), wholeNumber(p.max));
}

/** A refused tag in one sentence ("The tag is 51 characters; at most 50."). */
function tagRefusal(p: TextProblem): string {
  switch (p.kind) {
    case 'notText':
      return t('annotationData.edit.tagNotText');
    case 'empty':
      return t('annotationData.edit.tagEmpty');
    case 'spaces':
      return t('annotationData.edit.tagSpaces');
    case 'tooLong':
      return t('annotationData.edit.tagTooLong', wholeNumber(p.length), wholeNumber(p.max));
  }
}

/** A refused note in one sentence. */
function noteRefusal(p: Extract<TextProblem, { kind: 'notText' | 'tooLong' }>): string {
  if (p.kind === 'notText') return t('annotationData.edit.noteNotText');
  return t('annotationData.edit.noteTooLong', wholeNumber(p.length), wholeNumber(p.max));
}

const noSuchSet = () => refuse(t('annotationData.edit.noSuchSet'));

function withSet(a: Annotations, id: string, change: (s: AuthorSet) => AuthorSet | string): Edit {
  const set = a.sets.find((s) => s.id === id);
  if (!set) return noSuchSet();
  const next = change(set);
  if (typeof next === 'string') return refuse(next);
  return ok({ ...a, sets: a.sets.map((s) => (s.id === id ? next : s)) });
}

/**
 * Another set than `id` whose name looks the same ("Our café" beside "our café"): the set filter
 * and the comparison would list two names the user cannot tell apart. A set may change its own case.
 */
const namedLike = (a: Annotations, name: string, id: string): boolean =>
  a.sets.some((s) => s.id !== id && nameFold(s.name) === nameFold(name));

export function addSet(a: Annotations, id: string, name: string): Edit {
  const p = nameIssue(name);
  if (p) return refuse(setNameRefusal(p));
  if (a.sets.some((s) => s.id === id)) return refuse(t('annotationData.edit.setExists'));
  if (namedLike(a, name, id)) return refuse(t('annotationData.edit.setNameExists', name));
  return ok({ ...a, sets: [...a.sets, { id, name, authorKeys: [] }] });
}

export function removeSet(a: Annotations, id: string): Edit {
  if (!a.sets.some((s) => s.id === id)) return noSuchSet();
  return ok({ ...a, sets: a.sets.filter((s) => s.id !== id) });
}

export function renameSet(a: Annotations, id: string, name: string): Edit {
  const p = nameIssue(name);
  if (p) return refuse(setNameRefusal(p));
  if (namedLike(a, name, id)) return refuse(t('annotationData.edit.setNameExists', name));
  return withSet(a, id, (s) => ({ ...s, name }));
}

export function addAuthorsToSet(a: Annotations, id: string, keys: readonly string[]): Edit {
  const bad = keys.find((k) => !isAnnotationKey(k));
  if (bad !== undefined) return refuse(t('annotationData.edit.notAuthorKey', bad));
  return withSet(a, id, (s) => ({ ...s, authorKeys: [...new Set([...s.authorKeys, ...keys])] }));
}

export function removeAuthorsFromSet(a: Annotations, id: string, keys: readonly string[]): Edit {
  return withSet(a, id, (s) => ({ ...s, authorKeys: s.authorKeys.filter((k) => !keys.includes(k)) }));
}

/**
 * The spelling addTag keeps `tag` in on the post, and whether the post already carries it. "Launch"
 * and "launch", or "café" in two normalisations, are one tag: a post does not carry it twice, and
 * another post takes the spelling in use, so the tag filter lists it once. The page tells the user
 * when this differs from what they typed (a user's words are never changed without a word).
 */
export function tagAsKept(
  a: Annotations,
  postKey: string,
  tag: string,
): { spelling: string; already: boolean } {
  const fold = nameFold(tag);
  const own = (a.tags[postKey] ?? []).find((x) => nameFold(x) === fold);
  if (own !== undefined) return { spelling: own, already: true };
  return { spelling: tagSpelling(a.tags, tag) ?? tag, already: false };
}

export function addTag(a: Annotations, postKey: string, tag: string): Edit {
  if (!isAnnotationKey(postKey)) return refuse(t('annotationData.edit.notPostKey', postKey));
  const p = tagIssue(tag);
  if (p) return refuse(tagRefusal(p));
  const { spelling, already } = tagAsKept(a, postKey, tag);
  if (already) return ok(a);
  return ok({ ...a, tags: { ...a.tags, [postKey]: [...(a.tags[postKey] ?? []), spelling] } });
}

export function removeTag(a: Annotations, postKey: string, tag: string): Edit {
  const rest = (a.tags[postKey] ?? []).filter((x) => x !== tag);
  const tags = { ...a.tags, [postKey]: rest };
  // An empty list is dropped so that "no tags" has one form (and the export stays empty).
  if (rest.length === 0) delete tags[postKey];
  return ok({ ...a, tags });
}

/** Writes a post's note; an empty note removes it. */
export function setNote(a: Annotations, postKey: string, note: string): Edit {
  if (!isAnnotationKey(postKey)) return refuse(t('annotationData.edit.notPostKey', postKey));
  const p = noteIssue(note);
  if (p) return refuse(noteRefusal(p));
  const notes = { ...a.notes, [postKey]: note };
  if (note === '') delete notes[postKey];
  return ok({ ...a, notes });
}

/** Every tag with the number of posts that carry it, most used first, then by name in the user's language. */
export function tagCounts(a: Annotations): { tag: string; count: number }[] {
  // The alphabet of the language the page is in (uiLocale), not the JavaScript default: a Swedish
  // user looks for "Ödla" after "Zebra".
  const compare = new Intl.Collator(uiLocale()).compare;
  const counts = new Map<string, number>();
  for (const list of Object.values(a.tags))
    for (const tag of list) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((x, y) => y.count - x.count || compare(x.tag, y.tag));
}

/** The post keys carrying `tag`. */
export function postsWithTag(a: Annotations, tag: string): Set<string> {
  return new Set(
    Object.entries(a.tags)
      .filter(([, l]) => l.includes(tag))
      .map(([k]) => k),
  );
}

/** The author keys of a set (empty when it no longer exists). */
export function setAuthors(a: Annotations, id: string): Set<string> {
  return new Set(a.sets.find((s) => s.id === id)?.authorKeys ?? []);
}
