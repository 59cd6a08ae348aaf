// What the user entered for a campaign, formatted for display; "not entered" where they left a
// field empty (never 0). Pure.

import { formatNumber } from '../format';
import { t } from '../i18n';
import {
  type Campaign,
  countInput,
  INPUT_IDS,
  type InputId,
  isCountInput,
  isMoneyInput,
  moneyInput,
} from './campaign';
import { formatMoney } from './money';
import { words } from './words';

export interface InputView {
  id: InputId;
  label: string;
  display: string;
  /** False where the user left the field empty (display then says "not entered"). */
  entered: boolean;
}

/** Each input's label, in the campaign view and as a comparison column heading. */
export const INPUT_LABELS: Record<InputId, string> = words<InputId>({
  spend: () => t('campaignData.inputLabel.spend'),
  revenue: () => t('campaignData.inputLabel.revenue'),
  leads: () => t('campaignData.inputLabel.leads'),
  clicks: () => t('campaignData.inputLabel.clicks'),
  conversions: () => t('campaignData.inputLabel.conversions'),
  csat: () => t('campaignData.inputLabel.csat'),
  nps: () => t('campaignData.inputLabel.nps'),
  leadValue: () => t('campaignData.inputLabel.leadValue'),
  averageOrderValue: () => t('campaignData.inputLabel.averageOrderValue'),
  lifetimeValue: () => t('campaignData.inputLabel.lifetimeValue'),
  impressions: () => t('campaignData.inputLabel.impressions'),
  reach: () => t('campaignData.inputLabel.reach'),
  videoCompletions: () => t('campaignData.inputLabel.videoCompletions'),
  mentions: () => t('campaignData.inputLabel.mentions'),
  directMessages: () => t('campaignData.inputLabel.directMessages'),
});

/** What an input shows when the user left it empty ("not entered"), in the user's language. */
export const notEntered = (): string => t('campaignData.notEntered');

/** What the user entered, formatted, in INPUT_IDS order; "not entered" where they left it empty. */
export function campaignInputs(c: Campaign, locale?: string): InputView[] {
  const score = (v: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(v);
  const percent = (v: number) =>
    new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(v / 100);
  const display = (id: InputId): string | null => {
    if (isMoneyInput(id)) {
      const m = moneyInput(c, id);
      return m ? formatMoney(m, locale) : null;
    }
    if (isCountInput(id)) {
      const v = countInput(c, id);
      return v === null ? null : formatNumber(v, locale);
    }
    const v = c[id];
    if (v === null) return null;
    return id === 'csat' ? percent(v) : `${v > 0 ? '+' : ''}${score(v)}`;
  };
  return INPUT_IDS.map((id) => {
    const shown = display(id);
    return { id, label: INPUT_LABELS[id], display: shown ?? notEntered(), entered: shown !== null };
  });
}
