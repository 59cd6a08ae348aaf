// A count the popup must show even when storage.local refuses to keep it (a full disk: often why
// there is something to show): the value storage refused is held in this worker's memory and
// answered until storage takes a newer one. Lost readings (handoff.ts) and what the batch check
// changed (checked-readings.ts) are kept so.

/** The parts of a WXT storage item this needs. */
export interface ItemLike<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
}

export function heldItem<T>(item: ItemLike<T>, warn: (message: string) => void, what: string) {
  /** The value storage.local refused, held while this worker runs; null once storage holds it. */
  let unkept: T | null = null;
  return {
    /** The value as this worker knows it: the one storage refused, else the stored one. */
    get: async (): Promise<T> => unkept ?? (await item.getValue()),
    async set(next: T): Promise<void> {
      unkept = next;
      try {
        await item.setValue(next);
        unkept = null;
      } catch (e) {
        warn(`PostLens: could not save ${what}: ${String(e)}`); // i18n-ignore: console log
      }
    },
  };
}

// Which changes a notice showed. Its Dismiss sends back the counts it showed and `at`, the time of
// the newest change it counted, read with them; a page left open may send them long after another
// page dismissed those and new changes came. Counts alone cannot tell the new changes from the
// ones it showed (3 shown, 2 new: subtracting 3 cleared the 2 unseen), so each noting is kept with
// its time: a page that read `at` cannot have counted a change noted after it.

/** The counts of the changes noted at one time (in order, each `at` later than the one before). */
export type Mark<F extends string> = { at: number } & Record<F, number>;

/**
 * The marks of a kept value: its own, or, for one kept before times were (counts and their `at`
 * alone), one mark of all its counts at that `at`; none when it counts nothing.
 */
export function marksOf<F extends string>(
  kept: { marks?: Mark<F>[]; at: number | null } & Record<F, number>,
  fields: readonly F[],
): Mark<F>[] {
  if (kept.marks) return kept.marks;
  if (!fields.some((f) => kept[f] > 0)) return [];
  const mark = { at: kept.at ?? 0 } as Mark<F>;
  for (const f of fields) (mark as Record<F, number>)[f] = kept[f];
  return [mark];
}

/** How many times are kept; older ones are merged into the next (so kept, never cleared, by a page that read between them). */
export const MAX_MARKS = 100;

const sum = <F extends string>(m: Record<F, number>, fields: readonly F[]): number =>
  fields.reduce((n, f) => n + m[f], 0);

/** The marks with these counts noted at `at` added. */
export function withMark<F extends string>(
  marks: readonly Mark<F>[],
  fields: readonly F[],
  at: number,
  counts: Record<F, number>,
): Mark<F>[] {
  const next = marks.map((m) => ({ ...m }));
  const last = next[next.length - 1];
  // Noted in the same millisecond as the last (or with the clock set back): a page that read that
  // time may have counted either, so they are told apart by counts only, as one mark.
  if (last && at <= last.at) for (const f of fields) (last as Record<F, number>)[f] += counts[f];
  else next.push({ ...counts, at } as Mark<F>);
  while (next.length > MAX_MARKS) {
    const [oldest, second] = next as [Mark<F>, Mark<F>];
    for (const f of fields) (second as Record<F, number>)[f] += oldest[f];
    next.shift();
  }
  return next;
}

/**
 * Clears what a notice showed: `shown` counts, read when the newest change was at `shownAt`
 * (undefined: at any time). Only changes noted at or before `shownAt` are cleared, oldest first
 * and no more than `shown`; those noted after stay. Answers the marks left and what was cleared.
 */
export function clearShown<F extends string>(
  marks: readonly Mark<F>[],
  fields: readonly F[],
  shown: Record<F, number>,
  shownAt: number | undefined,
): { marks: Mark<F>[]; cleared: Record<F, number> } {
  const budget = { ...shown };
  const cleared = Object.fromEntries(fields.map((f) => [f, 0])) as Record<F, number>;
  const left: Mark<F>[] = [];
  for (const mark of marks) {
    const m = { ...mark };
    if (shownAt === undefined || m.at <= shownAt) {
      for (const f of fields) {
        const take = Math.min(m[f], budget[f]);
        (m as Record<F, number>)[f] -= take;
        budget[f] -= take;
        cleared[f] += take;
      }
    }
    if (sum(m, fields) > 0) left.push(m);
  }
  return { marks: left, cleared };
}
