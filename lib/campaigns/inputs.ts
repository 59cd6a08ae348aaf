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

/** How many decimals a score has as written ("87.55": 2), at least 1 as the form takes, at most 20. */
function decimalsOf(v: number): number {
  const text = String(Math.abs(v));
  if (/e/i.test(text)) return 20;
  const [, frac = ''] = text.split('.');
  return Math.min(20, Math.max(1, frac.length));
}

/** What the user entered, formatted, in INPUT_IDS order; "not entered" where they left it empty. */
export function campaignInputs(c: Campaign, locale?: string): InputView[] {
  // Every decimal the score has: the form takes one, an imported score may carry more (87.55), and
  // the view says what is stored, as the form and the CSV do (never "+0" for an NPS of 0.04).
  const score = (v: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: decimalsOf(v) }).format(v);
  const percent = (v: number) =>
    new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: decimalsOf(v) }).format(v / 100);
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
