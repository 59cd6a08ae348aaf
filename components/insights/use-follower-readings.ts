// The follower readings of the authors shown, read again when the author set changes. Readings
// only grow while the dashboard is open, and the Overview compares whole days, so one read per
// author set is enough.
import { useEffect, useState } from 'preact/hooks';
import { type FollowerReading, loadFollowerReadings } from '@/lib/queries';

export type FollowerReadingsState =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; readings: FollowerReading[] };

/** `authorKeys` null: every author's readings. */
export function useFollowerReadings(authorKeys: readonly string[] | null): FollowerReadingsState {
  const [state, setState] = useState<FollowerReadingsState>({ status: 'loading' });
  // A new array with the same keys must not read the database again.
  const id = authorKeys === null ? null : [...authorKeys].sort().join('\n');
  useEffect(() => {
    let current = true;
    // Already loading (the first read): the same state, so no render of the view for nothing.
    setState((s) => (s.status === 'loading' ? s : { status: 'loading' }));
    loadFollowerReadings(id === null ? null : id === '' ? [] : id.split('\n')).then(
      (readings) => {
        if (current) setState({ status: 'ready', readings });
      },
      (e: unknown) => {
        if (current) setState({ status: 'failed', message: e instanceof Error ? e.message : String(e) });
      },
    );
    return () => {
      current = false;
    };
  }, [id]);
  return state;
}
