// The campaigns view: create a campaign, open one for its figures, trend and posts, and compare
// them all. The dashboard mounts it and passes the keys of the posts its filter shows. Opened by
// the overlay card's "Add to campaign…" (dashboard.html?add=<key>), it first asks where to add.
import { useMemo, useState } from 'preact/hooks';
import type { Download } from '@/components/common/download';
import { type Campaign, compareCampaigns } from '@/lib/campaigns';
import { isPostKeyShape } from '@/lib/types';
import { t, uiLocale } from '../../lib/i18n';
import { ActionFailed } from '../common/action-failed';
import { aroundSlot, SLOT } from '../common/slot';
import { AddToCampaign } from './add-to-campaign';
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
  /**
   * A post to add, asked for by the overlay card (dashboard.html?add=<key>#/campaigns, see
   * lib/background/open-dashboard.ts): the panel asks which campaign. Absent: read from the URL.
   */
  addKey?: string | null;
}

/**
 * The `add` query parameter, read once and then taken out of the address: the query outlives the
 * hash, so left there it would ask again each time the user came back to Campaigns.
 */
function takeAddKey(): string | null {
  const params = new URLSearchParams(location.search);
  const key = params.get('add');
  if (key === null) return null;
  params.delete('add');
  const query = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  return key;
}

/** "Add x:123 to which campaign?", from the card on a page: the user picks, nothing is added before. */
function AddRequest(props: {
  postKey: string;
  campaigns: Campaign[];
  onAdded: (c: Campaign) => void;
  onDone: () => void;
}) {
  const { postKey, campaigns } = props;
  // Only to word the prompt, by the rule the background checks the key by again (isPostKey): a key
  // offered here is one it adds, and one refused here it would refuse.
  const valid = isPostKeyShape(postKey);
  // The whole question is one message; the key goes where its $1 stands, shown as code.
  const [before, after] = aroundSlot(t('campaigns.panel.addWhich', SLOT));
  return (
    <section class="add-request" aria-label={t('campaigns.panel.addRequest')}>
      {valid ? (
        <p>
          {before}
          <code>{postKey}</code>
          {after}
        </p>
      ) : (
        <p class="error" role="alert">
          {t('campaigns.panel.notAKey', postKey.slice(0, 80))}
        </p>
      )}
      {valid && campaigns.length === 0 ? <p class="muted">{t('campaigns.panel.noCampaigns')}</p> : null}
      {valid && campaigns.length > 0 ? (
        <AddToCampaign postKeys={[postKey]} list={{ campaigns, error: null }} onAdded={props.onAdded} />
      ) : null}
      <button type="button" onClick={props.onDone}>
        {t('campaigns.panel.done')}
      </button>
    </section>
  );
}

export function CampaignsPanel({
  filteredKeys = null,
  version = 0,
  onChanged,
  selectedId,
  onSelect,
  now = Date.now,
  // The language the browser's UI is in, as every other view writes numbers (a test may pass one).
  locale = uiLocale(),
  download,
  addKey,
}: CampaignsPanelProps) {
  const [reads, setReads] = useState(0);
  const [adding, setAdding] = useState(() => (addKey === undefined ? takeAddKey() : addKey));
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
    return <ActionFailed text={t('campaigns.panel.readFailed')} raw={state.raw} />;
  if (!data || !comparison) return <p class="muted">{t('campaigns.panel.loading')}</p>;
  const index = data.findIndex((d) => d.campaign.id === selected);
  const row = index >= 0 ? comparison.rows[index] : undefined;
  const lastCurrency = [...data].reverse().find((d) => d.campaign.spend)?.campaign.spend?.currency ?? 'USD';

  return (
    <section class="campaigns-view" aria-label={t('campaigns.panel.title')}>
      <div class="toolbar">
        <h2>{t('campaigns.panel.title')}</h2>
        <button type="button" class="primary" onClick={() => setCreating(true)} disabled={creating}>
          {t('campaigns.newCampaign')}
        </button>
      </div>
      {adding !== null ? (
        <AddRequest
          postKey={adding}
          campaigns={data.map((d) => d.campaign)}
          onAdded={(c) => {
            select(c.id);
            changed();
          }}
          onDone={() => setAdding(null)}
        />
      ) : null}
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
      <CampaignComparison
        comparison={comparison}
        onOpen={select}
        download={download}
        now={now}
        locale={locale}
      />
    </section>
  );
}
