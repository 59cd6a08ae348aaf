// Every campaign with its posts' data, read again whenever `version` or `reads` changes (the
// page's data changed, or this view saved something).
import { useEffect, useState } from 'preact/hooks';
import { type CampaignData, loadAllCampaignData } from '@/lib/queries';
import { rawError } from '../common/action-failed';

export type CampaignDataState =
  | { status: 'loading' }
  // `raw`: the browser's error, folded under the panel's words.
  | { status: 'failed'; raw: string }
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
        if (current) setState({ status: 'failed', raw: rawError(e) });
      });
    return () => {
      current = false;
    };
  }, [version, reads]);
  return state;
}
