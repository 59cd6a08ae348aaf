// What a campaign is and what the user can enter about it, with the one list of inputs the form,
// the validator, the inputs view and the CSV columns all follow. Pure: no browser imports.
import { t } from '../i18n';
import type { Money } from './money';
import { words } from './words';

export interface Campaign {
  id: string;
  name: string;
  /** `platform:postId` keys, no duplicates. */
  postKeys: string[];
  /** First and last day of the period, `YYYY-MM-DD`, both included (the user's local days). */
  start: string;
  end: string;
  spend: Money | null;
  /** Revenue attributed to the campaign, in the spend's currency. */
  revenue: Money | null;
  /** Sign-ups, downloads, trials… as counted in the user's own tools. */
  leads: number | null;
  /** Clicks / link visits. */
  clicks: number | null;
  conversions: number | null;
  /** Customer satisfaction for the period, percent of satisfied customers (0–100). */
  csat: number | null;
  /** Net Promoter Score for the period (−100…100). */
  nps: number | null;
  // The inputs below came later. They are optional because campaigns stored (or exported) before
  // them lack the keys: absent reads as "not entered", exactly like null, so the stored records
  // need no IndexedDB migration. checkCampaignInput always writes them (null when not entered).
  /** What one lead is worth to the user, in the spend's currency. */
  leadValue?: Money | null;
  /** Average order value, in the spend's currency: estimates revenue when none is entered. */
  averageOrderValue?: Money | null;
  /** Customer lifetime value, in the spend's currency: with it, ROI values each conversion so. */
  lifetimeValue?: Money | null;
  /** Paid impressions as the ad tool reports them. */
  impressions?: number | null;
  /** People reached (unique), as the ad tool reports them. */
  reach?: number | null;
  /** Videos watched to the end, as the platform reports them. */
  videoCompletions?: number | null;
  /** Mentions of the brand in the period (customer service and awareness). */
  mentions?: number | null;
  /** Direct messages received in the period. */
  directMessages?: number | null;
  /** Epoch ms. */
  createdAt: number;
  updatedAt: number;
}

/** What a page sends to save: without id for a new campaign; the background stamps the times. */
export type CampaignInput = Omit<Campaign, 'id' | 'createdAt' | 'updatedAt'> & { id?: string };

/** Amounts in the campaign's one currency (the spend's), entered as money. */
export const MONEY_INPUTS = ['spend', 'revenue', 'leadValue', 'averageOrderValue', 'lifetimeValue'] as const;
/** Whole numbers from 0 up. */
export const COUNT_INPUTS = [
  'leads',
  'clicks',
  'conversions',
  'impressions',
  'reach',
  'videoCompletions',
  'mentions',
  'directMessages',
] as const;
export type MoneyInputId = (typeof MONEY_INPUTS)[number];
export type CountInputId = (typeof COUNT_INPUTS)[number];

/**
 * Every input in the order the campaign view, the comparison table and the campaigns CSV show
 * them. The first seven keep their old CSV order; the later ones follow.
 */
export const INPUT_IDS = [
  'spend',
  'revenue',
  'leads',
  'clicks',
  'conversions',
  'csat',
  'nps',
  'leadValue',
  'averageOrderValue',
  'lifetimeValue',
  'impressions',
  'reach',
  'videoCompletions',
  'mentions',
  'directMessages',
] as const satisfies readonly (MoneyInputId | CountInputId | 'csat' | 'nps')[];
export type InputId = (typeof INPUT_IDS)[number];

/** Each input's name in labels and in "needs …" sentences, in the user's language. */
export const INPUT_NAMES: Record<InputId, string> = words<InputId>({
  spend: () => t('campaignData.inputName.spend'),
  revenue: () => t('campaignData.inputName.revenue'),
  leads: () => t('campaignData.inputName.leads'),
  clicks: () => t('campaignData.inputName.clicks'),
  conversions: () => t('campaignData.inputName.conversions'),
  csat: () => t('campaignData.inputName.csat'),
  nps: () => t('campaignData.inputName.nps'),
  leadValue: () => t('campaignData.inputName.leadValue'),
  averageOrderValue: () => t('campaignData.inputName.averageOrderValue'),
  lifetimeValue: () => t('campaignData.inputName.lifetimeValue'),
  impressions: () => t('campaignData.inputName.impressions'),
  reach: () => t('campaignData.inputName.reach'),
  videoCompletions: () => t('campaignData.inputName.videoCompletions'),
  mentions: () => t('campaignData.inputName.mentions'),
  directMessages: () => t('campaignData.inputName.directMessages'),
});

/** An amount the user entered, or null; a record stored before the input existed has none. */
export const moneyInput = (c: Campaign, id: MoneyInputId): Money | null => c[id] ?? null;
/** A count the user entered, or null; a record stored before the input existed has none. */
export const countInput = (c: Campaign, id: CountInputId): number | null => c[id] ?? null;

export const isMoneyInput = (id: InputId): id is MoneyInputId =>
  (MONEY_INPUTS as readonly string[]).includes(id);
export const isCountInput = (id: InputId): id is CountInputId =>
  (COUNT_INPUTS as readonly string[]).includes(id);
