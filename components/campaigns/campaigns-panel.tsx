// The campaigns view: create a campaign, open one for its figures, trend and posts, and compare
// them all. The dashboard mounts it and passes the keys of the posts its filter shows.
import { useMemo, useState } from 'preact/hooks';
import type { Download } from '@/components/common/download';
import { compareCampaigns } from '@/lib/campaigns';
import { CampaignComparison } from './campaign-comparison';
import { CampaignDetail } from './campaign-detail';
import { CampaignForm } from './campaign-form';
import { useCampaignData } from './use-campaign-data';
import './campaigns.css';

export interface CampaignsPanelProps {
  /** Keys of the posts the dashboard's filter shows; null (or absent) when no filter is set. */
  filteredKeys?: string[] | null;
  /** Bump to read the campaigns again after data changed elsewhere (import, delete). */
  version?: number;
  /** Called after a campaign was created, changed or deleted. */
  onChanged?: () => void;
  /** The open campaign, when the page keeps it (in the URL); else the panel keeps it itself. */
  selectedId?: string | null;
  onSelect?: (id: string | null) => void;
  now?: () => number;
  locale?: string;
  download?: Download;
}

export function CampaignsPanel({
  filteredKeys = null,
  version = 0,
  onChanged,
  selectedId,
  onSelect,
  now = Date.now,
  locale,
  download,
}: CampaignsPanelProps) {
  const [reads, setReads] = useState(0);
  const [creating, setCreating] = useState(false);
  const [ownSelected, setOwnSelected] = useState<string | null>(null);
  const selected = selectedId !== undefined ? selectedId : ownSelected;
  const select = (id: string | null) => {
    setOwnSelected(id);
    onSelect?.(id);
  };
  const state = useCampaignData(version, reads);
  const changed = () => {
    setReads((n) => n + 1);
    onChanged?.();
  };
  const data = state.status === 'ready' ? state.data : null;
  // now() is read when the data changes, not on every render.
  const comparison = useMemo(() => (data ? compareCampaigns(data, now(), locale) : null), [data, locale]);

  if (state.status === 'failed')
    return (
      <p class="error" role="alert">
        Could not read the campaigns: {state.message}
      </p>
    );
  if (!data || !comparison) return <p class="muted">Loading…</p>;
  const index = data.findIndex((d) => d.campaign.id === selected);
  const row = index >= 0 ? comparison.rows[index] : undefined;
  const lastCurrency = [...data].reverse().find((d) => d.campaign.spend)?.campaign.spend?.currency ?? 'USD';

  return (
    <section class="campaigns-view" aria-label="Campaigns">
      <div class="toolbar">
        <h2>Campaigns</h2>
        <button type="button" class="primary" onClick={() => setCreating(true)} disabled={creating}>
          New campaign
        </button>
      </div>
      {creating ? (
        <CampaignForm
          campaign={null}
          currency={lastCurrency}
          now={now}
          locale={locale}
          onSaved={(c) => {
            setCreating(false);
            select(c.id);
            changed();
          }}
          onCancel={() => setCreating(false)}
        />
      ) : null}
      {row ? (
        <CampaignDetail
          key={row.campaign.id}
          row={row}
          posts={data[index]!.posts}
          filteredKeys={filteredKeys}
          now={now}
          locale={locale}
          onChanged={changed}
          onDeleted={() => {
            select(null);
            changed();
          }}
        />
      ) : null}
      <CampaignComparison comparison={comparison} onOpen={select} download={download} now={now} />
    </section>
  );
}
