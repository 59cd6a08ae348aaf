// The recording path's settings, kept between writes: each batch asked for them twice (whether
// PostLens and the post's platform are on; the snapshot interval), and each ask is a round trip to
// the browser's storage, on the way to the batch's answer; the page then asks what is known of the
// batch's posts (the ER preference), a third; watchlist alerts, after the batch, ask for the same
// preference. They are read again after any change to them (storage.onChanged), so a switch the
// user flips applies to the next batch the worker takes.
// Other handlers (pruning, import) still read the saved settings each time.
import { type Settings, watchSettings } from '../settings';

export function cachedSettings(
  read: () => Promise<Settings>,
  watch: (changed: () => void) => unknown = watchSettings,
): () => Promise<Settings> {
  let current: Promise<Settings> | null = null;
  // A change during a read drops that read too: the next ask reads the changed settings.
  watch(() => {
    current = null;
  });
  return () => {
    if (current) return current;
    const reading = read();
    current = reading;
    // A failed read is not kept: the next ask tries again.
    reading.catch(() => {
      if (current === reading) current = null;
    });
    return reading;
  };
}
