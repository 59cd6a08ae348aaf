// "Add to campaign" for a post row (popup, dashboard) or a set of posts: pick a campaign, add.
// The background adds the keys to the campaign as it is stored (addPostsToCampaign), so a list
// read a while ago only has to name the campaigns: one list can serve every post of the popup.
import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useId, useState } from 'preact/hooks';
import type { Campaign } from '@/lib/campaigns';
import { sendMessage } from '@/lib/messaging';
import { loadCampaigns } from '@/lib/queries';
import { t, tn, uiLocale } from '../../lib/i18n';
import { ActionFailed, type Failure, rawError, unanswered } from '../common/action-failed';

/**
 * The campaigns to choose from: null while they are read; error when they could not be (said in
 * the user's words, the browser's error folded under them).
 */
export interface CampaignList {
  campaigns: Campaign[] | null;
  error: Failure | null;
}

/** Reads the campaigns once (when `enabled`): a picker of its own, or SharedCampaignList for many. */
function useCampaignList(enabled = true): CampaignList {
  const [list, setList] = useState<CampaignList>({ campaigns: null, error: null });
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    loadCampaigns()
      .then((campaigns) => current && setList({ campaigns, error: null }))
      .catch(
        (e: unknown) =>
          current &&
          setList({ campaigns: null, error: { text: t('campaigns.addTo.readFailed'), raw: rawError(e) } }),
      );
    return () => {
      current = false;
    };
  }, [enabled]);
  return list;
}

const SharedList = createContext<CampaignList | undefined>(undefined);

/**
 * Reads the campaigns once for every picker inside it (the popup's posts). When they arrive, only
 * the pickers draw again: a context's new value reaches its readers even where what holds them is
 * not drawn again.
 */
export function SharedCampaignList({ children }: { children: ComponentChildren }) {
  return <SharedList.Provider value={useCampaignList()}>{children}</SharedList.Provider>;
}

/** What the background's answer means to the user. */
export function addedText(name: string, added: number, already: number): string {
  if (added === 0) return t('campaigns.addTo.already', name);
  if (already === 0)
    return added === 1 ? t('campaigns.addTo.addedThePost', name) : tn('campaigns.addTo.added', added, name);
  if (already === 1) return tn('campaigns.addTo.addedOneAlready', added, name);
  return tn(
    'campaigns.addTo.addedManyAlready',
    added,
    name,
    new Intl.NumberFormat(uiLocale()).format(already),
  );
}

interface Props {
  /** The post (or posts) to add. */
  postKeys: string[];
  /** When given, "no campaigns yet" links to the dashboard's campaigns view. */
  dashboardUrl?: string;
  /**
   * The campaigns, when the page reads them once for many pickers (or a SharedCampaignList above
   * does); else this one reads them.
   */
  list?: CampaignList;
  onAdded?: (c: Campaign) => void;
  /**
   * Which post (the one of postKeys), in words ("post by Alice: “Launch day…”"), where a page lists
   * many (the popup): the picker and the button are named for it, or a screen reader's list of
   * controls would read "Campaign" and "Add to campaign" once per post. Without it they are named
   * by their words alone, as on a page of one post (the dashboard's post detail) or for a set.
   */
  post?: string;
}

export function AddToCampaign({ postKeys, dashboardUrl, list, onAdded, post }: Props) {
  const id = useId();
  const shared = useContext(SharedList);
  const given = list ?? shared;
  const own = useCampaignList(given === undefined);
  const { campaigns, error } = given ?? own;
  const [chosen, setChosen] = useState('');
  // `raw`: the browser's error (or storage's), folded under the words, when no answer came or
  // storage failed.
  const [status, setStatus] = useState<{ error: boolean; text: string; raw?: string } | null>(null);
  const [busy, setBusy] = useState(false);

  if (campaigns === null) return error ? <ActionFailed text={error.text} raw={error.raw} /> : null;
  if (campaigns.length === 0)
    return (
      <p class="muted add-to-campaign">
        {t('campaigns.noneYet')}{' '}
        {dashboardUrl ? (
          <a href={`${dashboardUrl}#/campaigns`} target="_blank" rel="noopener">
            {t('campaigns.addTo.createInDashboard')}
          </a>
        ) : null}
      </p>
    );
  // The newest campaign until the user picks one (or the picked one is gone from the list).
  const campaign = campaigns.find((c) => c.id === chosen) ?? campaigns[campaigns.length - 1]!;

  const add = async () => {
    setBusy(true);
    const res = await sendMessage('addPostsToCampaign', { campaignId: campaign.id, postKeys }).catch(
      unanswered,
    );
    setBusy(false);
    if (!res.ok) {
      // A refusal (no such campaign, too many posts) says why in the user's words: shown as it is;
      // one marked notPage (a sender not taken for one of our pages) names the message, for a
      // developer: worded by its mark, never by its words, the answer folded. A storage failure
      // (often the browser's English) goes under our sentence, folded; no answer leaves unknown
      // whether the add ran: said so, the browser's error folded.
      setStatus(
        'unanswered' in res
          ? {
              error: true,
              text: tn('campaigns.addTo.noAnswer', postKeys.length, campaign.name),
              raw: res.error,
            }
          : res.refused && res.reason === 'notPage'
            ? {
                error: true,
                text: tn('campaigns.addTo.notPage', postKeys.length, campaign.name),
                raw: res.error,
              }
            : res.refused
              ? { error: true, text: res.error }
              : {
                  error: true,
                  text: tn('campaigns.addTo.failed', postKeys.length, campaign.name),
                  raw: res.error,
                },
      );
      return;
    }
    setStatus({ error: false, text: addedText(res.campaign.name, res.added, res.already) });
    if (res.added > 0) onAdded?.(res.campaign);
  };

  return (
    <div class="add-to-campaign">
      <label for={`${id}-campaign`}>{t('campaigns.campaign')}</label>
      <select
        id={`${id}-campaign`}
        aria-label={post === undefined ? undefined : t('campaigns.addTo.campaignFor', post)}
        value={campaign.id}
        onChange={(e) => setChosen(e.currentTarget.value)}
      >
        {campaigns.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        disabled={busy || postKeys.length === 0}
        aria-label={post === undefined ? undefined : t('campaigns.addTo.addOneFor', post)}
        onClick={add}
      >
        {postKeys.length > 1 ? tn('campaigns.addTo.addMany', postKeys.length) : t('campaigns.addTo.addOne')}
      </button>
      {status?.raw !== undefined ? (
        <ActionFailed text={status.text} raw={status.raw} />
      ) : status ? (
        <span class={status.error ? 'error' : 'muted'} role={status.error ? 'alert' : 'status'}>
          {status.text}
        </span>
      ) : null}
    </div>
  );
}
