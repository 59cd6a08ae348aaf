// The choices of the ads CSV import: which column is which, which campaign of the file this is,
// the currency, and the date order, decimal mark and empty cells when the file needs them. Separate
// from the panel (ads-import.tsx), which holds the state, and from the preview of what it gives.
import type { AdsChoices, AdsColumn, AdsImport as AdsResult, AdsTable } from '@/lib/campaigns';
import { ADS_COLUMNS, currencyCodes } from '@/lib/campaigns';

/** Each column's name on the page, also used by the preview and the message after Apply. */
export const LABELS: Record<AdsColumn, string> = {
  date: 'Day',
  endDate: 'Last day of the row',
  campaign: 'Campaign name',
  currency: 'Currency',
  spend: 'Spend',
  revenue: 'Revenue attributed',
  clicks: 'Clicks',
  impressions: 'Paid impressions',
  conversions: 'Conversions',
};

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
  set: (over: Partial<AdsChoices>) => void;
}

export function Choices({ loaded: { fileName, table, choices }, names, result, set }: ChoicesProps) {
  const { mapping } = choices;
  const needs = new Set(result?.errors.map((e) => e.need));
  const pick = (e: Event) => (e.currentTarget as HTMLSelectElement).value;
  const dataRows = table.rows.length - table.headerIndex - 1;
  return (
    <>
      <p class="muted">
        {fileName}: header on row {table.headerIndex + 1}, {dataRows} row{dataRows === 1 ? '' : 's'} below it
      </p>
      <fieldset class="ads-mapping">
        <legend>Columns of the file</legend>
        {ADS_COLUMNS.map((k) => (
          <label key={k}>
            {LABELS[k]} column
            <select
              value={mapping[k] === null ? '' : String(mapping[k])}
              onChange={(e) => set({ mapping: { ...mapping, [k]: pick(e) === '' ? null : Number(pick(e)) } })}
            >
              <option value="">not in the file</option>
              {table.header.map((h, i) => (
                <option key={i} value={String(i)}>
                  {h === '' ? `column ${i + 1}` : h}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      <fieldset class="ads-mapping">
        <legend>How the file writes its values</legend>
        {mapping.campaign !== null ? (
          <label>
            This campaign in the file
            <select
              value={choices.campaignName ?? ''}
              onChange={(e) => set({ campaignName: pick(e) || null })}
            >
              <option value="">choose…</option>
              {names.map((n) => (
                <option key={n.name} value={n.name}>
                  {n.name === '' ? '(no name)' : n.name} · {n.rows} row{n.rows === 1 ? '' : 's'}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {mapping.spend !== null || mapping.revenue !== null ? (
          <label>
            Currency of the amounts
            <select value={choices.currency} onChange={(e) => set({ currency: pick(e) })}>
              <option value="">choose…</option>
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
            Date order
            <select
              value={choices.dateOrder ?? ''}
              onChange={(e) => set({ dateOrder: (pick(e) || null) as AdsChoices['dateOrder'] })}
            >
              <option value="">choose…</option>
              <option value="dmy">day first (31/01/2025)</option>
              <option value="mdy">month first (01/31/2025)</option>
            </select>
          </label>
        ) : null}
        {needs.has('decimalMark') || choices.decimalMark ? (
          <label>
            Decimal mark
            <select
              value={choices.decimalMark ?? ''}
              onChange={(e) => set({ decimalMark: (pick(e) || null) as AdsChoices['decimalMark'] })}
            >
              <option value="">choose…</option>
              <option value=".">point (1,234.56)</option>
              <option value=",">comma (1.234,56)</option>
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
            An empty number cell means 0
          </label>
        ) : null}
      </fieldset>
    </>
  );
}
