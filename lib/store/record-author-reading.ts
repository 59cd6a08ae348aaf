// A reading of an author (a profile's, or a post's author) applied to a recording call's records in
// memory (record-call-state.ts): the author's name and followers, and a follower snapshot when they
// changed or the interval passed.

import type { Count, Platform } from '../types';
import { authorKey } from '../types';
import type { CallState } from './record-call-state';
import type { AuthorRecord } from './schema';

/** Upserts an author; a follower snapshot when followers changed or the interval passed. */
export function applyAuthorReading(
  call: CallState,
  platform: Platform,
  handle: string,
  name: string | null,
  followers: Count | undefined,
  interval: number,
  now: number,
): AuthorRecord {
  const key = authorKey(platform, handle);
  let state = call.authors.get(key);
  if (!state) {
    const rec: AuthorRecord = { key, platform, handle, name: null, followers: null, followersAt: null };
    state = {
      stored: undefined,
      rec,
      lastFollowerAt: call.storedFollowers.get(key)?.capturedAt ?? null,
      nameAt: null,
    };
    call.authors.set(key, state);
  }
  const { rec } = state;
  // The newest-read name is the author's: a batch read earlier, come late, fills in a name none
  // was read of, but does not take the place of one read after it. Its time is kept with it
  // (nameAt), so a reading that shows no name moves nothing. Stored only when the name changes
  // (or has no time yet): the same name read again would cost a write of every named author in
  // every batch; a late batch's other name read between two readings of the kept one can then
  // still take its place (the author renamed and back within the batch's lateness).
  if (name && (rec.name === null || state.nameAt === null || now >= state.nameAt)) {
    if (name !== rec.name || rec.nameAt === undefined) rec.nameAt = now;
    rec.name = name;
    state.nameAt = now;
  }
  if (typeof followers === 'number') {
    const last = state.lastFollowerAt;
    const same = call.followerSnapshotAt.get(`${key}|${now}`);
    /** A snapshot of this moment stored by an earlier call, which stays as it is. */
    let keptStored = false;
    if (same) {
      // The later reading of one moment is the one kept, as it is for the author's count below.
      same.followers = followers;
    } else if (last === now) {
      // A snapshot of this moment is stored already (an earlier call): it stays as it is.
      keptStored = true;
    } else {
      // Compared with the follower snapshot before it in time, stored or added: the newest, or
      // for a reading read before it (a late batch, a clock set back) the one before its time.
      // Not with the author's count, which can be newer than that snapshot (a late batch's
      // snapshot goes in before a newer unchanged reading's time).
      const before = call.followersBefore(key, now);
      // A snapshot of this moment stored by an earlier call stays as it is.
      const stored = before?.capturedAt === now;
      keptStored = stored;
      if (!stored && (!before || followers !== before.followers || now - before.capturedAt >= interval)) {
        const snap = { authorKey: key, capturedAt: now, followers };
        call.followerSnapshots.push(snap);
        call.followerSnapshotAt.set(`${key}|${now}`, snap);
        const list = call.addedFollowersOf.get(key);
        if (list) list.push(snap);
        else call.addedFollowersOf.set(key, [snap]);
        state.lastFollowerAt = last === null ? now : Math.max(last, now);
      }
    }
    // The newest reading's count is the author's: a batch read earlier, come late, adds its
    // follower snapshot above but does not take the place of a newer count. Of one moment whose
    // snapshot an earlier call stored, that snapshot's count stays the author's too: one count
    // per moment (an export holding two for one moment would not import again).
    if (rec.followersAt === null || now > rec.followersAt || (now === rec.followersAt && !keptStored)) {
      rec.followers = followers;
      rec.followersAt = now;
    }
  }
  return rec;
}
