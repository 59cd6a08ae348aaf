// Author sets, tags and notes in the JSON export: an optional top-level `annotations` object, the
// shape lib/annotations keeps. Pure. Written only when there is something in it, so a file
// without annotations is byte for byte what it was before they existed; read strictly (every
// problem with its path, value and reason, like the posts); merged into what is stored without
// overwriting the user's own words (a differing set or note is reported, not replaced).
import {
  type Annotations,
  type AuthorSet,
  idProblem,
  isAnnotationKey,
  isEmptyAnnotations,
  nameProblem,
  noteProblem,
  tagProblem,
} from '../annotations';
import { t } from '../i18n';
import type { ExportFile } from './format';
import { type ImportRefusal, ProblemList } from './import-report';

/** The export with its annotations, the key left out when there are none. */
export function withAnnotations(file: ExportFile, annotations: Annotations): ExportFile {
  if (isEmptyAnnotations(annotations)) return file;
  return {
    ...file,
    annotations: {
      sets: annotations.sets.map((s) => ({ id: s.id, name: s.name, authorKeys: [...s.authorKeys] })),
      tags: Object.fromEntries(Object.entries(annotations.tags).map(([k, l]) => [k, [...l]])),
      notes: { ...annotations.notes },
    },
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const FIELDS = ['sets', 'tags', 'notes'];

/** The `annotations` of an export, checked: absent is none; any problem refuses the file. */
export function checkExportAnnotations(
  input: unknown,
): { ok: true; annotations: Annotations | null } | ImportRefusal {
  if (!isObject(input) || input.annotations === undefined) return { ok: true, annotations: null };
  const raw = input.annotations;
  const problems = new ProblemList();
  if (!isObject(raw)) {
    problems.add('annotations', raw, t('transfer.annotations.object'));
    return problems.refusal();
  }
  for (const k of Object.keys(raw))
    if (!FIELDS.includes(k)) problems.add(`annotations.${k}`, raw[k], t('transfer.annotations.notField'));
  const sets = checkSets(raw.sets, problems);
  const tags = checkTags(raw.tags, problems);
  const notes = checkNotes(raw.notes, problems);
  return problems.total > 0 ? problems.refusal() : { ok: true, annotations: { sets, tags, notes } };
}

function checkSets(raw: unknown, problems: ProblemList): AuthorSet[] {
  if (!Array.isArray(raw)) {
    problems.add('annotations.sets', raw, t('transfer.check.list'));
    return [];
  }
  const sets: AuthorSet[] = [];
  const ids = new Set<string>();
  for (const [i, s] of raw.entries()) {
    const at = `annotations.sets[${i}]`;
    if (!isObject(s)) {
      problems.add(at, s, t('transfer.annotations.setObject'));
      continue;
    }
    const before = problems.total;
    for (const k of Object.keys(s))
      if (!['id', 'name', 'authorKeys'].includes(k))
        problems.add(`${at}.${k}`, s[k], t('transfer.annotations.notSetField'));
    const id = idProblem(s.id);
    if (id) problems.add(`${at}.id`, s.id, id);
    else if (ids.has(s.id as string)) problems.add(`${at}.id`, s.id, t('transfer.idTwice', String(s.id)));
    const name = nameProblem(s.name);
    if (name) problems.add(`${at}.name`, s.name, name);
    if (!Array.isArray(s.authorKeys))
      problems.add(`${at}.authorKeys`, s.authorKeys, t('transfer.annotations.authorKeys'));
    else
      for (const [j, k] of s.authorKeys.entries()) {
        if (!isAnnotationKey(k))
          problems.add(`${at}.authorKeys[${j}]`, k, t('transfer.annotations.authorKey'));
        else if (s.authorKeys.indexOf(k) !== j)
          problems.add(`${at}.authorKeys[${j}]`, k, t('transfer.twice'));
      }
    if (typeof s.id === 'string') ids.add(s.id);
    if (problems.total === before)
      sets.push({ id: s.id as string, name: s.name as string, authorKeys: [...(s.authorKeys as string[])] });
  }
  return sets;
}

function checkTags(raw: unknown, problems: ProblemList): Record<string, string[]> {
  if (!isObject(raw)) {
    problems.add('annotations.tags', raw, t('transfer.annotations.tags'));
    return {};
  }
  const tags: Record<string, string[]> = {};
  for (const [key, list] of Object.entries(raw)) {
    const at = `annotations.tags[${JSON.stringify(key)}]`;
    const before = problems.total;
    if (!isAnnotationKey(key)) problems.add(at, key, t('transfer.annotations.underPostKey'));
    if (!Array.isArray(list) || list.length === 0) problems.add(at, list, t('transfer.annotations.tagList'));
    else
      for (const [j, tag] of list.entries()) {
        const p = tagProblem(tag);
        if (p) problems.add(`${at}[${j}]`, tag, p);
        else if (list.indexOf(tag) !== j) problems.add(`${at}[${j}]`, tag, t('transfer.twice'));
      }
    if (problems.total === before) tags[key] = [...(list as string[])];
  }
  return tags;
}

function checkNotes(raw: unknown, problems: ProblemList): Record<string, string> {
  if (!isObject(raw)) {
    problems.add('annotations.notes', raw, t('transfer.annotations.notes'));
    return {};
  }
  const notes: Record<string, string> = {};
  for (const [key, note] of Object.entries(raw)) {
    const at = `annotations.notes[${JSON.stringify(key)}]`;
    const p = !isAnnotationKey(key)
      ? t('transfer.annotations.underPostKey')
      : note === ''
        ? t('transfer.annotations.noteEmpty')
        : noteProblem(note);
    if (p) problems.add(at, note, p);
    else notes[key] = note as string;
  }
  return notes;
}

/** A difference between the file and what is stored, kept as stored. */
export interface AnnotationConflict {
  path: string;
  stored: unknown;
  file: unknown;
}

/** The same authors, in any order (a set is no list: [a, b] is [b, a]); keys as stored, once each. */
export const sameAuthors = (a: AuthorSet, b: AuthorSet) =>
  a.authorKeys.length === b.authorKeys.length && a.authorKeys.every((k) => b.authorKeys.includes(k));

/** The same set: its name, and its authors in any order. */
const sameSet = (a: AuthorSet, b: AuthorSet) => a.name === b.name && sameAuthors(a, b);

/**
 * The stored annotations with the file's merged in: new sets added, the same set (id) with the
 * same content kept once, with other content reported and kept as stored; tags unioned; a note
 * added where the post has none, reported where it has another.
 */
export function mergeAnnotations(
  stored: Annotations,
  file: Annotations,
): { value: Annotations; conflicts: AnnotationConflict[] } {
  const conflicts: AnnotationConflict[] = [];
  const sets = [...stored.sets];
  for (const s of file.sets) {
    const mine = sets.find((m) => m.id === s.id);
    if (!mine) sets.push(s);
    else if (!sameSet(mine, s))
      conflicts.push({ path: `annotations.sets (id ${s.id})`, stored: mine, file: s });
  }
  const tags: Record<string, string[]> = { ...stored.tags };
  for (const [key, list] of Object.entries(file.tags))
    tags[key] = [...new Set([...(tags[key] ?? []), ...list])];
  const notes: Record<string, string> = { ...stored.notes };
  for (const [key, note] of Object.entries(file.notes)) {
    const mine = notes[key];
    if (mine === undefined) notes[key] = note;
    else if (mine !== note)
      conflicts.push({ path: `annotations.notes[${JSON.stringify(key)}]`, stored: mine, file: note });
  }
  return { value: { sets, tags, notes }, conflicts };
}
