// "Import from an ads CSV" in a campaign's view. The file is read and checked on the page
// (lib/campaigns/ads-csv.ts); the preview shows each input now and after, every refused cell, and
// the rows left out. Nothing is written until Apply, which replaces the imported inputs through
// the same saveCampaign message the form uses; Cancel writes nothing.
import { useMemo, useState } from 'preact/hooks';
import type { AdsChoices, AdsColumn, AdsImport as AdsResult, AdsTable, Campaign } from '@/lib/campaigns';
import {
  ADS_COLUMNS,
  ADS_VALUES,
  adsCampaignNames,
  adsImportReady,
  campaignInputs,
  currencyCodes,
  decodeAdsFile,
  formatMoney,
  guessAdsMapping,
  headerCurrency,
  importAdsRows,
  parseAdsCsv,
} from '@/lib/campaigns';
import { formatNumber } from '@/lib/format';
import { saveCampaign, withPosts } from './save';

const LABELS: Record<AdsColumn, string> = {
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
/** Ads exports of a few years are a few MB; beyond this the page would stall reading it. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Errors listed in the preview; the count says how many more there are. */
const SHOWN_ERRORS = 50;

interface Loaded {
  fileName: string;
  table: AdsTable;
  choices: AdsChoices;
}

async function load(file: File, campaign: Campaign): Promise<Loaded | string> {
  if (file.size > MAX_FILE_BYTES) return `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`;
  const decoded = decodeAdsFile(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return decoded.error;
  const parsed = parseAdsCsv(decoded.text);
  if (!parsed.ok) return parsed.error;
  const { table } = parsed;
  const mapping = guessAdsMapping(table.header);
  const names = adsCampaignNames(table, mapping);
  // Preselected only when certain: the file's only campaign, or one named exactly like this one.
  const name = names.length === 1 ? names[0]!.name : names.find((n) => n.name === campaign.name)?.name;
  return {
    fileName: file.name,
    table,
    choices: {
      mapping,
      currency: headerCurrency(table.header, mapping) ?? '',
      dateOrder: null,
      decimalMark: null,
      emptyAsZero: false,
      campaignName: name ?? null,
    },
  };
}

interface Props {
  campaign: Campaign;
  locale?: string;
  onApplied: () => void;
}

export function AdsImport({ campaign, locale, onApplied }: Props) {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const names = useMemo(
    () => (loaded ? adsCampaignNames(loaded.table, loaded.choices.mapping) : []),
    [loaded],
  );
  const outcome = useMemo(() => {
    if (!loaded) return null;
    const { choices } = loaded;
    // A name chosen for another campaign column is no choice for this one.
    const campaignName = names.some((n) => n.name === choices.campaignName) ? choices.campaignName : null;
    return importAdsRows(loaded.table, { ...choices, campaignName }, campaign);
  }, [loaded, names, campaign]);

  const close = () => {
    setOpen(false);
    setLoaded(null);
    setFailure(null);
  };
  const choose = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    setLoaded(null);
    setFailure(null);
    if (!file) return;
    const r = await load(file, campaign).catch(
      (err: unknown) => `The file could not be read: ${String(err)}`,
    );
    if (typeof r === 'string') setFailure(r);
    else setLoaded(r);
  };
  const set = (over: Partial<AdsChoices>) =>
    setLoaded((l) => l && { ...l, choices: { ...l.choices, ...over } });
  const apply = async () => {
    if (!outcome?.ok || !adsImportReady(outcome.result) || !loaded) return;
    const { totals } = outcome.result;
    const replaced = ADS_VALUES.filter((v) => totals[v] !== null);
    setBusy(true);
    const res = await saveCampaign({
      ...withPosts(campaign, campaign.postKeys),
      ...Object.fromEntries(replaced.map((v) => [v, totals[v]])),
    });
    setBusy(false);
    if (!res.ok) return setFailure(`Nothing was imported: ${res.error}`);
    setDone(`Imported from ${loaded.fileName}: ${replaced.map((v) => LABELS[v].toLowerCase()).join(', ')}`);
    close();
    onApplied();
  };

  if (!open)
    return (
      <div class="ads-import actions">
        <button
          type="button"
          onClick={() => {
            setOpen(true);
            setDone(null);
          }}
        >
          Import from an ads CSV
        </button>
        {done ? <span role="status">{done}</span> : null}
      </div>
    );
  const ready = outcome?.ok === true && adsImportReady(outcome.result);
  return (
    <section class="ads-import" aria-label="Import from an ads CSV">
      <h3>Import from an ads CSV</h3>
      <p class="muted">
        A daily export of your ads manager (day, campaign, spend, clicks, impressions, conversions, revenue).
        The totals of this campaign's rows in its period replace the values entered now; nothing is written
        until you apply.
      </p>
      <label>
        Ads CSV file{' '}
        <input type="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values" onChange={choose} />
      </label>
      {failure ? (
        <p class="error" role="alert">
          {failure}
        </p>
      ) : null}
      {loaded && outcome ? (
        <>
          <Choices loaded={loaded} names={names} result={outcome.ok ? outcome.result : null} set={set} />
          {outcome.ok ? (
            <Preview campaign={campaign} result={outcome.result} locale={locale} />
          ) : (
            <p class="needs" role="alert">
              {outcome.error}
            </p>
          )}
        </>
      ) : null}
      <div class="actions">
        <button type="button" class="primary" disabled={!ready || busy} onClick={apply}>
          Apply
        </button>
        <button type="button" onClick={close}>
          Cancel
        </button>
      </div>
    </section>
  );
}

interface ChoicesProps {
  loaded: Loaded;
  names: Array<{ name: string; rows: number }>;
  result: AdsResult | null;
  set: (over: Partial<AdsChoices>) => void;
}

function Choices({ loaded: { fileName, table, choices }, names, result, set }: ChoicesProps) {
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

function Preview({ campaign, result, locale }: { campaign: Campaign; result: AdsResult; locale?: string }) {
  const now = new Map(campaignInputs(campaign, locale).map((i) => [i.id, i.display]));
  const plural = (n: number, what: string) => `${formatNumber(n, locale)} ${what}${n === 1 ? '' : 's'}`;
  const range = result.dateRange;
  const left = [
    result.rowsOutsidePeriod > 0 ? `${plural(result.rowsOutsidePeriod, 'row')} outside the period` : null,
    result.rowsOtherCampaigns > 0 ? `${plural(result.rowsOtherCampaigns, 'row')} of other campaigns` : null,
    result.rowsSummary > 0 ? `${plural(result.rowsSummary, 'total row')}` : null,
  ].filter((s) => s !== null);
  return (
    <div class="ads-preview">
      <table class="campaign-figures">
        <caption>The file's totals replace the values entered now</caption>
        <thead>
          <tr>
            <th scope="col">Input</th>
            <th scope="col">Now</th>
            <th scope="col">After the import</th>
          </tr>
        </thead>
        <tbody>
          {ADS_VALUES.filter((v) => result.totals[v] !== null).map((v) => {
            const t = result.totals[v]!;
            return (
              <tr key={v} data-input={v}>
                <th scope="row">{LABELS[v]}</th>
                <td class="num">{now.get(v)}</td>
                <td class="num">
                  {typeof t === 'number' ? formatNumber(t, locale) : formatMoney(t, locale)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>
        {plural(result.rowsUsed, 'row')} used from the period {campaign.start} – {campaign.end}
        {range ? ` (this campaign's rows in the file: ${range.first} – ${range.last})` : ''}.
        {left.length > 0 ? ` Not counted: ${left.join(', ')}.` : ''}
      </p>
      {result.errors.length === 0 && result.rowsUsed === 0 ? (
        <p class="needs">No row of this campaign falls in its period: there is nothing to apply.</p>
      ) : null}
      {result.errors.length > 0 ? (
        <table class="ads-errors">
          <caption>
            {plural(result.errors.length, 'cell')} refused: nothing can be applied until the file or the
            choices above are fixed
          </caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Column</th>
              <th scope="col">Value</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {result.errors.slice(0, SHOWN_ERRORS).map((e) => (
              <tr key={`${e.row}-${e.column}`}>
                <td class="num">{e.row}</td>
                <td>{e.column}</td>
                <td class="ads-value">{e.value === '' ? '(empty)' : e.value}</td>
                <td>{e.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {result.errors.length > SHOWN_ERRORS ? (
        <p class="muted">…and {formatNumber(result.errors.length - SHOWN_ERRORS, locale)} more</p>
      ) : null}
    </div>
  );
}
