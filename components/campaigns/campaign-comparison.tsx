// Campaigns side by side: what was entered, every figure (formula under its name), the trend,
// and totals across campaigns; "Export campaigns CSV" saves the same table.
import { useMemo, useRef, useState } from 'preact/hooks';
import { Sparkline } from '@/components/badge/sparkline';
import { type Download, downloadText } from '@/components/common/download';
import { ShareReport } from '@/components/common/share-report';
import type { CampaignComparison as Comparison, InputId, TotalId } from '@/lib/campaigns';
import { FIGURE_IDS, type Figure, type FigureId, INPUT_IDS, INPUT_LABELS } from '@/lib/campaigns';
import { formatNumber, isoDay } from '@/lib/format';
import { buildCampaignCsv } from '@/lib/transfer';
import { t } from '../../lib/i18n';
import { ActionFailed, type Failure, rawError } from '../common/action-failed';
import { entered } from './campaign-figures';
import { periodDay } from './period-day';

interface Props {
  comparison: Comparison;
  onOpen: (id: string) => void;
  download?: Download;
  now: () => number;
  locale?: string;
}

const TOTAL_OF: Partial<Record<InputId | FigureId, TotalId>> = {
  spend: 'spend',
  revenue: 'revenue',
  leads: 'leads',
  clicks: 'clicks',
  conversions: 'conversions',
  engagement: 'engagement',
  views: 'views',
  costPerEngagement: 'costPerEngagement',
  roi: 'roi',
};

function Cell({ f }: { f: Figure<string> }) {
  return (
    <td class={f.value === null ? 'num needs' : 'num'} data-col={f.id} title={`${f.label} = ${f.formula}`}>
      {f.display}
    </td>
  );
}

export function CampaignComparison({ comparison, onOpen, download = downloadText, now, locale }: Props) {
  const [status, setStatus] = useState<string | null>(null);
  // An export that failed: said in the user's words, the browser's error folded under them.
  const [failure, setFailure] = useState<Failure | null>(null);
  const report = useRef<HTMLElement>(null);
  // The panel compares again when a campaign, its period or its posts change: the report's "Made …"
  // line is dated with that comparison, not with when the table was first shown.
  const drawnAt = useMemo(() => now(), [comparison]);
  const first = comparison.rows[0];
  const totals = new Map(comparison.totals.map((total) => [total.id, total]));
  const exportCsv = () => {
    try {
      const name = `postlens-campaigns-${isoDay(new Date(now()))}.csv`;
      // The BOM makes spreadsheet apps read the file as UTF-8.
      download(`\uFEFF${buildCampaignCsv(comparison)}`, name, 'text/csv;charset=utf-8');
      setFailure(null);
      setStatus(t('campaigns.comparison.saved', name));
    } catch (e) {
      setStatus(null);
      setFailure({ text: t('campaigns.comparison.exportFailed'), raw: rawError(e) });
    }
  };
  const total = (id: InputId | FigureId) => {
    const total = TOTAL_OF[id] ? totals.get(TOTAL_OF[id]) : undefined;
    return total ? <Cell key={id} f={total} /> : <td key={id} />;
  };

  return (
    <section class="campaign-comparison" aria-label={t('campaigns.comparison.label')} ref={report}>
      <div class="toolbar">
        <h2>{t('campaigns.comparison.title')}</h2>
        {/* The export and what it answered: the page's, out of the report (picture and print). */}
        <div class="export report-omit">
          <button type="button" disabled={comparison.rows.length === 0} onClick={exportCsv}>
            {t('campaigns.comparison.export')}
          </button>
          {status ? (
            <span class="muted" role="status">
              {status}
            </span>
          ) : null}
          {failure ? <ActionFailed text={failure.text} raw={failure.raw} /> : null}
        </div>
        {first ? <ShareReport target={report} what="campaigns" drawnAt={drawnAt} /> : null}
      </div>
      {first ? (
        <div class="comparison-scroll">
          <table class="comparison campaigns">
            <caption class="visually-hidden">{t('campaigns.comparison.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('campaigns.campaign')}</th>
                <th scope="col" class="num">
                  {t('campaigns.comparison.posts')}
                </th>
                {INPUT_IDS.map((id) => (
                  <th key={id} scope="col" class="num">
                    {INPUT_LABELS[id]}
                  </th>
                ))}
                {FIGURE_IDS.map((id) => (
                  <th key={id} scope="col" class="num">
                    {first.figures[id].label}
                    {/* CPM, CTR, ROAS, ROI and the revenue estimate follow what each campaign has
                        entered: the heading names every formula its rows use, not the first's. */}
                    {[...new Set(comparison.rows.map((r) => r.figures[id].formula))].map((formula) => (
                      <span key={formula} class="formula">
                        {formula}
                      </span>
                    ))}
                  </th>
                ))}
                <th scope="col">
                  {t('campaigns.comparison.trend')}
                  <span class="formula">{first.gain.formula}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {comparison.rows.map((r) => (
                <tr key={r.campaign.id} data-campaign={r.campaign.id}>
                  <th scope="row">
                    <button type="button" class="link" onClick={() => onOpen(r.campaign.id)}>
                      {r.campaign.name}
                    </button>
                    <div class="muted">
                      {periodDay(r.campaign.start, locale)} – {periodDay(r.campaign.end, locale)}
                    </div>
                  </th>
                  <td class="num" data-col="posts">
                    {formatNumber(r.campaign.postKeys.length, locale)}
                  </td>
                  {r.inputs.map((i) => (
                    <td key={i.id} class={entered(r.campaign, i.id) ? 'num' : 'num muted'} data-col={i.id}>
                      {i.display}
                    </td>
                  ))}
                  {FIGURE_IDS.map((id) => (
                    <Cell key={id} f={r.figures[id]} />
                  ))}
                  <td data-col="trend">
                    <Sparkline
                      values={r.trend.flatMap((p) => (p.engagement === null ? [] : [p.engagement]))}
                      width={80}
                      height={20}
                      label={t('campaigns.comparison.sparkline', r.campaign.name)}
                    />{' '}
                    <span class={r.gain.value === null ? 'needs' : undefined}>{r.gain.display}</span>
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr data-campaign="total">
                <th scope="row">{t('campaigns.comparison.all')}</th>
                <td />
                {INPUT_IDS.map(total)}
                {FIGURE_IDS.map(total)}
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      ) : (
        <p class="muted">{t('campaigns.noneYet')}</p>
      )}
    </section>
  );
}
