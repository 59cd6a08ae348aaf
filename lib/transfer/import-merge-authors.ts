// The same author more than once in one file, merged into one entry. Pure. An author's latest count
// and a follower snapshot of the same moment, in one entry or two, must agree, because PostLens
// keeps one reading per author and moment. A name not shown (null) is unknown, not another name:
// the name given is kept.

import { t } from '../i18n';
import { authorKey } from '../types';
import type { ExportAuthor } from './format';
import { brief } from './import-merge-quote';
import { byTime, type Located, type Owner, type Reading, uniteReadings } from './import-merge-readings';
import { newestOf, newestSpelling } from './import-merge-spellings';
import type { ProblemList } from './import-report';

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
    const { nameAt: _firstNameAt, ...firstItem } = first.item;
    const author: ExportAuthor = {
      ...firstItem,
      handle: spelled,
      name: named.item.name,
      followerSnapshots: rest.length > 0 ? kept.sort(byTime) : kept,
    };
    if (newest) {
      author.followers = newest.values.followers as number;
      author.followersAt = newest.capturedAt;
    }
    // When the name was read: the newest time an entry of that name gives (none: not known).
    const nameAt = newestOf(
      entries.flatMap((e) => (e.item.name === named.item.name && e.item.nameAt ? [e.item.nameAt] : [])),
    );
    if (nameAt !== undefined && author.name !== null) author.nameAt = nameAt;
    out.push(author);
  }
  return out;
}
