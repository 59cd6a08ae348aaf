// The preview of the ads CSV import: each input now and after, the rows used and left out, and
// every refused cell. Separate from the panel (ads-import.tsx): it only shows a result, and
// writes nothing.
import type { AdsImport as AdsResult, Campaign } from '@/lib/campaigns';
import { ADS_VALUES, campaignInputs, formatMoney } from '@/lib/campaigns';
import { formatNumber } from '@/lib/format';
import { LABELS } from './ads-import-choices';

/** Errors listed in the preview; the count says how many more there are. */
const SHOWN_ERRORS = 50;

export function Preview({
  campaign,
  result,
  locale,
}: {
  campaign: Campaign;
  result: AdsResult;
  locale?: string;
}) {
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
