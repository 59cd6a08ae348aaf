// What the user entered for a campaign, formatted for display; "not entered" where they left a
// field empty (never 0). Pure.

import { formatNumber } from '../format';
import type { Campaign } from './figures';
import { formatMoney, type Money } from './money';

export interface InputView {
  id: 'spend' | 'revenue' | 'leads' | 'clicks' | 'conversions' | 'csat' | 'nps';
  label: string;
  display: string;
}

/** What the user entered, formatted; "not entered" where they left it empty. */
export function campaignInputs(c: Campaign, locale?: string): InputView[] {
  const money = (m: Money | null) => (m ? formatMoney(m, locale) : 'not entered');
  const count = (v: number | null) => (v === null ? 'not entered' : formatNumber(v, locale));
  const score = (v: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(v);
  return [
    { id: 'spend', label: 'Spend', display: money(c.spend) },
    { id: 'revenue', label: 'Revenue attributed', display: money(c.revenue) },
    { id: 'leads', label: 'Leads', display: count(c.leads) },
    { id: 'clicks', label: 'Clicks', display: count(c.clicks) },
    { id: 'conversions', label: 'Conversions', display: count(c.conversions) },
    { id: 'csat', label: 'CSAT', display: c.csat === null ? 'not entered' : `${score(c.csat)}%` },
    {
      id: 'nps',
      label: 'NPS',
      display: c.nps === null ? 'not entered' : `${c.nps > 0 ? '+' : ''}${score(c.nps)}`,
    },
  ];
}
