// The same post (or author) more than once in one file. Pure. Nothing is chosen quietly: entries of
// one post are merged when they agree, their snapshots united (a snapshot repeated exactly is the
// same reading, kept once); a snapshot at the same time with other counts, or a post whose text,
// link, author or publication time differs between entries, is a conflict in the report, because
// PostLens keeps one reading per post and moment, and one text per post. An author's latest count
// and a follower snapshot of the same moment, in one entry or two, must agree for the same reason.
// An author's name not shown (null) is unknown, not another name: the name given is kept; so is a
// post's author handle not shown. Handles differing in case only are one author (authorKey): the
// spelling read last is kept (and named in the import's result: ProblemList.respelled), and a
// conflict when the file does not tell which that is.

import { BIDI_CONTROL } from '../format';
import { t } from '../i18n';
import { authorKey, COUNT_FIELDS, postKey } from '../types';
import type { ExportAuthor, ExportPost, ExportSnapshot } from './format';
import type { ProblemList } from './import-report';
import { shownValue } from './import-rules';

/** Control characters and the line and paragraph separators: text that would not stay on one line. */
const LINE_BREAKING = /[\p{Cc}\u2028\u2029]/u;

/**
 * The other entry's value inside a reason: as it is when it is short plain text or not text,
 * otherwise as the report shows values (quoted, cut, on one line, no bidi control), so a post's
 * 4,000 characters of text, its line breaks or a right-to-left override never fill or turn the
 * sentence around.
 */
const brief = (v: unknown) =>
  typeof v === 'string' && v.length <= 80 && !LINE_BREAKING.test(v) && !BIDI_CONTROL.test(v)
    ? v
    : shownValue(v);

/** An entry of the file that passed every field rule, with where it was. */
export interface Located<T> {
  item: T;
  path: string;
}

const SNAPSHOT_FIELDS = [...COUNT_FIELDS, 'followers'] as const;

type Reading = { capturedAt: string; path: string; values: Record<string, unknown> };

/** Whose entries are merged: a post or an author, with its key. */
type Owner = { kind: 'post' | 'author'; key: string };

/**
 * Unites readings by time: a repeat with the same values is dropped, one with other values is a
 * conflict (one problem per differing field). Returns the readings kept, in the order first met.
 */
function uniteReadings(
  readings: readonly Reading[],
  fields: readonly string[],
  owner: Owner,
  problems: ProblemList,
): Reading[] {
  const byTime = new Map<string, Reading>();
  for (const r of readings) {
    const first = byTime.get(r.capturedAt);
    if (!first) {
      byTime.set(r.capturedAt, r);
      continue;
    }
    for (const f of fields) {
      if (first.values[f] === r.values[f]) continue;
      const other = `${first.path}.${f}`;
      const was = String(first.values[f]);
      problems.add(
        `${r.path}.${f}`,
        r.values[f],
        owner.kind === 'post'
          ? t('transfer.merge.readingPost', other, was, owner.key, r.capturedAt)
          : t('transfer.merge.readingAuthor', other, was, owner.key, r.capturedAt),
      );
    }
  }
  return [...byTime.values()];
}

const byTime = <T extends { capturedAt: string }>(a: T, b: T) =>
  a.capturedAt < b.capturedAt ? -1 : a.capturedAt > b.capturedAt ? 1 : 0;

/**
 * Post fields that must agree between entries of one post (author.followers is resolved by time,
 * author.handle by postHandle).
 */
const POST_FIELDS: ReadonlyArray<[string, (p: ExportPost) => unknown]> = [
  ['url', (p) => p.url],
  ['author.name', (p) => p.author.name],
  ['publishedAt', (p) => p.publishedAt],
  ['text', (p) => p.text],
];

/** The newest capture time of a post, or the export's time when it has no snapshot. */
const lastSeen = (p: ExportPost, exportedAt: string) =>
  p.snapshots.reduce(
    (m, s) => (s.capturedAt > m ? s.capturedAt : m),
    p.snapshots[0]?.capturedAt ?? exportedAt,
  );

/**
 * When a post entry was last seen: the newest of its snapshots' times, firstSeen and lastSeen; none
 * when it gives none of them. The page showed the post's author as it was then.
 */
export const postSeenAt = (p: ExportPost): string | undefined =>
  newestOf([...p.snapshots.map((s) => s.capturedAt), p.firstSeen, p.lastSeen]);

/** The newest of these ISO times (one string format: they compare as text); none when none is given. */
const newestOf = (times: readonly (string | undefined)[]): string | undefined =>
  times.reduce<string | undefined>(
    (m, at) => (at !== undefined && (m === undefined || at > m) ? at : m),
    undefined,
  );

/** An entry's spelling of an author's handle, when the entry was read, and where it is. */
type Spelling = { handle: string; at: string | undefined; path: string };

/**
 * The spelling kept of a handle given in several entries that differ at most in case, which
 * PostLens (authorKey, the recorder) holds as one author on every platform: the spelling of the
 * entry read last, as a later reading shows the handle as it is now. An entry in another spelling
 * whose time does not place it before that one (none, or as new) leaves which spelling is newer
 * unknown: a conflict (reason), as PostLens will not choose.
 */
function newestSpelling(
  entries: readonly Spelling[],
  problems: ProblemList,
  reason: (newest: Spelling) => string,
): Spelling {
  const newest = entries.reduce((m, e) =>
    e.at !== undefined && (m.at === undefined || e.at > m.at) ? e : m,
  );
  const others = new Set<string>();
  let decided = true;
  for (const other of entries) {
    if (other.handle === newest.handle) continue;
    others.add(other.handle);
    if (newest.at !== undefined && other.at !== undefined && other.at < newest.at) continue;
    decided = false;
    problems.add(other.path, other.handle, reason(newest));
  }
  // Chosen by time: said in the import's result, never quietly.
  if (decided && others.size > 0) problems.respelled.push(`${newest.handle} (${[...others].join(', ')})`);
  return newest;
}

/**
 * The author.handle of a post given in several entries: a handle not shown (null) is unknown, not
 * another author (as an import meeting a stored post holds it, mergedPost); handles that differ in
 * case only are one author, spelled as the entry seen last spells it (newestSpelling); another
 * author is a conflict. The entry whose spelling is kept, or undefined when no entry gives one.
 */
function postHandle(entries: readonly Located<ExportPost>[], key: string, problems: ProblemList) {
  const given = entries.flatMap(({ item, path }) =>
    item.author.handle === null
      ? []
      : [
          {
            item,
            spelling: { handle: item.author.handle, at: postSeenAt(item), path: `${path}.author.handle` },
          },
        ],
  );
  const [ref] = given;
  if (!ref) return undefined;
  const author = authorKey(ref.item.platform, ref.spelling.handle);
  const same = given.filter((g) => authorKey(g.item.platform, g.spelling.handle) === author);
  for (const g of given) {
    if (same.includes(g)) continue;
    problems.add(
      g.spelling.path,
      g.spelling.handle,
      t('transfer.merge.postDiffers', ref.spelling.path, brief(ref.spelling.handle), key, 'author.handle'),
    );
  }
  return newestSpelling(
    same.map((g) => g.spelling),
    problems,
    (newest) => t('transfer.merge.handleCasePost', newest.path, brief(newest.handle), author, key),
  );
}

/**
 * One entry per post. Entries that differ only in their snapshots merge; the snapshots are
 * in time order when entries were merged, as given otherwise. author.followers is the author's
 * latest known count, so the entry with the newest snapshot gives it; two entries as new as each
 * other with different counts are a conflict. Each post comes with the path of the entry whose
 * author.handle it keeps (the first entry's when none gives one), for postAuthorSpellings.
 */
export function mergePosts(
  posts: readonly Located<ExportPost>[],
  exportedAt: string,
  problems: ProblemList,
): Located<ExportPost>[] {
  const groups = new Map<string, Located<ExportPost>[]>();
  for (const p of posts) {
    const key = postKey(p.item);
    const g = groups.get(key);
    if (g) g.push(p);
    else groups.set(key, [p]);
  }
  const out: Located<ExportPost>[] = [];
  for (const [key, entries] of groups) {
    const [first, ...rest] = entries as [Located<ExportPost>, ...Located<ExportPost>[]];
    const owner: Owner = { kind: 'post', key };
    const spelled = postHandle(entries, key, problems);
    // An author's name not shown (null) is unknown, not another name: held against the first given.
    const named = entries.find((e) => e.item.author.name !== null) ?? first;
    for (const other of entries) {
      for (const [field, get] of POST_FIELDS) {
        const ref = field === 'author.name' ? named : first;
        if (other === ref || get(ref.item) === get(other.item)) continue;
        if (field === 'author.name' && other.item.author.name === null) continue;
        problems.add(
          `${other.path}.${field}`,
          get(other.item),
          t('transfer.merge.postDiffers', `${ref.path}.${field}`, brief(get(ref.item)), key, field),
        );
      }
    }
    const readings = entries.flatMap((e) =>
      e.item.snapshots.map((s, i) => ({
        capturedAt: s.capturedAt,
        path: `${e.path}.snapshots[${i}]`,
        values: s as unknown as Record<string, unknown>,
      })),
    );
    const kept = uniteReadings(readings, SNAPSHOT_FIELDS, owner, problems).map(
      (r) => r.values as unknown as ExportSnapshot,
    );
    const post: ExportPost = {
      ...first.item,
      author: {
        ...first.item.author,
        handle: spelled?.handle ?? null,
        name: named.item.author.name,
        followers: latestFollowers(entries, exportedAt, owner, problems),
      },
      snapshots: rest.length > 0 ? kept.sort(byTime) : kept,
    };
    // Seen by either entry: the earliest first sighting, the latest last one; an ad in either.
    for (const { item } of rest) {
      if (item.promoted) post.promoted = true;
      if (item.firstSeen !== undefined && !(post.firstSeen !== undefined && post.firstSeen <= item.firstSeen))
        post.firstSeen = item.firstSeen;
      if (item.lastSeen !== undefined && !(post.lastSeen !== undefined && post.lastSeen >= item.lastSeen))
        post.lastSeen = item.lastSeen;
    }
    out.push({ item: post, path: spelled?.path.slice(0, -'.author.handle'.length) ?? first.path });
  }
  return out;
}

/**
 * An author the file gives only in its posts (never in its list of authors) is added with the
 * handle as the post seen last spells it (postSeenAt), as an author in the list takes the spelling
 * read last (mergeAuthors); posts that spell it otherwise and are not seen before that one leave
 * the spelling unknown: a conflict. The handle kept for each such author, by author key.
 */
export function postAuthorSpellings(
  posts: readonly Located<ExportPost>[],
  authors: readonly ExportAuthor[],
  problems: ProblemList,
): Map<string, string> {
  const listed = new Set(authors.map((a) => authorKey(a.platform, a.handle)));
  const byAuthor = new Map<string, Spelling[]>();
  for (const { item, path } of posts) {
    if (item.author.handle === null) continue;
    const key = authorKey(item.platform, item.author.handle);
    if (listed.has(key)) continue;
    const spelling = {
      handle: item.author.handle,
      at: postSeenAt(item),
      path: `${path}.author.handle`,
    };
    const g = byAuthor.get(key);
    if (g) g.push(spelling);
    else byAuthor.set(key, [spelling]);
  }
  const out = new Map<string, string>();
  for (const [key, spellings] of byAuthor) {
    const newest = newestSpelling(spellings, problems, (n) =>
      t('transfer.merge.handleCaseAuthorPosts', n.path, brief(n.handle), key),
    );
    out.set(key, newest.handle);
  }
  return out;
}

function latestFollowers(
  entries: readonly Located<ExportPost>[],
  exportedAt: string,
  owner: Owner,
  problems: ProblemList,
) {
  let best = entries[0]!;
  for (const e of entries.slice(1)) {
    const [a, b] = [lastSeen(best.item, exportedAt), lastSeen(e.item, exportedAt)];
    if (b > a) best = e;
    else if (b === a && e.item.author.followers !== best.item.author.followers) {
      problems.add(
        `${e.path}.author.followers`,
        e.item.author.followers,
        t(
          'transfer.merge.followersPost',
          `${best.path}.author.followers`,
          String(best.item.author.followers),
          owner.key,
        ),
      );
    }
  }
  return best.item.author.followers;
}

/** An author entry's newest dated reading (its latest count or a follower snapshot), if any. */
const newestReading = (a: ExportAuthor) =>
  newestOf([a.followersAt, ...a.followerSnapshots.map((f) => f.capturedAt)]);

/** The handle of an author given more than once: the spelling read last (newestSpelling). */
function handleSpelling(entries: readonly Located<ExportAuthor>[], key: string, problems: ProblemList) {
  const spellings = entries.map(({ item, path }) => ({
    handle: item.handle,
    at: newestReading(item),
    path: `${path}.handle`,
  }));
  return newestSpelling(spellings, problems, (newest) =>
    t('transfer.merge.handleCase', newest.path, brief(newest.handle), key),
  ).handle;
}

/**
 * One entry per author (platform + handle, case-insensitive: handleSpelling), its name the one given
 * (null is a name not shown); their follower readings united, each entry's latest count held
 * against the readings of its moment. The newest latest count stays the latest; an older entry's
 * becomes a follower snapshot of its time, not dropped.
 */
export function mergeAuthors(authors: readonly Located<ExportAuthor>[], problems: ProblemList) {
  const groups = new Map<string, Located<ExportAuthor>[]>();
  for (const a of authors) {
    const key = authorKey(a.item.platform, a.item.handle);
    const g = groups.get(key);
    if (g) g.push(a);
    else groups.set(key, [a]);
  }
  const out: ExportAuthor[] = [];
  for (const [key, entries] of groups) {
    const [first, ...rest] = entries as [Located<ExportAuthor>, ...Located<ExportAuthor>[]];
    const owner: Owner = { kind: 'author', key };
    const spelled = handleSpelling(entries, key, problems);
    // A name not shown (null) is unknown, not another name: held against the first given.
    const named = entries.find((e) => e.item.name !== null) ?? first;
    for (const other of entries) {
      if (other === named || other.item.name === null || other.item.name === named.item.name) continue;
      problems.add(
        `${other.path}.name`,
        other.item.name,
        t('transfer.merge.authorDiffers', `${named.path}.name`, brief(named.item.name), key, 'name'),
      );
    }
    const readings = entries.flatMap((e) =>
      e.item.followerSnapshots.map((f, i) => ({
        capturedAt: f.capturedAt,
        path: `${e.path}.followerSnapshots[${i}]`,
        values: f as unknown as Record<string, unknown>,
      })),
    );
    // An entry's latest count is a reading of its moment too: a follower snapshot of that moment, or
    // another entry's latest count of it, with another count would leave two counts for one moment,
    // whichever the import kept. United after the snapshots, so a repeat of a snapshot is that one.
    const latest = entries.flatMap(({ item, path }) =>
      item.followersAt === undefined
        ? []
        : [
            {
              capturedAt: item.followersAt,
              path,
              values: { capturedAt: item.followersAt, followers: item.followers } as Record<string, unknown>,
            },
          ],
    );
    const united = uniteReadings([...readings, ...latest], ['followers'], owner, problems);
    // The latest known count: the newest entry's (the first given of that time; any other reading
    // of that time agrees or was a conflict above, naming the first reading of that moment).
    const newest = latest.reduce<(typeof latest)[number] | undefined>(
      (m, r) => (m === undefined || r.capturedAt > m.capturedAt ? r : m),
      undefined,
    );
    // An older entry's latest count is a reading the user had: kept as a follower snapshot of its
    // time, unless the file already holds a reading of that moment (united: kept once).
    const isLatest = new Set<Reading>(latest);
    const kept = united
      .filter((r) => !isLatest.has(r) || r.capturedAt !== newest?.capturedAt)
      .map((r) => r.values as unknown as ExportAuthor['followerSnapshots'][number]);
    const author: ExportAuthor = {
      ...first.item,
      handle: spelled,
      name: named.item.name,
      followerSnapshots: rest.length > 0 ? kept.sort(byTime) : kept,
    };
    if (newest) {
      author.followers = newest.values.followers as number;
      author.followersAt = newest.capturedAt;
    }
    out.push(author);
  }
  return out;
}
