// What the batch check changed in the readings it stored (lib/check.ts): readings left out, fields
// stored as null, texts cut to their limit; and readings the write queue stored as of an earlier
// time than they were read (the clock set back: lib/store/write-queue.ts). The user must be told,
// not only the worker's console: the counts and the newest reasons are kept in storage.local until
// the user dismisses them, and the popup, options and dashboard show them
// (components/common/storage-warning.tsx).
import { storage } from '#imports';
import { exclusive } from '../exclusive';
import type { CheckedReadings, RecordResult } from '../messages';
import { clearShown, heldItem, type Mark, marksOf, withMark } from './held-item';

const COUNTS = ['dropped', 'nulled', 'cut', 'retimed'] as const;
type Field = (typeof COUNTS)[number];

export const NO_CHECKED_READINGS: CheckedReadings = {
  dropped: 0,
  nulled: 0,
  cut: 0,
  retimed: 0,
  reasons: [],
  at: null,
};

/**
 * As kept: with, for each reason, how many changes were noted after its batch's. A batch's reasons
 * are its first few, not one per change (a refused batch of 30 readings gives one), so the count of
 * changes a dismissal leaves does not say which reasons are theirs; this does.
 */
interface Kept extends CheckedReadings {
  reasonsAfter?: number[];
  /** The counts by the time they were noted, so a Dismiss clears only what its page showed. */
  marks?: Mark<Field>[];
}

/** What a change counts in a batch's result (retimed is absent where there is none). */
const countOf = (r: Extract<RecordResult, { ok: true }>, f: Field): number => r[f] ?? 0;
const changesOf = (r: Extract<RecordResult, { ok: true }>): number =>
  COUNTS.reduce((n, f) => n + countOf(r, f), 0);

/**
 * A kept value with every count: one kept before re-dated readings were counted has no
 * `retimed`, in itself or its marks (0: none were counted then).
 */
function whole(k: Kept): Kept {
  const filled = <T extends Partial<Record<Field, number>>>(o: T) => ({ ...o, retimed: o.retimed ?? 0 });
  return { ...filled(k), marks: k.marks?.map(filled) };
}

export const checkedReadingsItem = storage.defineItem<Kept>('local:checkedReadings', {
  fallback: NO_CHECKED_READINGS,
});

/** How many reasons are kept: enough to see what kind of change it was, not a log. */
export const KEPT_REASONS = 5;

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

export function createCheckedReadings(deps: { now(): number; warn(message: string): void }) {
  // The record storage.local refused to keep (a full disk) is held while this worker runs.
  const held = heldItem(checkedReadingsItem, deps.warn, 'what the checks changed');
  const current = async (): Promise<Kept> => whole(await held.get());
  const keep = held.set;
  /** Each reason's count of changes noted after it; 0 for one kept before counts were (the newest). */
  const afterOf = (k: Kept): number[] => k.reasons.map((_, i) => k.reasonsAfter?.[i] ?? 0);

  return {
    /** Adds what the check changed in these stored batches (results as the recorder answered). */
    async noted(results: readonly RecordResult[]): Promise<void> {
      const changed = results.filter(
        (r): r is Extract<RecordResult, { ok: true }> => r.ok && changesOf(r) > 0,
      );
      if (changed.length === 0) return;
      // One change at a time: two noted together would each add to the same old counts.
      await exclusive('checkedReadings', async () => {
        const before = await current();
        const next: Kept = { ...before, at: deps.now() };
        const added = { dropped: 0, nulled: 0, cut: 0, retimed: 0 };
        for (const f of COUNTS) added[f] = changed.reduce((n, r) => n + countOf(r, f), 0);
        for (const f of COUNTS) next[f] = before[f] + added[f];
        next.marks = withMark(marksOf(before, COUNTS), COUNTS, next.at as number, added);
        // Newest first: the last batch's reasons, each with the changes noted after its batch.
        const reasons: string[] = [];
        const after: number[] = [];
        let later = 0;
        for (const r of [...changed].reverse()) {
          for (const reason of [...r.reasons].reverse()) {
            reasons.push(reason);
            after.push(later);
          }
          later += changesOf(r);
        }
        next.reasons = [...reasons, ...before.reasons].slice(0, KEPT_REASONS);
        next.reasonsAfter = [...after, ...afterOf(before).map((n) => n + later)].slice(0, KEPT_REASONS);
        await keep(next);
      });
    },

    /** What the notice shows (without what is kept to match reasons and times with changes). */
    async get(): Promise<CheckedReadings> {
      const { dropped, nulled, cut, retimed, reasons, at } = await current();
      return { dropped, nulled, cut, retimed, reasons, at };
    },

    /**
     * The user dismissed a notice that showed `shown` (the counts, and the `at` read with them):
     * those are no longer counted. Changes noted since the page read the counts stay (with their
     * reasons), even when another page has dismissed meanwhile, so none is cleared unseen. Without
     * `at`, the counts are taken as the oldest changes. false for malformed counts. Counts sent
     * without `retimed` show none of them.
     */
    async dismiss(shown: unknown): Promise<boolean> {
      const sent = shown as Partial<Record<Field | 'at', unknown>> | null | undefined;
      const seen = sent && { ...sent, retimed: sent.retimed ?? 0 };
      if (!seen || !COUNTS.every((f) => isCount(seen[f]))) return false;
      const at = seen.at ?? undefined;
      if (at !== undefined && (typeof at !== 'number' || !Number.isFinite(at))) return false;
      await exclusive('checkedReadings', async () => {
        const now = await current();
        const counts = {
          dropped: seen.dropped as number,
          nulled: seen.nulled as number,
          cut: seen.cut as number,
          retimed: seen.retimed as number,
        };
        const { marks, cleared } = clearShown(marksOf(now, COUNTS), COUNTS, counts, at);
        const left = { ...now, marks };
        for (const f of COUNTS) left[f] = Math.max(0, now[f] - cleared[f]);
        const newer = COUNTS.reduce((n, f) => n + left[f], 0);
        // The changes left are the `newer` noted last: a reason is theirs when its batch has one of
        // them, that is when fewer than `newer` changes were noted after its batch.
        const after = afterOf(now);
        const kept = now.reasons.flatMap((_, i) => (after[i]! < newer ? [i] : []));
        await keep(
          newer > 0
            ? { ...left, reasons: kept.map((i) => now.reasons[i]!), reasonsAfter: kept.map((i) => after[i]!) }
            : NO_CHECKED_READINGS,
        );
      });
      return true;
    },
  };
}

export type CheckedReadingsTracker = ReturnType<typeof createCheckedReadings>;
