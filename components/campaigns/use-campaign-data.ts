// Every campaign with its posts' data, read again whenever `version` or `reads` changes (the
// page's data changed, or this view saved something).
import { useEffect, useState } from 'preact/hooks';
import { type CampaignData, loadAllCampaignData } from '@/lib/queries';

export type CampaignDataState =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; data: CampaignData[] };

export function useCampaignData(version: number, reads: number): CampaignDataState {
  const [state, setState] = useState<CampaignDataState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    loadAllCampaignData()
      .then((data) => {
        if (current) setState({ status: 'ready', data });
      })
      .catch((e: unknown) => {
        if (current) setState({ status: 'failed', message: e instanceof Error ? e.message : String(e) });
      });
    return () => {
      current = false;
    };
  }, [version, reads]);
  return state;
}
