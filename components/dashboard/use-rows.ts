// All post rows and the settings they are computed with, read again whenever `version` changes.
import { useEffect, useState } from 'preact/hooks';
import { loadAllRows, type PostRow } from '@/lib/queries';
import { getSettings, type Settings } from '@/lib/settings';

export type RowsState =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; rows: PostRow[]; settings: Settings };

export function useRows(version: number): RowsState {
  const [state, setState] = useState<RowsState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    (async () => {
      const settings = await getSettings();
      const rows = await loadAllRows(settings.erPreference);
      if (current) setState({ status: 'ready', rows, settings });
    })().catch((e: unknown) => {
      if (current) setState({ status: 'failed', message: e instanceof Error ? e.message : String(e) });
    });
    return () => {
      current = false;
    };
  }, [version]);
  return state;
}
