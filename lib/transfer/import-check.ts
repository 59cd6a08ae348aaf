// Checks the version 1 part of a JSON export (format.ts) before import; campaigns-in-export.ts
// checks the campaigns of version 2. Pure. Unlike live readings, an import is all or nothing: one
// bad record refuses the whole file, with a message saying where.

import {
  attempt,
  countOf,
  fail,
  handleOf,
  idOf,
  isoOf,
  LIMITS,
  nameOf,
  platformOf,
  textOf,
  urlOf,
} from '../check';
import { countsFrom } from '../types';
import {
  EXPORT_FORMAT,
  type ExportAuthor,
  type ExportPost,
  type ExportSnapshot,
  type ExportV1,
} from './format';

const MAX_PROBLEMS = 5;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function need(ok: boolean, msg: string): void {
  if (!ok) fail(msg);
}

function snapshotOf(v: unknown, where: string): ExportSnapshot {
  need(isObject(v), `${where}: must be an object`);
  const s = v as Record<string, unknown>;
  return {
    capturedAt: isoOf(s.capturedAt, `${where}.capturedAt`),
    ...countsFrom((f) => countOf(s[f], `${where}.${f}`)),
    followers: countOf(s.followers, `${where}.followers`),
  };
}

function postOf(v: unknown, where: string): ExportPost {
  need(isObject(v), `${where}: must be an object`);
  const p = v as Record<string, unknown>;
  const platform = platformOf(p.platform, `${where}.platform`);
  need(isObject(p.author), `${where}.author: must be an object`);
  const a = p.author as Record<string, unknown>;
  need(Array.isArray(p.snapshots), `${where}.snapshots: must be an array`);
  return {
    platform,
    postId: idOf(p.postId, `${where}.postId`, LIMITS.postId),
    url: urlOf(p.url, platform, `${where}.url`),
    author: {
      handle: handleOf(a.handle, `${where}.author.handle`),
      name: nameOf(a.name, `${where}.author.name`),
      followers: countOf(a.followers, `${where}.author.followers`),
    },
    publishedAt: p.publishedAt == null ? null : isoOf(p.publishedAt, `${where}.publishedAt`),
    text: textOf(p.text, `${where}.text`, LIMITS.text),
    snapshots: (p.snapshots as unknown[]).map((s, i) => snapshotOf(s, `${where}.snapshots[${i}]`)),
  };
}

function authorOf(v: unknown, where: string): ExportAuthor {
  need(isObject(v), `${where}: must be an object`);
  const a = v as Record<string, unknown>;
  need(Array.isArray(a.followerSnapshots), `${where}.followerSnapshots: must be an array`);
  return {
    platform: platformOf(a.platform, `${where}.platform`),
    handle: idOf(a.handle, `${where}.handle`, LIMITS.name),
    name: nameOf(a.name, `${where}.name`),
    followerSnapshots: (a.followerSnapshots as unknown[]).map((f, i) => {
      const at = `${where}.followerSnapshots[${i}]`;
      need(isObject(f), `${at}: must be an object`);
      const r = f as Record<string, unknown>;
      const followers = countOf(r.followers, `${at}.followers`);
      need(followers !== null, `${at}.followers: must be a number`);
      return { capturedAt: isoOf(r.capturedAt, `${at}.capturedAt`), followers: followers! };
    }),
  };
}

/** The export, cleaned, or the first few problems found. */
export function checkExport(input: unknown): { ok: true; data: ExportV1 } | { ok: false; error: string } {
  const problems: string[] = [];
  const collect = <T>(items: unknown[], read: (v: unknown, where: string) => T, name: string): T[] => {
    const out: T[] = [];
    for (const [i, item] of items.entries()) {
      if (problems.length >= MAX_PROBLEMS) break;
      const r = attempt(() => read(item, `${name}[${i}]`));
      if ('value' in r) out.push(r.value);
      else problems.push(r.reason);
    }
    return out;
  };
  if (!isObject(input) || input.format !== EXPORT_FORMAT) {
    return { ok: false, error: `not a PostLens export (format must be "${EXPORT_FORMAT}")` };
  }
  if (input.version !== 1) return { ok: false, error: `unsupported export version ${String(input.version)}` };
  const head = attempt(() => isoOf(input.exportedAt, 'exportedAt'));
  if ('reason' in head) return { ok: false, error: head.reason };
  if (!Array.isArray(input.posts) || !Array.isArray(input.authors)) {
    return { ok: false, error: 'posts and authors must be arrays' };
  }
  const posts = collect(input.posts, postOf, 'posts');
  const authors = collect(input.authors, authorOf, 'authors');
  if (problems.length > 0) return { ok: false, error: problems.join('; ') };
  return { ok: true, data: { format: EXPORT_FORMAT, version: 1, exportedAt: head.value, posts, authors } };
}
