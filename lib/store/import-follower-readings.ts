// The file's listed authors' follower readings (their latest counts and follower snapshots) merged
// with the stored ones: one reading per author and moment, a stored one of that moment stays.

import { t } from '../i18n';
import { type ExportV1, shownTime } from '../transfer';
import type { ImportAuthorRecords } from './import-author-records';
import type { Merged } from './import-not-taken';
import type { AuthorRecord, FollowerSnapshotRecord } from './schema';

/** An author's newest dated count in the file. */
export type DatedCount = { at: number; followers: number };

/**
 * Offers each listed author's counts to its record (records), and returns the follower snapshots
 * to add (counted in merged.added; a stored reading of the moment that differs in merged.kept) and
 * dated, the file's own newest dated count of each author.
 */
export function mergeFollowerReadings(
  data: ExportV1,
  storedAuthors: ReadonlyMap<string, AuthorRecord | undefined>,
  storedFollowers: ReadonlyMap<string, FollowerSnapshotRecord[]>,
  { author, offerFollowers }: ImportAuthorRecords,
  { added, kept }: Merged,
): { followerAdds: FollowerSnapshotRecord[]; dated: Map<string, DatedCount> } {
  const followerAdds: FollowerSnapshotRecord[] = [];
  /** The file's own newest dated count of each author, to hold posts' author.followers against. */
  const dated = new Map<string, DatedCount>();
  const offerDated = (key: string, at: number, followers: number) => {
    const d = dated.get(key);
    if (!d || at >= d.at) dated.set(key, { at, followers });
  };
  /** Each author's follower snapshot times, stored and added: one per author and time. */
  const followerTimes = new Map<string, Map<number, number>>();
  for (const a of data.authors) {
    const rec = author(
      a.platform,
      a.handle,
      a.name,
      true,
      a.nameAt === undefined ? undefined : Date.parse(a.nameAt),
    );
    let have = followerTimes.get(rec.key);
    if (!have) {
      have = new Map((storedFollowers.get(rec.key) ?? []).map((f) => [f.capturedAt, f.followers]));
      followerTimes.set(rec.key, have);
    }
    const mine = storedAuthors.get(rec.key);
    const latestAt = a.followersAt === undefined ? undefined : Date.parse(a.followersAt);
    if (a.followers !== undefined && latestAt !== undefined) {
      // One reading per moment: a stored count of that moment (the latest, or a snapshot) stays,
      // and the user is told the file's differed.
      const storedLatest = mine?.followersAt === latestAt ? mine.followers : null;
      const storedSnap = have.get(latestAt);
      if (
        (storedLatest !== null && storedLatest !== a.followers) ||
        (storedSnap !== undefined && storedSnap !== a.followers)
      )
        kept.push(t('store.keptFollowers', rec.key, shownTime(latestAt)));
      offerFollowers(rec, a.followers, latestAt);
    }
    for (const f of a.followerSnapshots) {
      const at = Date.parse(f.capturedAt);
      offerFollowers(rec, f.followers, at);
      offerDated(rec.key, at, f.followers);
      // The stored latest count is a reading of its moment too, with or without a snapshot of it.
      const stored = have.get(at) ?? (mine?.followersAt === at ? (mine.followers ?? undefined) : undefined);
      if (stored !== undefined && stored !== f.followers) {
        // One reading per moment: yours stays, and the user is told the file's differed.
        kept.push(t('store.keptFollowers', rec.key, shownTime(at)));
        continue;
      }
      if (have.has(at)) continue;
      have.set(at, f.followers);
      followerAdds.push({ authorKey: rec.key, capturedAt: at, followers: f.followers });
      added.followerSnapshots++;
    }
    if (a.followers !== undefined && latestAt !== undefined) offerDated(rec.key, latestAt, a.followers);
  }
  return { followerAdds, dated };
}
