// Word tables read in the user's language when they are read, not when the module loads: each
// entry is a getter that asks t() every time, so a table stays a plain Record for its readers.
// Internal to lib/campaigns/ (not re-exported by index.ts).

/** A Record whose every value is looked up (t()) on each read. */
export function words<K extends string>(lookups: Record<K, () => string>): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const [k, lookup] of Object.entries(lookups) as Array<[K, () => string]>)
    Object.defineProperty(out, k, { get: lookup, enumerable: true });
  return out;
}
