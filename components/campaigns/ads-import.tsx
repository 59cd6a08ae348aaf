// "Import from an ads CSV" in a campaign's view. The file is read and checked on the page
// (lib/campaigns/ads-csv*.ts); the preview shows each input now and after, every refused cell, and
// the rows left out. Nothing is written until Apply, which replaces the imported inputs through
// the same saveCampaign message the form uses; Cancel writes nothing.
// This file holds the panel's state and flow; the choices are in ads-import-choices.tsx and the
// preview in ads-import-preview.tsx.
import { useMemo, useState } from 'preact/hooks';
import type { AdsChoices, Campaign } from '@/lib/campaigns';
import {
  ADS_VALUES,
  adsCampaignFor,
  adsCampaignNames,
  adsImportReady,
  checkCampaignInput,
  decodeAdsFile,
  guessAdsMapping,
  headerCurrency,
  importAdsRows,
  parseAdsCsv,
} from '@/lib/campaigns';
import { formatNumber } from '@/lib/format';
import { t, uiLocale } from '../../lib/i18n';
import { ActionFailed, failureOf, rawError } from '../common/action-failed';
import { Choices, type Loaded } from './ads-import-choices';
import { Preview } from './ads-import-preview';
import { saveCampaign, withPosts } from './save';

/** Ads exports of a few years are a few MB; beyond this the page would stall reading it. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The imported values as named inside the sentence after Apply (lower case in English). */
const IMPORTED_NAMES: Record<(typeof ADS_VALUES)[number], () => string> = {
  spend: () => t('campaigns.ads.importedValue.spend'),
  revenue: () => t('campaigns.ads.importedValue.revenue'),
  clicks: () => t('campaigns.ads.importedValue.clicks'),
  impressions: () => t('campaigns.ads.importedValue.impressions'),
  conversions: () => t('campaigns.ads.importedValue.conversions'),
};

async function load(file: File, campaign: Campaign): Promise<Loaded | string> {
  if (file.size > MAX_FILE_BYTES)
    return t('campaigns.ads.import.tooLarge', formatNumber(MAX_FILE_BYTES / 1024 / 1024, uiLocale()));
  const decoded = decodeAdsFile(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return decoded.error;
  const parsed = parseAdsCsv(decoded.text);
  if (!parsed.ok) return parsed.error;
  const { table } = parsed;
  // The data rows too: Meta's "Results" is guessed as conversions only when they show it is.
  const mapping = guessAdsMapping(table.header, table.rows.slice(table.headerIndex + 1));
  // Preselected only when certain: the file's only campaign, or the one named like this one.
  const name = adsCampaignFor(adsCampaignNames(table, mapping), campaign.name);
  return {
    fileName: file.name,
    table,
    choices: {
      mapping,
      currency: headerCurrency(table.header, mapping) ?? '',
      dateOrder: null,
      decimalMark: null,
      emptyAsZero: false,
      campaignName: name,
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
  // What went wrong: the file (said whole, or its read's raw error folded under the words), or
  // Apply's save (its raw error folded under the words).
  const [failure, setFailure] = useState<{ text: string; raw?: string } | null>(null);
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
    // A file the browser cannot read (moved or changed since it was chosen): said in the user's
    // words, the browser's error folded under them.
    const r = await load(file, campaign).catch((err: unknown) => ({
      text: t('campaigns.ads.import.readFailed'),
      raw: rawError(err),
    }));
    if (typeof r === 'string') setFailure({ text: r });
    else if ('raw' in r) setFailure(r);
    else setLoaded(r);
  };
  const set = (over: Partial<AdsChoices>) =>
    setLoaded((l) => l && { ...l, choices: { ...l.choices, ...over } });
  const apply = async () => {
    if (!outcome?.ok || !adsImportReady(outcome.result) || !loaded) return;
    const { totals } = outcome.result;
    const replaced = ADS_VALUES.filter((v) => totals[v] !== null);
    const input = {
      ...withPosts(campaign, campaign.postKeys),
      ...Object.fromEntries(replaced.map((v) => [v, totals[v]])),
    };
    // The background's own check, asked first: a campaign it refuses (one another PostLens version
    // stored) is refused again on every Apply, so the user is told to correct what it names, its
    // words folded. Its answer, unmarked, could not be told from a storage failure's.
    const checked = checkCampaignInput(input);
    if (!checked.ok) return setFailure({ text: t('campaigns.ads.import.applyInvalid'), raw: checked.error });
    setBusy(true);
    const res = await saveCampaign(input, campaign);
    if (!res.ok) {
      setFailure(
        failureOf(res, {
          failed: () => t('campaigns.ads.import.applyFailed'),
          // By the answer's mark (save.ts), never by its words, as the campaign form does.
          refused: () =>
            res.reason === 'noBase'
              ? t('campaigns.ads.import.applyStale')
              : res.reason === 'notPage'
                ? t('campaigns.ads.import.applyNotPage')
                : t('campaigns.ads.import.applyChanged'),
          noAnswer: () => t('campaigns.ads.import.applyNoAnswer'),
        }),
      );
      return setBusy(false);
    }
    setBusy(false);
    setDone(
      t(
        'campaigns.ads.import.imported',
        loaded.fileName,
        replaced.map((v) => IMPORTED_NAMES[v]()).join(', '),
      ),
    );
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
          {t('campaigns.ads.import.title')}
        </button>
        {done ? <span role="status">{done}</span> : null}
      </div>
    );
  const ready = outcome?.ok === true && adsImportReady(outcome.result);
  return (
    <section class="ads-import" aria-label={t('campaigns.ads.import.title')}>
      <h3>{t('campaigns.ads.import.title')}</h3>
      <p class="muted">{t('campaigns.ads.import.intro')}</p>
      <label>
        {t('campaigns.ads.import.file')}{' '}
        <input type="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values" onChange={choose} />
      </label>
      {failure?.raw !== undefined ? (
        <ActionFailed text={failure.text} raw={failure.raw} />
      ) : failure ? (
        <p class="error" role="alert">
          {failure.text}
        </p>
      ) : null}
      {loaded && outcome ? (
        <>
          <Choices
            loaded={loaded}
            names={names}
            result={outcome.ok ? outcome.result : null}
            need={outcome.ok ? undefined : outcome.need}
            set={set}
          />
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
          {t('campaigns.ads.import.apply')}
        </button>
        <button type="button" onClick={close}>
          {t('campaigns.cancel')}
        </button>
      </div>
    </section>
  );
}
