// Selector alternatives asked as one list. Chromium answers a lone selector with a combinator or an
// id ("#metadata-line span", "a#video-title") through its id and class shortcuts, and a YouTube page
// repeats the same ids in every item: about 10 µs a call on a 1,000-video page, where a list of
// selectors is one plain walk of the item (about 1 µs). So a group is queried once, as a list, and
// its matches are sorted into alternatives here (Element.matches on the few found).

export interface Alternatives {
  /** The alternatives joined into one selector list. */
  readonly list: string;
  /** The alternatives, in the order they are tried (as in queryFirst). */
  readonly each: readonly string[];
}

export function alternatives(selectors: readonly string[]): Alternatives {
  return { list: selectors.join(', '), each: selectors };
}

/** What queryFirst(root, alts.each) finds: the first element matching the first alternative that
 *  matches anything. The list's matches are in document order, so the first that matches an
 *  alternative is that alternative's first match. */
export function firstOf(root: ParentNode, alts: Alternatives): Element | null {
  const found = root.querySelectorAll(alts.list);
  if (found.length === 0) return null;
  if (alts.each.length === 1) return found[0] ?? null;
  for (const sel of alts.each) {
    for (const el of found) if (el.matches(sel)) return el;
  }
  return null;
}

/**
 * The elements querying each alternative in turn would give, in that order, each element once (at
 * the first alternative it matches): for a search that takes the first element something can be read
 * from, the same answer as looping over every alternative's querySelectorAll.
 */
export function allOf(root: ParentNode, alts: Alternatives): Element[] {
  const found = root.querySelectorAll(alts.list);
  if (found.length === 0) return [];
  if (alts.each.length === 1) return Array.from(found);
  const buckets: Element[][] = alts.each.map(() => []);
  for (const el of found) {
    const i = alts.each.findIndex((sel) => el.matches(sel));
    // A list match matches one of its selectors; the guard only keeps the types honest.
    if (i >= 0) buckets[i]!.push(el);
  }
  return buckets.flat();
}
