// The choices of the ads CSV import: which column is which, which campaign of the file this is,
// the currency, and the date order, decimal mark and empty cells when the file needs them. Separate
// from the panel (ads-import.tsx), which holds the state, and from the preview of what it gives.
import type { AdsChoices, AdsColumn, AdsImport as AdsResult, AdsTable } from '@/lib/campaigns';
import { ADS_COLUMNS, currencyCodes, noData } from '@/lib/campaigns';
import { t, tn } from '../../lib/i18n';

// Looked up when shown: the messages are installed at startup, after this module loads.
const LABELS: Record<AdsColumn, () => string> = {
  date: () => t('campaigns.ads.column.date'),
  endDate: () => t('campaigns.ads.column.endDate'),
  campaign: () => t('campaigns.ads.column.campaign'),
  currency: () => t('campaigns.ads.column.currency'),
  spend: () => t('campaigns.ads.column.spend'),
  revenue: () => t('campaigns.ads.column.revenue'),
  clicks: () => t('campaigns.ads.column.clicks'),
  impressions: () => t('campaigns.ads.column.impressions'),
  conversions: () => t('campaigns.ads.column.conversions'),
};

/** Each column's name on the page, also used by the preview. */
export const columnLabel = (k: AdsColumn): string => LABELS[k]();

/**
 * The option value of the file's campaign without a name: "" is "choose…". The file's names are
 * trimmed, so none is a single space.
 */
const NO_NAME = ' ';
const nameOption = (name: string) => (name === '' ? NO_NAME : name);

/** A choice the page offers when the file needs it. */
type AdsNeed = NonNullable<AdsResult['errors'][number]['need']>;

/** A file read and the choices made for it: the panel's state once a file is chosen. */
export interface Loaded {
  fileName: string;
  table: AdsTable;
  choices: AdsChoices;
}

interface ChoicesProps {
  loaded: Loaded;
  names: Array<{ name: string; rows: number }>;
  result: AdsResult | null;
  /** The choice that would settle the file's refusal, when one would. */
  need?: AdsNeed;
  set: (over: Partial<AdsChoices>) => void;
}

export function Choices({ loaded: { fileName, table, choices }, names, result, need, set }: ChoicesProps) {
  const { mapping } = choices;
  const needs = new Set([need, ...(result?.errors.map((e) => e.need) ?? [])]);
  const pick = (e: Event) => (e.currentTarget as HTMLSelectElement).value;
  // Rows with something in them: Papa gives the newline that ends the file, and every blank line,
  // as a row of one empty cell, which no one would count, nor a report's closing notice (the
  // header's row number still counts them, as a spreadsheet numbers its rows).
  const dataRows = table.rows.slice(table.headerIndex + 1).filter((r) => !noData(r)).length;
  return (
    <>
      <p class="muted">{tn('campaigns.ads.choices.header', dataRows, fileName, table.headerIndex + 1)}</p>
      <fieldset class="ads-mapping">
        <legend>{t('campaigns.ads.choices.columnsLegend')}</legend>
        {ADS_COLUMNS.map((k) => (
          <label key={k}>
            {t('campaigns.ads.choices.columnOf', columnLabel(k))}
            <select
              value={mapping[k] === null ? '' : String(mapping[k])}
              onChange={(e) => set({ mapping: { ...mapping, [k]: pick(e) === '' ? null : Number(pick(e)) } })}
            >
              <option value="">{t('campaigns.ads.choices.notInFile')}</option>
              {table.header.map((h, i) => (
                <option key={i} value={String(i)}>
                  {h === '' ? t('campaigns.ads.choices.unnamedColumn', i + 1) : h}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      <fieldset class="ads-mapping">
        <legend>{t('campaigns.ads.choices.valuesLegend')}</legend>
        {mapping.campaign !== null ? (
          <label>
            {t('campaigns.ads.choices.thisCampaign')}
            <select
              value={choices.campaignName === null ? '' : nameOption(choices.campaignName)}
              onChange={(e) => {
                const v = pick(e);
                set({ campaignName: v === '' ? null : v === NO_NAME ? '' : v });
              }}
            >
              <option value="">{t('campaigns.ads.choices.choose')}</option>
              {names.map((n) => (
                <option key={n.name} value={nameOption(n.name)}>
                  {tn(
                    'campaigns.ads.choices.campaignOption',
                    n.rows,
                    n.name === '' ? t('campaigns.ads.choices.noName') : n.name,
                  )}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {mapping.campaign === null && (needs.has('oneCampaign') || choices.oneCampaign) ? (
          <label>
            <input
              type="checkbox"
              checked={choices.oneCampaign === true}
              onChange={(e) => set({ oneCampaign: (e.currentTarget as HTMLInputElement).checked })}
            />{' '}
            {t('campaigns.ads.choices.oneCampaign')}
          </label>
        ) : null}
        {mapping.spend !== null || mapping.revenue !== null ? (
          <label>
            {t('campaigns.ads.choices.currency')}
            <select value={choices.currency} onChange={(e) => set({ currency: pick(e) })}>
              <option value="">{t('campaigns.ads.choices.choose')}</option>
              {currencyCodes().map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {needs.has('dateOrder') || choices.dateOrder ? (
          <label>
            {t('campaigns.ads.choices.dateOrder')}
            <select
              value={choices.dateOrder ?? ''}
              onChange={(e) => set({ dateOrder: (pick(e) || null) as AdsChoices['dateOrder'] })}
            >
              <option value="">{t('campaigns.ads.choices.choose')}</option>
              <option value="dmy">{t('campaigns.ads.choices.dayFirst')}</option>
              <option value="mdy">{t('campaigns.ads.choices.monthFirst')}</option>
            </select>
          </label>
        ) : null}
        {needs.has('decimalMark') || choices.decimalMark ? (
          <label>
            {t('campaigns.ads.choices.decimalMark')}
            <select
              value={choices.decimalMark ?? ''}
              onChange={(e) => set({ decimalMark: (pick(e) || null) as AdsChoices['decimalMark'] })}
            >
              <option value="">{t('campaigns.ads.choices.choose')}</option>
              <option value=".">{t('campaigns.ads.choices.point')}</option>
              <option value=",">{t('campaigns.ads.choices.comma')}</option>
            </select>
          </label>
        ) : null}
        {needs.has('emptyAsZero') || choices.emptyAsZero ? (
          <label>
            <input
              type="checkbox"
              checked={choices.emptyAsZero}
              onChange={(e) => set({ emptyAsZero: (e.currentTarget as HTMLInputElement).checked })}
            />{' '}
            {t('campaigns.ads.choices.emptyAsZero')}
          </label>
        ) : null}
      </fieldset>
    </>
  );
}
