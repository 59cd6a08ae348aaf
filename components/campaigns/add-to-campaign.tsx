// "Add to campaign" for a post row (popup, dashboard) or a set of posts: pick a campaign, add.
import { useEffect, useId, useState } from 'preact/hooks';
import type { Campaign } from '@/lib/campaigns';
import { loadCampaigns } from '@/lib/queries';
import { saveCampaign, withPosts } from './save';

interface Props {
  /** The post (or posts) to add. */
  postKeys: string[];
  /** When given, "no campaigns yet" links to the dashboard's campaigns view. */
  dashboardUrl?: string;
  onAdded?: (c: Campaign) => void;
}

export function AddToCampaign({ postKeys, dashboardUrl, onAdded }: Props) {
  const id = useId();
  const [campaigns, setCampaigns] = useState<Campaign[] | null>(null);
  const [chosen, setChosen] = useState('');
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let current = true;
    loadCampaigns()
      .then((list) => {
        if (!current) return;
        setCampaigns(list);
        setChosen((c) => c || (list[list.length - 1]?.id ?? ''));
      })
      .catch((e: unknown) => {
        if (current)
          setStatus({
            error: true,
            text: `Could not read campaigns: ${e instanceof Error ? e.message : String(e)}`,
          });
      });
    return () => {
      current = false;
    };
  }, []);

  if (campaigns === null) return status ? <p class="error">{status.text}</p> : null;
  if (campaigns.length === 0)
    return (
      <p class="muted add-to-campaign">
        No campaigns yet.{' '}
        {dashboardUrl ? (
          <a href={`${dashboardUrl}#/campaigns`} target="_blank" rel="noopener">
            Create one in the dashboard
          </a>
        ) : null}
      </p>
    );

  const add = async () => {
    const c = campaigns.find((x) => x.id === chosen);
    if (!c) return;
    const have = new Set(c.postKeys);
    const added = postKeys.filter((k) => !have.has(k));
    if (added.length === 0) {
      setStatus({ error: false, text: `Already in ${c.name}.` });
      return;
    }
    setBusy(true);
    const res = await saveCampaign(withPosts(c, [...c.postKeys, ...added]));
    setBusy(false);
    if (!res.ok) {
      setStatus({ error: true, text: res.error });
      return;
    }
    setCampaigns(campaigns.map((x) => (x.id === c.id ? res.campaign : x)));
    setStatus({
      error: false,
      text: `Added ${added.length === 1 ? 'the post' : `${added.length} posts`} to ${c.name}.`,
    });
    onAdded?.(res.campaign);
  };

  return (
    <div class="add-to-campaign">
      <label for={`${id}-campaign`}>Campaign</label>
      <select id={`${id}-campaign`} value={chosen} onChange={(e) => setChosen(e.currentTarget.value)}>
        {campaigns.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <button type="button" disabled={busy || postKeys.length === 0} onClick={add}>
        {postKeys.length > 1 ? `Add ${postKeys.length} posts to campaign` : 'Add to campaign'}
      </button>
      {status ? (
        <span class={status.error ? 'error' : 'muted'} role={status.error ? 'alert' : 'status'}>
          {status.text}
        </span>
      ) : null}
    </div>
  );
}
