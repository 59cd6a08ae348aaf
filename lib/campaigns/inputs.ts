// What the user entered for a campaign, formatted for display; "not entered" where they left a
// field empty (never 0). Pure.

import { formatNumber } from '../format';
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

export interface InputView {
  id: InputId;
  label: string;
  display: string;
}

/** Each input's label, in the campaign view and as a comparison column heading. */
export const INPUT_LABELS: Record<InputId, string> = {
  spend: 'Spend',
  revenue: 'Revenue attributed',
  leads: 'Leads',
  clicks: 'Clicks',
  conversions: 'Conversions',
  csat: 'CSAT',
  nps: 'NPS',
  leadValue: 'Lead value',
  averageOrderValue: 'Average order value',
  lifetimeValue: 'Customer lifetime value',
  impressions: 'Paid impressions',
  reach: 'Reach',
  videoCompletions: 'Video completions',
  mentions: 'Mentions',
  directMessages: 'Direct messages',
};

/** What the user entered, formatted, in INPUT_IDS order; "not entered" where they left it empty. */
export function campaignInputs(c: Campaign, locale?: string): InputView[] {
  const score = (v: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(v);
  const display = (id: InputId): string => {
    if (isMoneyInput(id)) {
      const m = moneyInput(c, id);
      return m ? formatMoney(m, locale) : 'not entered';
    }
    if (isCountInput(id)) {
      const v = countInput(c, id);
      return v === null ? 'not entered' : formatNumber(v, locale);
    }
    const v = c[id];
    if (v === null) return 'not entered';
    return id === 'csat' ? `${score(v)}%` : `${v > 0 ? '+' : ''}${score(v)}`;
  };
  return INPUT_IDS.map((id) => ({ id, label: INPUT_LABELS[id], display: display(id) }));
}
