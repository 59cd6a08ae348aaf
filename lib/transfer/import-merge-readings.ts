// Readings of one post or author given in several entries of a file, united by time: a snapshot
// repeated exactly is the same reading, kept once; one of the same moment with other values is a
// conflict, because PostLens keeps one reading per post (or author) and moment.

import { t } from '../i18n';
import type { ProblemList } from './import-report';

/** An entry of the file that passed every field rule, with where it was. */
export interface Located<T> {
  item: T;
  path: string;
}

export type Reading = { capturedAt: string; path: string; values: Record<string, unknown> };

/** Whose entries are merged: a post or an author, with its key. */
export type Owner = { kind: 'post' | 'author'; key: string };

/**
 * Unites readings by time: a repeat with the same values is dropped, one with other values is a
 * conflict (one problem per differing field). Returns the readings kept, in the order first met.
 */
export function uniteReadings(
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

export const byTime = <T extends { capturedAt: string }>(a: T, b: T) =>
  a.capturedAt < b.capturedAt ? -1 : a.capturedAt > b.capturedAt ? 1 : 0;
