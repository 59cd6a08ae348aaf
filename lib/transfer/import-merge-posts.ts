// The same post more than once in one file, merged into one entry. Pure. Entries of one post are
// merged when they agree, their snapshots united (import-merge-readings.ts); a post whose text,
// link, author or publication time differs between entries is a conflict in the report, because
// PostLens keeps one text per post. An author's name or handle not shown (null) is unknown, not
// another one: the one given is kept.

import { t } from '../i18n';
import { authorKey, COUNT_FIELDS, postKey } from '../types';
import type { ExportPost, ExportSnapshot } from './format';
import { brief } from './import-merge-quote';
import { byTime, type Located, type Owner, uniteReadings } from './import-merge-readings';
import { newestSpelling, postSeenAt } from './import-merge-spellings';
import type { ProblemList } from './import-report';

const SNAPSHOT_FIELDS = [...COUNT_FIELDS, 'followers'] as const;

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
