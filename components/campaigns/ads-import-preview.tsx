// The preview of the ads CSV import: each input now and after, the rows used and left out, and
// every refused cell. Separate from the panel (ads-import.tsx): it only shows a result, and
// writes nothing.
import type { AdsImport as AdsResult, Campaign } from '@/lib/campaigns';
import { ADS_VALUES, campaignInputs, formatMoney } from '@/lib/campaigns';
import { formatNumber } from '@/lib/format';
import { t, tn } from '../../lib/i18n';
import { columnLabel } from './ads-import-choices';
import { periodDay } from './period-day';

/** Errors listed in the preview; the count says how many more there are. */
const SHOWN_ERRORS = 50;

/** Why Meta's "Results" was not taken as conversions, or null when there is nothing to say. */
function resultsNote(skipped: AdsResult['resultsNotTaken']): string | null {
  if (!skipped) return null;
  if (skipped.counts === null) return t('campaigns.ads.preview.resultsNoIndicator', skipped.column);
  // The indicators as the file writes them (action types, not words); an empty one said so.
  const counts = skipped.counts.map((c) => (c === '' ? t('campaigns.ads.preview.empty') : c));
  return t('campaigns.ads.preview.resultsNotConversions', skipped.column, counts.join(', '));
}

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
  const range = result.dateRange;
  const left = [
    result.rowsOutsidePeriod > 0 ? tn('campaigns.ads.preview.outsidePeriod', result.rowsOutsidePeriod) : null,
    result.rowsOtherCampaigns > 0
      ? tn('campaigns.ads.preview.otherCampaigns', result.rowsOtherCampaigns)
      : null,
    result.rowsSummary > 0 ? tn('campaigns.ads.preview.totalRows', result.rowsSummary) : null,
  ].filter((s) => s !== null);
  const results = resultsNote(result.resultsNotTaken);
  return (
    <div class="ads-preview">
      <table class="campaign-figures">
        <caption>{t('campaigns.ads.preview.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('campaigns.ads.preview.input')}</th>
            <th scope="col">{t('campaigns.ads.preview.now')}</th>
            <th scope="col">{t('campaigns.ads.preview.after')}</th>
          </tr>
        </thead>
        <tbody>
          {ADS_VALUES.filter((v) => result.totals[v] !== null).map((v) => {
            const total = result.totals[v]!;
            return (
              <tr key={v} data-input={v}>
                <th scope="row">{columnLabel(v)}</th>
                <td class="num">{now.get(v)}</td>
                <td class="num">
                  {typeof total === 'number' ? formatNumber(total, locale) : formatMoney(total, locale)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>
        {range
          ? tn(
              'campaigns.ads.preview.rowsUsedInFile',
              result.rowsUsed,
              periodDay(campaign.start, locale),
              periodDay(campaign.end, locale),
              periodDay(range.first, locale),
              periodDay(range.last, locale),
            )
          : tn(
              'campaigns.ads.preview.rowsUsed',
              result.rowsUsed,
              periodDay(campaign.start, locale),
              periodDay(campaign.end, locale),
            )}
        {left.length > 0 ? ' ' : ''}
        {left.length > 0 ? t('campaigns.ads.preview.notCounted', left.join(', ')) : ''}
      </p>
      {results ? <p class="muted">{results}</p> : null}
      {result.errors.length === 0 && result.rowsUsed === 0 ? (
        <p class="needs">{t('campaigns.ads.preview.nothingToApply')}</p>
      ) : null}
      {result.errors.length > 0 ? (
        <table class="ads-errors">
          <caption>{tn('campaigns.ads.preview.refused', result.errors.length)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('campaigns.ads.preview.row')}</th>
              <th scope="col">{t('campaigns.ads.preview.column')}</th>
              <th scope="col">{t('campaigns.ads.preview.value')}</th>
              <th scope="col">{t('campaigns.ads.preview.why')}</th>
            </tr>
          </thead>
          <tbody>
            {result.errors.slice(0, SHOWN_ERRORS).map((e) => (
              <tr key={`${e.row}-${e.column}`}>
                <td class="num">{e.row}</td>
                <td>{e.column}</td>
                <td class="ads-value">{e.value === '' ? t('campaigns.ads.preview.empty') : e.value}</td>
                <td>{e.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {result.errors.length > SHOWN_ERRORS ? (
        <p class="muted">
          {t('campaigns.ads.preview.more', formatNumber(result.errors.length - SHOWN_ERRORS, locale))}
        </p>
      ) : null}
    </div>
  );
}
