// Checks the version 1 part of a JSON export (format.ts) before import; campaigns-in-export.ts
// checks the campaigns of version 2. Pure. An import is faithful or refused, all or nothing: the
// answer is the file's data exactly (import-rules.ts), with entries of the same post or author
// merged (import-merge.ts), or a report of every problem (import-report.ts), where, what and why.

import { LIMITS, platformOf, urlOf } from '../check';
import { t, wholeNumber } from '../i18n';
import type { Platform } from '../types';
import { COUNT_FIELDS } from '../types';
import {
  EXPORT_FORMAT,
  type ExportAuthor,
  type ExportPost,
  type ExportSnapshot,
  type ExportV1,
  type ExportV2,
} from './format';
import { type Located, mergeAuthors, mergePosts, postAuthorSpellings } from './import-merge';
import { type ImportRefusal, memberPath, ProblemList, refuse } from './import-report';
import {
  countRule,
  flagRule,
  idRule,
  instantRule,
  nameRule,
  postedRule,
  type Rule,
  requiredCountRule,
  ruleOf,
  textRule,
} from './import-rules';
import { checkExportWatchlist } from './watchlist-in-export';

export interface CheckOptions {
  /** The importing machine's clock (epoch ms): times later than a day after it are refused. */
  now?: number;
}

/**
 * A checked export, and the handles it spells in more than one case that were merged into one
 * author spelled as read last (ProblemList.respelled; the import's result names them): the key only
 * when there are any, so a file without them checks as it always did. The data carries the file's
 * stars (`watchlist`) when it has some, whatever its version: what is built on it keeps them.
 */
export type ExportCheck =
  | { ok: true; data: ExportV1 & Pick<ExportV2, 'watchlist'>; respelled?: string[] }
  | ImportRefusal;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const platformRule = (v: unknown, path: string) => ruleOf(path, () => platformOf(v, path));

/** Every key `T` has, as a set: the Record type makes the compiler name any key left out. */
export const keysOf = <T>(keys: Record<keyof T & string, true>): ReadonlySet<string> =>
  new Set(Object.keys(keys));

/**
 * The keys each object of a version 1 file may have (format.ts). The import reads no other, so a
 * file with one (edited by hand, "Likes" for "likes", or made by a newer PostLens) is refused,
 * saying where: importing it would drop that value quietly. `annotations` is read at the top by
 * annotations-in-export.ts (a version 2 file's campaigns by campaigns-in-export.ts, before this),
 * `watchlist` (the stars) by watchlist-in-export.ts, from checkExport.
 */
const TOP_KEYS = keysOf<ExportV1 & { annotations: unknown; watchlist: unknown }>({
  format: true,
  version: true,
  exportedAt: true,
  posts: true,
  authors: true,
  annotations: true,
  watchlist: true,
});
const SNAPSHOT_KEYS: ReadonlySet<string> = new Set(['capturedAt', ...COUNT_FIELDS, 'followers']);
const POST_KEYS = keysOf<ExportPost>({
  platform: true,
  postId: true,
  url: true,
  author: true,
  publishedAt: true,
  text: true,
  snapshots: true,
  promoted: true,
  firstSeen: true,
  lastSeen: true,
});
const POST_AUTHOR_KEYS = keysOf<ExportPost['author']>({ handle: true, name: true, followers: true });
const AUTHOR_KEYS = keysOf<ExportAuthor>({
  platform: true,
  handle: true,
  name: true,
  followerSnapshots: true,
  followers: true,
  followersAt: true,
  nameAt: true,
});
const FOLLOWER_SNAPSHOT_KEYS = keysOf<ExportAuthor['followerSnapshots'][number]>({
  capturedAt: true,
  followers: true,
});

/** Adds a problem for each key of `o` not in `known`: the import would drop its value. */
export function unknownKeys(
  o: Record<string, unknown>,
  path: string,
  known: ReadonlySet<string>,
  problems: ProblemList,
) {
  for (const k of Object.keys(o))
    if (!known.has(k)) problems.add(memberPath(path, k), o[k], t('transfer.check.notField'));
}

/** An https link on the platform's own site, written as PostLens writes links. */
function urlRule(v: unknown, platform: Platform, path: string): Rule<string> {
  const r = ruleOf(path, () => urlOf(v, platform, path));
  if ('reason' in r) {
    return typeof v === 'string' && v.length > LIMITS.url
      ? { reason: t('transfer.check.urlTooLong', wholeNumber(LIMITS.url)) }
      : r;
  }
  if (r.value !== v) return { reason: t('transfer.check.urlForm', r.value) };
  return r;
}

/**
 * A post's author handle: null (not shown; a missing field reads as null), or a handle. On Reddit a
 * handle with a "/" is refused: a user's never holds one (userHandle, platforms/reddit), and
 * "r/<name>" is a community's record (isCommunity), whose members are no poster's followers and
 * which posts nothing of its own. The authors list keeps "r/<name>": its members, as PostLens
 * exports them. Other platforms' handles are checked as any text id.
 */
function postAuthorRule(v: unknown, platform: Platform | undefined): Rule<string | null> {
  if (v === null || v === undefined) return { value: null };
  const r = idRule(v, LIMITS.name, 'handles');
  return 'value' in r && platform === 'reddit' && r.value.includes('/')
    ? { reason: t('transfer.check.redditPostAuthor') }
    : r;
}

class Reader {
  readonly problems = new ProblemList();
  constructor(private readonly now: number) {}

  /** The entry read, or null when it has a problem (each one reported). */
  private clean<T>(read: () => T): T | null {
    const before = this.problems.total;
    const item = read();
    return this.problems.total === before ? item : null;
  }

  /** The object, its keys checked against `known`; null when it is none (reported). */
  private object(v: unknown, path: string, known: ReadonlySet<string>): Record<string, unknown> | null {
    if (isObject(v)) {
      unknownKeys(v, path, known, this.problems);
      return v;
    }
    this.problems.add(path, v, t('transfer.check.object'));
    return null;
  }

  private list(v: unknown, path: string): unknown[] | null {
    if (Array.isArray(v)) return v;
    this.problems.add(path, v, t('transfer.check.list'));
    return null;
  }

  private field<T>(o: Record<string, unknown>, key: string, path: string, rule: (v: unknown) => Rule<T>) {
    return this.problems.take(`${path}.${key}`, o[key], rule(o[key])) as T;
  }

  instant = (v: unknown) => instantRule(v, this.now);
  /** A time that may be absent (undefined). */
  optionalInstant = (v: unknown): Rule<string | undefined> =>
    v === undefined ? { value: undefined } : this.instant(v);

  snapshot(v: unknown, path: string): ExportSnapshot | null {
    return this.clean(() => {
      const s = this.object(v, path, SNAPSHOT_KEYS);
      if (!s) return null;
      const out: Record<string, unknown> = { capturedAt: this.field(s, 'capturedAt', path, this.instant) };
      for (const f of COUNT_FIELDS) out[f] = this.field(s, f, path, countRule);
      out.followers = this.field(s, 'followers', path, countRule);
      return out as unknown as ExportSnapshot;
    });
  }

  post(v: unknown, path: string): ExportPost | null {
    return this.clean(() => {
      const p = this.object(v, path, POST_KEYS);
      if (!p) return null;
      const platform = this.field(p, 'platform', path, (x) => platformRule(x, `${path}.platform`));
      const postId = this.field(p, 'postId', path, (x) => idRule(x, LIMITS.postId, 'post ids'));
      const url =
        platform === undefined
          ? undefined
          : this.field(p, 'url', path, (x) => urlRule(x, platform, `${path}.url`));
      const a = this.object(p.author, `${path}.author`, POST_AUTHOR_KEYS);
      const author = a && {
        handle: this.field(a, 'handle', `${path}.author`, (x) => postAuthorRule(x, platform)),
        name: this.field(a, 'name', `${path}.author`, nameRule),
        followers: this.field(a, 'followers', `${path}.author`, countRule),
      };
      const publishedAt = this.field(
        p,
        'publishedAt',
        path,
        (x): Rule<string | null> =>
          x === null || x === undefined ? { value: null } : postedRule(x, this.now),
      );
      const text = this.field(p, 'text', path, (x) => textRule(x, LIMITS.text, 'post text'));
      const raw = this.list(p.snapshots, `${path}.snapshots`) ?? [];
      const snapshots = raw.map((s, i) => this.snapshot(s, `${path}.snapshots[${i}]`));
      const post = { platform, postId, url, author, publishedAt, text, snapshots } as ExportPost;
      // The optional fields (format.ts), kept only when the file gives them.
      if (this.field(p, 'promoted', path, flagRule)) post.promoted = true;
      const firstSeen = this.field(p, 'firstSeen', path, this.optionalInstant);
      const lastSeen = this.field(p, 'lastSeen', path, this.optionalInstant);
      if (firstSeen !== undefined) post.firstSeen = firstSeen;
      if (lastSeen !== undefined) post.lastSeen = lastSeen;
      return post;
    });
  }

  author(v: unknown, path: string): ExportAuthor | null {
    return this.clean(() => {
      const a = this.object(v, path, AUTHOR_KEYS);
      if (!a) return null;
      const platform = this.field(a, 'platform', path, (x) => platformRule(x, `${path}.platform`));
      const handle = this.field(a, 'handle', path, (x) => idRule(x, LIMITS.name, 'handles'));
      const name = this.field(a, 'name', path, nameRule);
      const raw = this.list(a.followerSnapshots, `${path}.followerSnapshots`) ?? [];
      const followerSnapshots = raw.map((f, i) =>
        this.clean(() => {
          const at = `${path}.followerSnapshots[${i}]`;
          const r = this.object(f, at, FOLLOWER_SNAPSHOT_KEYS);
          if (!r) return null;
          return {
            capturedAt: this.field(r, 'capturedAt', at, this.instant),
            followers: this.field(r, 'followers', at, requiredCountRule),
          };
        }),
      );
      const author = { platform, handle, name, followerSnapshots } as ExportAuthor;
      // The latest known count comes with its time, or not at all (format.ts).
      if (a.followers !== undefined || a.followersAt !== undefined) {
        author.followers = this.field(a, 'followers', path, requiredCountRule);
        author.followersAt = this.field(a, 'followersAt', path, this.instant);
      }
      // When the name was read: an optional time, and only of a name (format.ts).
      const nameAt = this.field(a, 'nameAt', path, (x) =>
        x !== undefined && a.name == null
          ? { reason: t('transfer.check.nameAtNoName') }
          : this.optionalInstant(x),
      );
      if (nameAt !== undefined) author.nameAt = nameAt;
      return author;
    });
  }

  entries<T>(v: unknown[], name: string, read: (v: unknown, path: string) => T | null): Located<T>[] {
    const out: Located<T>[] = [];
    for (const [i, item] of v.entries()) {
      const path = `${name}[${i}]`;
      const r = read.call(this, item, path);
      if (r !== null) out.push({ item: r, path });
    }
    return out;
  }
}

/**
 * The export's posts and authors, exactly as the file holds them (entries of one post or author
 * merged), or every problem found. Times are checked against options.now (default: this clock).
 */
export function checkExport(input: unknown, options: CheckOptions = {}): ExportCheck {
  if (!isObject(input) || input.format !== EXPORT_FORMAT) {
    return refuse(
      'format',
      isObject(input) ? input.format : input,
      t('transfer.check.notExport', EXPORT_FORMAT),
    );
  }
  if (input.version !== 1) {
    return refuse('version', input.version, t('transfer.check.version', String(input.version)));
  }
  const r = new Reader(options.now ?? Date.now());
  unknownKeys(input, '', TOP_KEYS, r.problems);
  const exportedAt = r.problems.take('exportedAt', input.exportedAt, r.instant(input.exportedAt));
  const lists = ['posts', 'authors'].map((k) => {
    if (Array.isArray(input[k])) return input[k] as unknown[];
    r.problems.add(k, input[k], t('transfer.check.lists'));
    return [];
  }) as [unknown[], unknown[]];
  const posts = r.entries(lists[0], 'posts', r.post);
  const authors = r.entries(lists[1], 'authors', r.author);
  const mergedPosts = mergePosts(posts, exportedAt ?? '', r.problems);
  const merged = {
    posts: mergedPosts.map((p) => p.item),
    authors: mergeAuthors(authors, r.problems),
  };
  // An author only in the posts is added with the spelling of the post seen last: known, or refused.
  postAuthorSpellings(mergedPosts, merged.authors, r.problems);
  // The stars, after the records' problems, as the file writes them after the records.
  const stars = checkExportWatchlist(input);
  if (!stars.ok) r.problems.absorb(stars);
  if (!stars.ok || r.problems.total > 0 || exportedAt === undefined) return r.problems.refusal();
  const data: ExportV1 & Pick<ExportV2, 'watchlist'> = {
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt,
    ...merged,
    // The key only when the file has it, so a file without stars checks as it always did.
    ...(stars.watchlist && { watchlist: stars.watchlist }),
  };
  const { respelled } = r.problems;
  return respelled.length > 0 ? { ok: true, data, respelled } : { ok: true, data };
}
